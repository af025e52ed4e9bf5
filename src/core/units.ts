// Every sentence of every source becomes a searchable unit, so a source answers with no curated fact at all.
// Curated facts stay as an overlay: a sentence a curated fact quotes is left to that fact, which leads.
import { analysePassages, readSentence, type Passage, type PassageLanguage, type Quantity, type Reading } from './passages/index.js';
import { forQuoteMatch } from './normalise.js';
import type { SourceDoc } from './load.js';
import { ENGINE_OPTIONS } from './options.js';
import type { Fact, FactDate, FactKind, Intent } from './schema.js';

/**
 * Where a unit came from, and what its quotes say, read from their words: the slots "who", "where" and
 * "how many" are answered from these, not from curated fields.
 */
export type UnitInfo = {
  origin: 'curated' | 'passage';
  passage?: Passage;
  /** A passage's document names these elsewhere: a question naming them may still be about this sentence. */
  context: string[];
  /**
   * A curated fact's whole sentence, when its quote is only part of it: its text, and (normalised for matching)
   * what is left of it once other facts' quotes of it are taken out, by which the fact is found too.
   */
  sentence?: { text: string; rest: string };
  /** The sentence before a passage: what "the document" or "he" refers to is often there. */
  before?: string;
  /**
   * An undated passage's nearest date before it, in its paragraph or the one before ("…occurred in September 2022."
   * then "The main trigger for the clashes was …"): a question's date may find it by this, never answer with it.
   */
  nearDate?: FactDate;
  /** People the quotes name. */
  people: string[];
  /** Places the quotes name after a locative word ("in Bishkek", "visit to Astana"): where it happened. */
  places: string[];
  /** Countries the quotes name after a word of `wherePrepositions` ("will be held in Kazakhstan"): where it happened, said coarsely. */
  regions?: string[];
  /** Quantities with their units, in quote order. */
  quantities: Quantity[];
  /** The report's lead, naming no place of its own: where its dateline says the report was filed ("ASTANA —"). */
  filedFrom?: { place: string; dateline: string };
};

const MIN_WORDS = ENGINE_OPTIONS.minUnitWords;

/**
 * The passage units of the sources: each sentence no curated fact quotes, as a fact with the entities it
 * names (`findEntities`), its first date, its first quantity, its titles and whether it is a plan (`read`).
 */
