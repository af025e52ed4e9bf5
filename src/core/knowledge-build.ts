// Building a knowledge base from a corpus: the passage units of the sources, what each unit's quotes say, and
// every index. This is the slow part of a start (passages read dates with chrono-node), which is why a start
// with an up-to-date snapshot (snapshot.ts) never imports this module.
import type { Corpus } from './load.js';
import { aliasesOf, KnowledgeBase, INDEX_NAMES, type IndexName, type KnowledgeState } from './knowledge.js';
import { CLAUSE_BREAK, clauseWords, fold, words } from './normalise.js';
import { factSpans, YEAR_SPANS } from './dates.js';
import { enumerationOf, listsThings } from './enumeration.js';
import { tokenize } from './understand.js';
import { bindingsOf, keysOf, pairsOf, type Bindings, type Item } from './neighbours.js';
import { kindGuesser, passageUnits, readQuotes, type UnitInfo } from './units.js';
import { datelineOf, quantitiesIn, readSentence, type Dateline, type Passage, type PassageLanguage, type Quantity, type Reading } from './passages/index.js';
import { Postings } from './postings.js';
import { Memo } from './memo.js';
import type { Fact } from './schema.js';
import { isRussian, RussianReader } from './language/russian.js';

/** How many texts each memo of the build keeps (memo.ts): a sentence recurs within far fewer sentences than this. */
const MEMO_SIZE = 20_000;
/** A report's lead dated this many days or fewer before the report tells of the days it was filed from its dateline. */
const LEAD_DAYS = 7;

const BREAK_ITEM: Item = { word: CLAUSE_BREAK };

/**
 * tokenize(names, clauseWords(folded)) from the tokens of the text's words: `items`, tokenize of `ws`, which are
 * clauseWords(folded) without its breaks (else undefined). The items with a break between clauses are the same
 * list, since tokenize takes the longest name or phrase from each word on and none holds a break — unless one of
 * `items` runs across a break, where the clauses would have parted it: then undefined too. `clauses`: clauseWords(folded).
 */
function withBreaks(items: readonly Item[], clauses: readonly string[], ws: readonly string[]): Item[] | undefined {
  const lengths: number[] = [0];
  let k = 0;
  for (const w of clauses) {
    if (w === CLAUSE_BREAK) lengths.push(0);
    else if (w !== ws[k++]) return undefined;
    else lengths[lengths.length - 1]!++;
  }
  if (k !== ws.length) return undefined;
  const out: Item[] = [];
  let [clause, left] = [0, lengths[0]!];
  for (const it of items) {
    if (left === 0) {
      out.push(BREAK_ITEM);
      left = lengths[++clause] ?? 0;
    }
    // A name or a joined phrase is its words with single spaces between them.
    const text = 'entity' in it ? it.text : it.word;
    let n = 1;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) n++;
    if (n > left) return undefined;
    out.push(it);
    left -= n;
  }
  return out;
}

