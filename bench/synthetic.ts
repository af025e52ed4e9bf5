// Synthetic fact bases of any size, made deterministically from the real one's shapes.
// The real base is kept as it is, and its facts copied in batches; each batch renames every real entity to a generated one of the same
// type (a country, person, organisation or place with aliases, never a real name), moves every year back 400
// or 800 years (in the dates and in the texts alike), and writes new source texts from the recast quotes and
// filler sentences, so every quote stands verbatim in its source. Values are kept as the quotes state them: a
// synthetic fact says of new entities what its quote says, and none is about a real entity or a real year,
// so none contradicts a real fact.
import type { Corpus, SourceDoc } from '../src/core/load.js';
import type { Entity, Fact, FactDate } from '../src/core/schema.js';
import { fold } from '../src/core/normalise.js';
import type { PassageLanguage } from '../src/core/passages/index.js';
import { findTitles } from '../src/core/passages/titles.js';

type Rng = () => number;

/** A small, fast seeded PRNG (mulberry32): the same seed gives the same base. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** More generated countries than real ones, so each batch can rename every real country to a distinct one. */
const GENERATED_COUNTRIES = 400;
const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'tan',
  'vel',
  'dor',
  'sha',
  'lin',
  'bar',
  'zu',
  'ne',
  'qo',
  'mar',
  'po',
  'len',
  'gar',
  'ula',
  'tor',
  'vin',
  'sel',
  'ar',
  'bek',
  'ham',
  'jo',
  'ri',
  'sun',
  'tal',
  've',
  'os',
  'dun',
];