export function passageUnits(
  sources: readonly SourceDoc[],
  curated: readonly Fact[],
  findEntities: (text: string) => string[],
  kindOf: (p: Passage) => FactKind,
  languageOf: (source: SourceDoc) => PassageLanguage,
  sameEvent: (sentence: string, before: string) => boolean = () => false,
  read: (quote: string, published: string, lang: PassageLanguage) => Reading = readSentence,
): {
  facts: Fact[];
  passages: Passage[];
  context: string[][];
  before: (string | undefined)[];
  nearDates: (FactDate | undefined)[];
  /** The same, of the curated facts (by their index) that quote an undated sentence. */
  curatedNearDates: Map<number, FactDate>;
  enclosing: Map<number, { text: string; rest: string }>;
} {
  const quoted = new Map<string, { quote: string; fact: number }[]>();
  curated.forEach((f, fact) => {
    for (const q of f.quotes) (quoted.get(f.source) ?? quoted.set(f.source, []).get(f.source)!).push({ quote: forQuoteMatch(q), fact });
  });
  // A curated quote that is part of a sentence ("… established Council X, Council Y"): the whole sentence
  // ("For the purpose of solving priority issues …") still says what the fact is about.
  const enclosing = new Map<number, { text: string; rest: string }>();
  const facts: Fact[] = [];
  const passages: Passage[] = [];
  const documentContext: string[][] = [];
  const sentenceBefore: (string | undefined)[] = [];
  const nearDates: (FactDate | undefined)[] = [];
  const curatedNearDates = new Map<number, FactDate>();
  for (const source of sources) {
    const taken = quoted.get(source.id) ?? [];
    // A sentence often names its subject only in the headline or the sentence before ("the two countries"):
    // those entities count as the unit's too, so a question naming them finds it.
    const headline = findEntities(source.title);
    const inDocument = findEntities(source.text);
    let previous: { paragraph: number; entities: string[]; quote?: string; date?: FactDate } = { paragraph: -1, entities: [] };
    let lastDated: { paragraph: number; date: FactDate } | undefined;
    // Too short, or quoted by a curated fact: no unit (only its entities are read, for the sentence after it).
    const unitSentence = (quote: string) => {
      const sentence = forQuoteMatch(quote);
      return sentence.split(' ').length >= MIN_WORDS && !taken.some((t) => t.quote.includes(sentence) || sentence.includes(t.quote));
    };
    const lang = languageOf(source);
    const readIn = (quote: string, published: string) => read(quote, published, lang);
    for (const p of analysePassages({ id: source.id, text: source.text, published: source.published.date }, findEntities, lang, unitSentence, readIn)) {
      const own = p.entities;
      const before = p.paragraph === previous.paragraph ? previous.entities : [];
      const lastQuote = previous.quote;
      // "…signed a protocol on Monday." then "The document was signed by …": the same signing, the same date.
      const date = dateOf(p) ?? (lastQuote && sameEvent(p.quote, lastQuote) ? previous.date : undefined);
      previous = { paragraph: p.paragraph, entities: own, quote: p.quote, ...(date ? { date } : {}) };
      const sentence = forQuoteMatch(p.quote);
      const by = taken.filter((t) => t.quote.includes(sentence) || sentence.includes(t.quote));
      // A sentence a curated fact quotes is dated by the curator, not read here.
      const dated = date ?? by.map((t) => curated[t.fact]!.date).find((d) => d?.on);
      const near = !dated && lastDated && p.paragraph - lastDated.paragraph <= 1 ? lastDated.date : undefined;
      if (dated?.on) lastDated = { paragraph: p.paragraph, date: dated };
      if (sentence.split(' ').length < MIN_WORDS) continue;
      for (const t of by) {
        if (t.quote === sentence || !sentence.includes(t.quote)) continue;
        // Another fact's part of the sentence is that fact's: "…in Dushanbe since 1997, and … in Bishkek since …".
        const others = by.filter((o) => o.fact !== t.fact);
        enclosing.set(t.fact, { text: p.quote, rest: others.reduce((rest, o) => rest.replace(o.quote, ' '), sentence) });
      }
      if (near) for (const t of by) curatedNearDates.set(t.fact, near);
      if (by.length) continue;
      const entities = [...new Set([...own, ...before, ...headline])];
      if (!entities.length) continue;
      facts.push(toFact(p, entities, kindOf(p), date));
      passages.push(p);
      documentContext.push(inDocument.filter((e) => !entities.includes(e)));
      sentenceBefore.push(lastQuote);
      nearDates.push(near);
    }
  }
  return { facts, passages, context: documentContext, before: sentenceBefore, nearDates, curatedNearDates, enclosing };
}

function toFact(p: Passage, entities: string[], kind: FactKind, date: FactDate | undefined): Fact {
  const q = p.quantities[0];
  return {
    id: `p-${p.source}-${p.index}`,
    kind,
    title: p.titles[0] ?? p.quote,
    summary: p.quote,
    entities,
    ...(date ? { date } : {}),
    status: p.planned ? 'planned' : 'done',
    // A range ("5-6 billion dollars") has no one amount: its words say it.
    ...(q ? { value: { ...(q.upTo === undefined ? { amount: q.value } : {}), unit: q.unit, text: q.text } } : {}),
    keywords: [],
    quotes: [p.quote],
    source: p.source,
  };
}

/** A sentence dated on this many printed dates or more, none a range ("met in 1998, 2001 and 2004"), is dated on each. */
const MIN_OCCASIONS = 3;