export function buildKnowledge(corpus: Corpus): KnowledgeBase {
  const { passageLanguage, sourceLanguages, facts: curated, ...rest } = corpus;
  // A source is read with the passage data of its own language, English when lang/ has none for it.
  const languageOf = (code: string) => sourceLanguages?.[code.slice(0, 2)] ?? passageLanguage;
  const indexes = Object.fromEntries(INDEX_NAMES.map((n) => [n, new Postings()])) as Record<IndexName, Postings>;
  // The entities and lexicon alone: enough to find the names in a text (tokenize without typos).
  const aliases = aliasesOf(corpus.entities);
  const unitOf = [...passageLanguage.unitOf];
  const names = new KnowledgeBase({ corpus: rest, facts: [], info: [], indexes, factBindings: [], factNames: [], vocabulary: [], aliases, unitOf });
  // A passage's title, summary and quote are often one text, and a text often recurs across units and sources
  // (memo.ts): each is folded and split once (`wordsOf`), read for its names once (`tokensOf`) and for its word order
  // once (`keysIn`). Every memo of the build gives the same value to every caller: none of them changes it.
  const split = new Memo<string[]>(MEMO_SIZE);
  const wordsOf = (text: string) => split.get(text, () => words(fold(text)));
  const tokens = new Memo<Item[]>(MEMO_SIZE);
  const tokensOf = (text: string) => tokens.get(text, () => tokenize(names, wordsOf(text), { fuzzy: false }));
  const clauseKeys = new Memo<string[]>(MEMO_SIZE);
  const keysIn = (text: string) =>
    clauseKeys.get(text, () => {
      const clauses = clauseWords(fold(text));
      return keysOf(names, withBreaks(tokensOf(text), clauses, wordsOf(text)) ?? tokenize(names, clauses, { fuzzy: false }));
    });
  // A sentence in Russian is found by the English terms its words stand for: the reader of Russian questions, read
  // over the sentence, gives the terms that a question in either language is read into ("подписали" is signed),
  // and its names in any case ("Мухриддина" is Muhriddin).
  const reader =
    corpus.russian && corpus.sources.some((s) => isRussian(s.text)) ? new RussianReader(corpus.russian, corpus.entities, names.calendar) : undefined;
  const pivotWords = (quote: string) => (reader && isRussian(quote) ? wordsOf(reader.pivot(quote)) : []);
  const idsOf = (items: readonly Item[]) => {
    const ids = new Set<string>();
    for (const it of items) if ('entity' in it) ids.add(it.entity.id);
    return [...ids];
  };
  // A source's whole text is read for the entities it names (passages' context) and for its places: once. Only the
  // entities are kept, not the text's tokens: at a million facts those would hold gigabytes until the end of the build.
  const sourceTexts = new Map(corpus.sources.map((s) => [s.text, undefined as string[] | undefined]));
  const sentenceEntities = new Memo<string[]>(MEMO_SIZE);
  const namesIn = (text: string, items: readonly Item[]) => {
    const pivot = pivotWords(text);
    return pivot.length ? [...new Set([...idsOf(items), ...idsOf(tokenize(names, pivot, { fuzzy: false }))])] : idsOf(items);
  };
  const named = (text: string): string[] => {
    if (!sourceTexts.has(text)) return sentenceEntities.get(text, () => namesIn(text, tokensOf(text)));
    let ids = sourceTexts.get(text);
    if (!ids) sourceTexts.set(text, (ids = namesIn(text, tokenize(names, words(fold(text)), { fuzzy: false }))));
    return ids;
  };
  // Each report's dateline place: its lead, if it names no place, happened there ("ASTANA — Tokayev met …").
  const datelines = new Map<string, { place: string; dateline: Dateline; text: string }>();
  for (const s of corpus.sources) {
    const dateline = datelineOf(s.text);
    const place = dateline && named(dateline.place).find((id) => names.entity(id)?.type === 'place');
    if (dateline && place) datelines.set(s.id, { place, dateline, text: s.text });
  }
  const filedFrom = (f: Fact, places: readonly string[]): UnitInfo['filedFrom'] => {
    const found = datelines.get(f.source);
    if (!found || places.length || !leadDated(f.date, names.sources.get(f.source)?.published.date ?? '')) return undefined;
    const at = found.text.indexOf(f.quotes[0]!);
    return at >= found.dateline.start && at <= found.dateline.end ? { place: found.place, dateline: found.dateline.text } : undefined;
  };
  const readings = new Memo<Reading>(MEMO_SIZE);
  const read = (quote: string, published: string, lang: PassageLanguage) =>
    readings.get(`${lang.data.chrono}|${published}|${quote}`, () => readSentence(quote, published, lang));
  const guess = kindGuesser(corpus.intents, (t) => names.lexicon.terms(t));
  // A sentence that signs or adopts a titled document ("Following the talks, the ministers signed the Agreement
  // on …") is about that document: the title's kind, not that of the talks around it.
  const kindOf = (p: Passage) => {
    const title = p.titles[0];
    const kind = title && names.lexicon.terms(p.quote).some((t) => names.lexicon.stages.has(t)) ? guess(title) : 'event';
    return kind !== 'event' ? kind : guess(p.quote);
  };
  const units = passageUnits(
    corpus.sources,
    curated,
    named,
    kindOf,
    (s) => languageOf(s.language),
    (sentence, before) => names.lexicon.sameStage(sentence, before),
    read,
  );
  const facts = [...curated, ...units.facts];
  const origins = [
    ...curated.map((_, n) => ({
      origin: 'curated' as const,
      context: [],
      ...(units.enclosing.has(n) ? { sentence: units.enclosing.get(n)! } : {}),
      ...(units.curatedNearDates.has(n) ? { nearDate: units.curatedNearDates.get(n)! } : {}),
    })),
    ...units.passages.map((passage, n) => ({
      origin: 'passage' as const,
      passage,
      context: units.context[n]!,
      ...(units.before[n] ? { before: units.before[n] } : {}),
      ...(units.nearDates[n] ? { nearDate: units.nearDates[n] } : {}),
    })),
  ];
  // Each entity's names as folded words, once: every fact naming it has them in its search text.
  const nameWords = new Map(corpus.entities.map((e) => [e.id, [e.name, ...e.aliases].map((a) => words(fold(a)))]));
  const isPerson = (id: string) => names.entity(id)?.type === 'person';
  // A passage's quantities come with it; a curated fact's are read from its quotes the same way.
  const quoteQuantities = new Memo<Quantity[]>(MEMO_SIZE);
  const quantitiesOf = (f: Fact, i: number) => {
    if (origins[i]!.origin === 'passage') return units.passages[i - curated.length]!.quantities;
    const [text, published] = [f.quotes.join('\n'), names.sources.get(f.source)?.published.date ?? ''];
    return quoteQuantities.get(`${published}|${text}`, () =>
      quantitiesIn({ id: f.source, text, published }, languageOf(names.sources.get(f.source)?.language ?? '')),
    );
  };
  /** The search terms of a text's words (as Lexicon.terms: synonym phrases joined, stopwords dropped). */
  const termsOf = (ws: readonly string[], into: string[]) => {
    for (const w of names.lexicon.joinPhrases(ws)) if (!names.lexicon.isStopword(w)) into.push(names.lexicon.term(w));
    return into;
  };

  // Facts with no place of their own, by each place their source names: a question's "in Dushanbe" is met (in part) by a report on Dushanbe.
  const sourcePlaces = new Map<string, Set<string>>();
  for (const s of corpus.sources) sourcePlaces.set(s.id, new Set(named(s.text).filter((id) => names.entity(id)?.type === 'place')));

  const vocabulary = new Set<string>();
  const addWords = (ws: readonly string[]) => {
    for (const w of ws) {
      const c = w.charCodeAt(0);
      if (c < 48 || c > 57 || !/^\d+$/.test(w)) vocabulary.add(w);
    }
  };
  const info: UnitInfo[] = [];
  const factNames: string[] = [];
  const factBindings: (Bindings | undefined)[] = [];
  const publisherWords = new Map(corpus.sources.map((s) => [s.id, new Set(wordsOf(s.publisher).filter((w) => !names.lexicon.isStopword(w)))]));
  facts.forEach((f, i) => {
    const title = unannotated(f.title, publisherWords.get(f.source), wordsOf);
    // A Russian quote names people in any case ("с Бахтиёром Саидовым"): its reading gives their English names.
    const namedIn = (id: string, quote: string) =>
      [wordsOf(quote), pivotWords(quote)].some((ws) => {
        const text = ` ${ws.join(' ')} `;
        return (nameWords.get(id) ?? []).some((a) => text.includes(` ${a.join(' ')} `));
      });
    const read = readQuotes(f, tokensOf, namedIn, isPerson, names.lexicon.locatives, names.lexicon.placeNouns, names.lexicon.wherePrepositions);
    const filed = filedFrom(f, read.places);
    info.push({ ...origins[i]!, ...read, quantities: quantitiesOf(f, i), ...(filed ? { filedFrom: filed } : {}) });

    // Everything a fact may be found by: its names, summary, keywords, quotes and its entities' names.
    const searchWords = [title, f.summary, ...f.keywords, ...f.quotes].map(wordsOf);
    for (const q of f.quotes) searchWords.push(pivotWords(q));
    for (const id of f.entities) searchWords.push(...(nameWords.get(id) ?? []));
    // A curated quote that is part of a sentence is found by the rest of that sentence too (units.ts).
    const sentence = info[i]!.sentence;
    // One list of words, as the texts joined: a synonym phrase may run from one text into the next.
    const all: string[] = [];
    for (const ws of searchWords) for (const w of ws) all.push(w);
    if (sentence) for (const w of wordsOf(sentence.rest)) all.push(w);
    for (const t of termsOf(all, [])) indexes.byTerm.add(t, i);
    // "How long is the border?" is met by a figure in km.
    for (const q of info[i]!.quantities) for (const t of names.lexicon.measuredIn.get(q.unit) ?? []) indexes.byTerm.add(t, i);
    // "Which fields …?" is met by "cooperation in space, IT, and artificial intelligence".
    const lists = (q: string) => listsThings(q) || enumerationOf(q, names.lexicon.enumerates) !== undefined;
    if (f.quotes.some(lists)) for (const t of names.lexicon.listedAs) indexes.byTerm.add(t, i);
    for (const t of termsOf(wordsOf(title), [])) indexes.byTitleTerm.add(t, i);
    for (const e of [...f.entities, ...info[i]!.context]) indexes.byEntity.add(e, i);
    const before = info[i]!.before;
    if (before) for (const t of termsOf(wordsOf(before), [])) indexes.byContextTerm.add(t, i);
    for (const span of factSpans(f.date)) {
      for (let y = Number(span.from.slice(0, 4)); y <= Number(span.to.slice(0, 4)); y++) indexes.byYear.add(String(y), i);
      if (span.from === span.to) indexes.byMonthDay.add(span.from.slice(5), i);
      else if (span.to.slice(0, 7) === span.from.slice(0, 7) && span.from.length === 10 && span.from.slice(8) !== '01') {
        for (let d = Number(span.from.slice(8)); d <= Number(span.to.slice(8)); d++)
          indexes.byMonthDay.add(`${span.from.slice(5, 8)}${String(d).padStart(2, '0')}`, i);
      }
    }
    // A passage's place is one its own sentence names (a headline's river is no place of what a sentence tells).
    const own = info[i]!.passage?.entities ?? f.entities;
    if (!own.some((e) => names.entity(e)?.type === 'place')) for (const place of sourcePlaces.get(f.source) ?? []) indexes.byReportedPlace.add(place, i);
    // A span of years its quote names is part of what it names too ("the Roadmap … for 2024-2026"), as a title's is.
    const namedSpans = f.quotes.flatMap((q) => q.match(YEAR_SPANS) ?? []);
    factNames.push(fold([f.title, f.value?.text ?? '', ...f.keywords, ...namedSpans].join(' | ')));

    const pairs = new Set<string>();
    const bound: Bindings = new Map();
    for (const text of new Set([f.title, f.summary, ...f.keywords, ...f.quotes])) {
      const keys = keysIn(text);
      pairsOf(keys, pairs);
      bindingsOf(names, keys, bound);
    }
    for (const p of pairs) indexes.byPair.add(p, i);
    // "Imports from Kazakhstan" are Kazakhstan's exports: a unit is found by the word of the flow's other end too.
    for (const term of bound.keys()) if (names.lexicon.converses.has(term)) indexes.byTerm.add(term, i);
    factBindings.push(bound.size ? bound : undefined);
    for (const ws of searchWords) addWords(ws);
  });

  for (const text of [
    ...corpus.sources.map((s) => s.text),
    ...corpus.intents.flatMap((i) => [...i.keywords, ...i.examples]),
    [...names.lexicon.stopwords].join(' '),
  ]) {
    addWords(words(fold(text)));
  }
  const state: KnowledgeState = { corpus: rest, facts, info, indexes, factBindings, factNames, vocabulary: [...vocabulary], aliases, unitOf };
  const kb = new KnowledgeBase(state);
  // Worked out now, so that the state a snapshot saves has them and a start needs no word list (~0.2 s) for them.
  state.wordListed = kb.wordListed();
  return kb;
}

/**
 * A curated title without the note of where it was reported ("Trade target of $2 billion (The Astana Times)"):
 * the publisher's words are no words of the fact, and "Astana" there is no place of it.
 */
function unannotated(title: string, publisher: Set<string> | undefined, wordsOf: (text: string) => string[]): string {
  const note = /\s*\(([^()]*)\)\s*$/.exec(title);
  return note && publisher && wordsOf(note[1]!).some((w) => publisher.has(w)) ? title.slice(0, note.index) : title;
}

/** Whether a report's lead tells of the days it was filed: undated, or dated within a week before its publication. */
function leadDated(date: Fact['date'], published: string): boolean {
  if (!date?.on) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return false;
  if (date.on.length === 7) return published.startsWith(date.on);
  if (date.on.length !== 10) return false;
  const days = (Date.parse(published) - Date.parse(date.on)) / 86_400_000;
  return days >= 0 && days <= LEAD_DAYS;
}