/** A capitalised word of `syllables` random syllables. */
function syllableWord(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rng, SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Generated names, none equal to a real name or alias nor to each other. */
class Names {
  private readonly taken = new Set<string>();
  constructor(
    private readonly rng: Rng,
    real: readonly Entity[],
  ) {
    for (const e of real) for (const n of [e.name, ...e.aliases]) this.taken.add(fold(n));
  }
  /** A fresh word of at least `syllables` syllables (more once the short ones run out), with an optional ending. */
  word(syllables: number, endings: readonly string[] = ['']): string {
    for (let attempt = 0; ; attempt++) {
      const w = this.claim(syllableWord(this.rng, syllables + Math.floor(attempt / 10)) + pick(this.rng, endings));
      if (w) return w;
    }
  }
  /** `name` if still free (and now taken), else undefined. */
  claim(name: string): string | undefined {
    const key = fold(name);
    if (this.taken.has(key)) return undefined;
    this.taken.add(key);
    return name;
  }
}

function generatedEntities(rng: Rng, real: readonly Entity[], size: number): Entity[] {
  const names = new Names(rng, real);
  const aliases = (...xs: string[]) => xs.flatMap((x) => names.claim(x) ?? []);
  const out: Entity[] = [];
  for (let i = 0; i < GENERATED_COUNTRIES; i++) {
    const root = names.word(2);
    const name = names.claim(`${root}${pick(rng, ['ia', 'istan', 'land', 'ora'])}`) ?? names.word(3, ['ia']);
    out.push({ id: `gen-country-${i}`, type: 'country', name, aliases: aliases(`Republic of ${name}`, `${root}ian`, `${root}ians`) });
  }
  const countries = [...out];
  for (let i = 0; i < Math.max(20, Math.round(size / 25)); i++) {
    const family = names.word(2, ['ov', 'ev', 'ski', 'ani', 'uly']);
    const given = syllableWord(rng, 2);
    out.push({
      id: `gen-person-${i}`,
      type: 'person',
      name: `${given} ${family}`,
      aliases: aliases(`${given[0]}. ${family}`),
      country: pick(rng, countries).id,
    });
  }
  for (let i = 0; i < Math.max(100, Math.round(size / 200)); i++) {
    const name = `${names.word(2)} ${pick(rng, ['Council', 'Commission', 'Fund', 'Institute', 'Agency', 'Union', 'Forum'])}`;
    out.push({ id: `gen-organisation-${i}`, type: 'organisation', name, aliases: [] });
  }
  for (let i = 0; i < Math.max(150, Math.round(size / 200)); i++) {
    out.push({ id: `gen-place-${i}`, type: 'place', name: names.word(2, ['abad', 'grad', 'kent', 'pol']), aliases: [] });
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word of a document's name that names it (Allied, Relations), not its head (Treaty), a joining word (on) or part of an entity's name. */
function isTitleWord(word: string, lang: PassageLanguage, entityWords: ReadonlySet<string>): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !lang.titleHeads.has(word) && !lang.titleJoins.has(word.toLowerCase()) && !entityWords.has(word);
}

/** Years a batch's dates move back by: whole 400-year cycles keep every month, day and weekday valid. */
const YEAR_SHIFTS = [400, 800];
/** The years the real base speaks of, as written in its texts (its earliest is 1967). */
const YEAR = /(?<!\d)(19[0-9]\d|20\d\d)(?!\d)/g;

/** `text` with every year moved back by `years`, so a date in a quote and the fact's date still agree. */
const shiftYears = (text: string, years: number): string => text.replace(YEAR, (y) => String(Number(y) - years));

function shiftDate(date: FactDate | undefined, years: number): FactDate | undefined {
  if (!date) return date;
  const shifted: FactDate = { ...date };
  if (date.on) shifted.on = shiftYears(date.on, years);
  if (date.to) shifted.to = shiftYears(date.to, years);
  if (date.also) shifted.also = date.also.map((d) => shiftYears(d, years));
  return shifted;
}

export type SyntheticBase = {
  corpus: Corpus;
  /** The questions as they would be asked of a batch: the real entities' names replaced by that batch's. */
  renamed(questions: readonly string[], batch: number): string[];
};

/** A valid corpus of `size` facts made from `real`, the same for the same seed. */
export function synthesize(real: Corpus, size: number, seed = 1): SyntheticBase {
  const rng = seededRng(seed);
  const generated = generatedEntities(rng, real.entities, size);
  const entities = [...real.entities, ...generated];
  // Every real entity is renamed, those no fact names too: a source sentence naming one becomes a passage.
  const inFacts = real.entities;
  const pools = new Map<Entity['type'], Entity[]>();
  for (const e of generated) {
    if (pools.has(e.type)) pools.get(e.type)!.push(e);
    else pools.set(e.type, [e]);
  }

  // Every name and alias of the real entities, longest first, found as whole words.
  const owner = new Map<string, string>();
  for (const e of inFacts) for (const n of [e.name, ...e.aliases]) if (!owner.has(n)) owner.set(n, e.id);
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(escape);
  const namePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const rename = (text: string, mapping: Map<string, Entity>) => text.replace(namePattern, (m) => mapping.get(owner.get(m)!)!.name);

  // Document names ("Treaty on Allied Relations") are names too: each batch gives every real one new words of its
  // own (heads such as Treaty and joining words such as "on" stay), so no synthetic treaty shares a real one's name.
  const lang = real.passageLanguage;
  const entityWords = new Set([...owner.keys()].flatMap((n) => n.split(/\s+/)));
  const titles = [...new Set(real.sources.flatMap((s) => s.text.split(/(?<=[.!?])\s+/).flatMap((x) => findTitles(x, lang))))]
    .filter((t) => t.split(/\s+/).some((w) => isTitleWord(w, lang, entityWords)))
    .sort((a, b) => b.length - a.length);
  const titlePattern = titles.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${titles.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const titleNames = new Names(rng, entities);
  const retitle = (text: string, words: Map<string, string>) =>
    titlePattern
      ? text.replace(titlePattern, (t) =>
          t
            .split(/(\s+)/)
            .map((w) => (isTitleWord(w, lang, entityWords) ? (words.get(w) ?? words.set(w, titleNames.word(2)).get(w)!) : w))
            .join(''),
        )
      : text;

  const fillers = new Map(real.sources.map((s) => [s.id, s.text.split(/(?<=[.!?])\s+/).filter((x) => x.length > 20)]));
  const batches = Math.ceil(size / real.facts.length);
  // Batch 0 is the real base as it is, so the real questions can be asked of every size.
  const facts: Fact[] = [...real.facts];
  const sources: SourceDoc[] = [...real.sources];
  const mappings: Map<string, Entity>[] = [new Map(real.entities.map((e) => [e.id, e]))];

  for (let b = 1; b < batches; b++) {
    // Same-type renaming, one-to-one within the batch: a fact never names the same entity twice.
    const mapping = new Map<string, Entity>();
    const taken = new Set<string>();
    for (const e of inFacts) {
      let other: Entity;
      do other = pick(rng, pools.get(e.type)!);
      while (taken.has(other.id));
      mapping.set(e.id, other);
      taken.add(other.id);
    }
    mappings.push(mapping);

    const years = pick(rng, YEAR_SHIFTS);
    const titleWords = new Map<string, string>();
    const recast = (text: string) => shiftYears(rename(retitle(text, titleWords), mapping), years);
    const texts = new Map<string, string[]>(real.sources.map((s) => [s.id, []]));
    const filler = (source: string) => recast(pick(rng, fillers.get(source)!));
    for (const f of real.facts.slice(0, size - b * real.facts.length)) {
      const quotes = f.quotes.map(recast);
      const text = texts.get(f.source)!;
      for (const q of quotes) text.push(filler(f.source), q);
      const fact: Fact = {
        ...f,
        id: `${f.id}-s${b}`,
        title: recast(f.title),
        summary: recast(f.summary),
        entities: f.entities.map((id) => mapping.get(id)!.id),
        date: shiftDate(f.date, years),
        about: f.about && `${f.about}-s${b}`,
        quotes,
        source: `${f.source}-s${b}`,
      };
      for (const key of ['date', 'about'] as const) if (fact[key] === undefined) delete fact[key];
      facts.push(fact);
    }
    for (const s of real.sources) {
      sources.push({
        ...s,
        id: `${s.id}-s${b}`,
        title: recast(s.title),
        published: { ...s.published, date: shiftYears(s.published.date, years) },
        text: [...texts.get(s.id)!, filler(s.id)].join(' '),
      });
    }
  }

  return {
    corpus: { ...real, sources, entities, facts, intents: real.intents, lexicon: real.lexicon },
    renamed: (questions, batch) => questions.map((q) => rename(q, mappings[batch % mappings.length]!)),
  };
}