/** The passage's first calendar date, or its own words for a time it gives no calendar date. */
function dateOf(p: Passage): FactDate | undefined {
  // A year in a document's name ("the Protocol … for the 2026 Growing Season was signed on June 9") dates the document's
  // subject, not the event: only the sentence's other dates date it.
  // A sentence whose only dates are in names ("Among them was the Roadmap … for 2026-2030") has no date of its own.
  // A dateline dates the report, and "…, the ministry said on Friday" the saying: the sentence's other dates, when it
  // has any, date what it tells ("…, which is expected to be signed in spring, the ministry said on Friday").
  const named = p.dates.filter((x) => !p.titles.some((t) => t.includes(x.text)));
  const told = named.filter((x) => !x.dateline && !x.said);
  const saying = named.filter((x) => !x.dateline);
  const dates = told.length ? told : saying.length ? saying : named;
  const printed = dates.filter((x) => x.on && !x.to && !x.derived && !x.relative);
  if (printed.length >= MIN_OCCASIONS && printed.length === dates.length) {
    const [first, ...rest] = printed.map((x) => x.on!);
    return { on: first!, also: rest };
  }
  const d = dates.find((x) => x.on) ?? dates[0];
  if (!d) return undefined;
  if (d.on) return { on: d.on, ...(d.to ? { to: d.to } : {}), ...(d.derived || d.relative ? { text: d.text, derived: 'from the publication date' } : {}) };
  return { text: d.text };
}

/** The kind of fact a sentence states, from the intents' keywords: the intent whose keywords it has most. */
export function kindGuesser(intents: readonly Intent[], terms: (text: string) => string[]): (text: string) => FactKind {
  const byIntent = intents
    .filter((i) => i.kinds.length)
    .map((i) => ({
      kind: i.kinds[0]!,
      priority: i.priority,
      keywords: i.keywords
        .filter((k) => !k.startsWith('@'))
        .map((k) => terms(k))
        .filter((t) => t.length),
    }));
  return (text) => {
    const have = new Set(terms(text));
    let best: { kind: FactKind; score: number } = { kind: 'event', score: 0 };
    for (const i of byIntent) {
      const score = i.keywords.reduce((n, kw) => n + (kw.every((t) => have.has(t)) ? kw.length : 0), 0) + i.priority * 0.01;
      if (score >= 1 && score > best.score) best = { kind: i.kind, score };
    }
    return best.kind;
  };
}

/** A token of a quote: a word, or an entity with its type. */
export type QuoteToken = { word: string } | { entity: { id: string; type: string } };

/** What a unit's quotes say of people and places (see UnitInfo). */
export function readQuotes(
  fact: Fact,
  tokens: (text: string) => QuoteToken[],
  namedIn: (id: string, quote: string) => boolean,
  isPerson: (id: string) => boolean,
  locatives: ReadonlySet<string>,
  placeNouns: ReadonlySet<string> = new Set(),
  wherePrepositions: ReadonlySet<string> = new Set(),
): Pick<UnitInfo, 'people' | 'places' | 'regions'> {
  // People by name anywhere in a quote: a longer name may hold theirs ("the monument to Ismoil Somoni").
  const people = fact.entities.filter((id) => isPerson(id) && fact.quotes.some((q) => namedIn(id, q)));
  const places = new Set<string>();
  const regions = new Set<string>();
  for (const q of fact.quotes) {
    let before: string[] = [];
    // "in Bishkek and Osh": places listed after one that counts count too; "between Andijan and Osh, Tashkent
    // and Bishkek cities" when a place noun ends the list ("between Astana and Dushanbe" is the two countries).
    let listing = false;
    let between: string[] = [];
    for (const t of tokens(q)) {
      if ('word' in t) {
        if (between.length && placeNouns.has(t.word)) for (const id of between) places.add(id);
        if (t.word !== 'and') [listing, between] = [false, []];
        before = [...before.slice(-1), t.word];
        continue;
      }
      const isPlace = t.entity.type === 'place';
      // A country only where it happened ("held in Kazakhstan"), not where someone went ("the visit to Tajikistan").
      if (t.entity.type === 'country' && before.some((w) => wherePrepositions.has(w))) regions.add(t.entity.id);
      // "in the city of Bishkek", "to Astana": a locative word just before (an article may stand between).
      const counts: boolean = isPlace && (before.some((w) => locatives.has(w)) || listing);
      if (counts) places.add(t.entity.id);
      listing = counts;
      between = isPlace && (before.includes('between') || between.length) ? [...between, t.entity.id] : [];
      before = [];
    }
  }
  return { people, places: [...places], ...(regions.size ? { regions: [...regions] } : {}) };
}
