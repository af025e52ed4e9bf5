// Synthetic fact bases of any size, made deterministically from the real one's shapes.
// The real facts are copied in batches; each batch renames the real entities to others of the same type
// (real ones, often kept, or generated countries, people, organisations and places with aliases),
// shifts the dates, varies the values, and writes new source texts from the renamed quotes and filler
// sentences, so every quote stands verbatim in its source.
import type { Corpus, SourceDoc } from '../src/core/load.js';
import type { Entity, Fact, FactDate } from '../src/core/schema.js';
import { fold } from '../src/core/normalise.js';

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
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** The share of a batch's entities left as they are: real entities stay the most frequent ones. */
const KEEP = 0.25;
const GENERATED_COUNTRIES = 150;
const SYLLABLES = ['ka', 'ro', 'mi', 'tan', 'vel', 'dor', 'sha', 'lin', 'bar', 'zu', 'ne', 'qo', 'mar', 'po', 'len', 'gar', 'ula', 'tor', 'vin', 'sel', 'ar', 'bek', 'ham', 'jo', 'ri', 'sun', 'tal', 've', 'os', 'dun'];

/** A capitalised word of `syllables` random syllables. */
function syllableWord(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rng, SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Generated names, none equal to a real name or alias nor to each other. */
class Names {
  private readonly taken = new Set<string>();
  constructor(private readonly rng: Rng, real: readonly Entity[]) {
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
  const countries = [...real.filter((e) => e.type === 'country'), ...out];
  for (let i = 0; i < Math.max(20, Math.round(size / 25)); i++) {
    const family = names.word(2, ['ov', 'ev', 'ski', 'ani', 'uly']);
    const given = syllableWord(rng, 2);
    out.push({ id: `gen-person-${i}`, type: 'person', name: `${given} ${family}`, aliases: aliases(`${given[0]}. ${family}`), country: pick(rng, countries).id });
  }
  for (let i = 0; i < Math.max(10, Math.round(size / 200)); i++) {
    const name = `${names.word(2)} ${pick(rng, ['Council', 'Commission', 'Fund', 'Institute', 'Agency', 'Union', 'Forum'])}`;
    out.push({ id: `gen-organisation-${i}`, type: 'organisation', name, aliases: [] });
  }
  for (let i = 0; i < Math.max(10, Math.round(size / 200)); i++) {
    out.push({ id: `gen-place-${i}`, type: 'place', name: names.word(2, ['abad', 'grad', 'kent', 'pol']), aliases: [] });
  }
  return out;
}

/** Shifts an ISO date of any precision by about `days` days, keeping its precision. */
function shiftDate(date: string, days: number): string {
  if (date.length === 4) return String(Number(date) + Math.round(days / 365.25));
  if (date.length === 7) {
    const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + Math.round(days / 30.44);
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  }
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function shiftFactDate(date: FactDate | undefined, days: number): FactDate | undefined {
  if (!date?.on) return date;
  const on = shiftDate(date.on, days);
  const to = date.to && shiftDate(date.to, days);
  const shifted: FactDate = { ...date, on, to, also: date.also?.map((d) => shiftDate(d, days)) };
  // Dates of mixed precision may cross when rounded: drop an end that would come before the start.
  if (!to || to < on.slice(0, to.length)) delete shifted.to;
  if (!shifted.also) delete shifted.also;
  return shifted;
}

function varyValue(rng: Rng, value: Fact['value']): Fact['value'] {
  if (value?.amount === undefined) return value;
  const decimals = (String(value.amount).split('.')[1] ?? '').length;
  const amount = Number((value.amount * (0.5 + rng() * 1.5)).toFixed(decimals));
  const said = amount.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return { ...value, amount, text: value.text.replace(/\d[\d,]*(?:\.\d+)?/, said) };
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
  const used = new Set(real.facts.flatMap((f) => f.entities));
  const inFacts = real.entities.filter((e) => used.has(e.id));
  const pools = new Map<Entity['type'], Entity[]>();
  for (const e of entities) {
    if (pools.has(e.type)) pools.get(e.type)!.push(e);
    else pools.set(e.type, [e]);
  }

  // Every name and alias of the entities the real facts use, longest first, found as whole words.
  const owner = new Map<string, string>();
  for (const e of inFacts) for (const n of [e.name, ...e.aliases]) if (!owner.has(n)) owner.set(n, e.id);
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const namePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const rename = (text: string, mapping: Map<string, Entity>) => text.replace(namePattern, (m) => mapping.get(owner.get(m)!)!.name);

  const fillers = new Map(real.sources.map((s) => [s.id, s.text.split(/(?<=[.!?])\s+/).filter((x) => x.length > 20)]));
  const batches = Math.ceil(size / real.facts.length);
  const mappings: Map<string, Entity>[] = [];
  const facts: Fact[] = [];
  const sources: SourceDoc[] = [];

  for (let b = 0; b < batches; b++) {
    // Same-type renaming, one-to-one within the batch: a fact never names the same entity twice.
    const mapping = new Map<string, Entity>();
    const taken = new Set<string>();
    for (const e of inFacts) {
      if (rng() < KEEP) {
        mapping.set(e.id, e);
        taken.add(e.id);
      }
    }
    for (const e of inFacts) {
      if (mapping.has(e.id)) continue;
      let other: Entity;
      do other = pick(rng, pools.get(e.type)!);
      while (taken.has(other.id));
      mapping.set(e.id, other);
      taken.add(other.id);
    }
    mappings.push(mapping);

    const days = between(rng, -40 * 365, 10 * 365);
    const texts = new Map<string, string[]>(real.sources.map((s) => [s.id, []]));
    const filler = (source: string) => rename(pick(rng, fillers.get(source)!), mapping);
    for (const f of real.facts.slice(0, size - b * real.facts.length)) {
      const quotes = f.quotes.map((q) => rename(q, mapping));
      const text = texts.get(f.source)!;
      for (const q of quotes) text.push(filler(f.source), q);
      const fact: Fact = {
        ...f,
        id: `${f.id}-s${b}`,
        title: rename(f.title, mapping),
        summary: rename(f.summary, mapping),
        entities: f.entities.map((id) => mapping.get(id)!.id),
        date: shiftFactDate(f.date, days),
        value: varyValue(rng, f.value),
        about: f.about && `${f.about}-s${b}`,
        quotes,
        source: `${f.source}-s${b}`,
      };
      for (const key of ['date', 'value', 'about'] as const) if (fact[key] === undefined) delete fact[key];
      facts.push(fact);
    }
    for (const s of real.sources) {
      sources.push({ ...s, id: `${s.id}-s${b}`, title: rename(s.title, mapping), text: [...texts.get(s.id)!, filler(s.id)].join(' ') });
    }
  }

  return {
    corpus: { passageLanguage: real.passageLanguage, sources, entities, facts, intents: real.intents, lexicon: real.lexicon },
    renamed: (questions, batch) => questions.map((q) => rename(q, mappings[batch % mappings.length]!)),
  };
}
