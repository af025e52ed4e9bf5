// Building a knowledge base from a corpus: the passage units of the sources, what each unit's quotes say, and
// every index. This is the slow part of a start (passages read dates with chrono-node), which is why a start
// with an up-to-date snapshot (snapshot.ts) never imports this module.
import type { Corpus } from './load.js';
import { aliasesOf, KnowledgeBase, INDEX_NAMES, type IndexName, type KnowledgeState } from './knowledge.js';
import { clauseWords, fold, words } from './normalise.js';
import { factSpans } from './dates.js';
import { tokenize } from './understand.js';
import { bindingsOf, keysOf, pairsOf, type Bindings, type Item } from './neighbours.js';
import { kindGuesser, passageUnits, readQuotes, type UnitInfo } from './units.js';
import { quantitiesIn, type Passage } from './passages/index.js';
import { Postings } from './postings.js';
import type { Fact } from './schema.js';

export function buildKnowledge(corpus: Corpus): KnowledgeBase {
  const { passageLanguage, facts: curated, ...rest } = corpus;
  const indexes = Object.fromEntries(INDEX_NAMES.map((n) => [n, new Postings()])) as Record<IndexName, Postings>;
  // The entities and lexicon alone: enough to find the names in a text (tokenize without typos).
  const aliases = aliasesOf(corpus.entities);
  const unitOf = [...passageLanguage.unitOf];
  const names = new KnowledgeBase({ corpus: rest, facts: [], info: [], indexes, factBindings: [], factNames: [], vocabulary: [], aliases, unitOf });
  // A source's whole text is read for the entities it names (passages' context) and for its places: once.
  const sourceTexts = new Map(corpus.sources.map((s) => [s.text, undefined as Item[] | undefined]));
  const tokens = (text: string) => {
    const cached = sourceTexts.get(text);
    if (cached) return cached;
    const read = tokenize(names, words(fold(text)), { fuzzy: false });
    if (sourceTexts.has(text)) sourceTexts.set(text, read);
    return read;
  };
  const named = (text: string) => [...new Set(tokens(text).flatMap((it) => ('entity' in it ? [it.entity.id] : [])))];
  const guess = kindGuesser(corpus.intents, (t) => names.lexicon.terms(t));
  // A sentence that signs or adopts a titled document ("Following the talks, the ministers signed the Agreement
  // on …") is about that document: the title's kind, not that of the talks around it.
  const kindOf = (p: Passage) => {
    const title = p.titles[0];
    const kind = title && names.lexicon.terms(p.quote).some((t) => names.lexicon.stages.has(t)) ? guess(title) : 'event';
    return kind !== 'event' ? kind : guess(p.quote);
  };
  const units = passageUnits(corpus.sources, curated, named, kindOf, passageLanguage, (sentence, before) => names.lexicon.sameStage(sentence, before));
  const facts = [...curated, ...units.facts];
  const origins = [
    ...curated.map((_, n) => ({ origin: 'curated' as const, context: [], ...(units.enclosing.has(n) ? { sentence: units.enclosing.get(n)! } : {}) })),
    ...units.passages.map((passage, n) => ({
      origin: 'passage' as const,
      passage,
      context: units.context[n]!,
      ...(units.before[n] ? { before: units.before[n] } : {}),
    })),
  ];
  // Each entity's names as folded words, once: every fact naming it has them in its search text.
  const nameWords = new Map(corpus.entities.map((e) => [e.id, [e.name, ...e.aliases].map((a) => words(fold(a)))]));
  const isPerson = (id: string) => names.entity(id)?.type === 'person';
  // A passage's quantities come with it; a curated fact's are read from its quotes the same way.
  const quantitiesOf = (f: Fact, i: number) =>
    origins[i]!.origin === 'passage'
      ? units.passages[i - curated.length]!.quantities
      : quantitiesIn({ id: f.source, text: f.quotes.join('\n'), published: names.sources.get(f.source)?.published.date ?? '' }, passageLanguage);
  /** The search terms of a text's words (as Lexicon.terms: synonym phrases joined, stopwords dropped), each word's term memoised: the same words recur across the whole base. */
  const termOf = new Map<string, string>();
  const termsOf = (ws: readonly string[], into: string[]) => {
    for (const w of names.lexicon.joinPhrases(ws)) {
      if (names.lexicon.isStopword(w)) continue;
      let t = termOf.get(w);
      if (t === undefined) termOf.set(w, (t = names.lexicon.term(w)));
      into.push(t);
    }
    return into;
  };

  // Facts with no place of their own, by each place their source names: a question's "in Dushanbe" is met (in part) by a report on Dushanbe.
  const sourcePlaces = new Map<string, Set<string>>();
  for (const s of corpus.sources) {
    const places = tokens(s.text).flatMap((it) => ('entity' in it && it.entity.type === 'place' ? [it.entity.id] : []));
    sourcePlaces.set(s.id, new Set(places));
  }

  const vocabulary = new Set<string>();
  const addWords = (ws: readonly string[]) => {
    for (const w of ws) if (!/^\d+$/.test(w)) vocabulary.add(w);
  };
  const info: UnitInfo[] = [];
  const factNames: string[] = [];
  const factBindings: (Bindings | undefined)[] = [];
  // One pass per unit. A passage's title, summary and quote are often one text: each text of a unit is folded
  // and split once (`wordsOf`), where it used to be once for each index.
  facts.forEach((f, i) => {
    const folded = new Map<string, string>();
    const foldOf = (text: string) => folded.get(text) ?? folded.set(text, fold(text)).get(text)!;
    const split = new Map<string, string[]>();
    const wordsOf = (text: string) => split.get(text) ?? split.set(text, words(foldOf(text))).get(text)!;
    const quoteTokens = (text: string) => tokenize(names, wordsOf(text), { fuzzy: false });
    const namedIn = (id: string, quote: string) => {
      const text = ` ${wordsOf(quote).join(' ')} `;
      return (nameWords.get(id) ?? []).some((a) => text.includes(` ${a.join(' ')} `));
    };
    info.push({
      ...origins[i]!,
      ...readQuotes(f, quoteTokens, namedIn, isPerson, names.lexicon.locatives, names.lexicon.placeNouns),
      quantities: quantitiesOf(f, i),
    });

    // Everything a fact may be found by: its names, summary, keywords, quotes and its entities' names.
    const searchWords = [f.title, f.summary, ...f.keywords, ...f.quotes].map(wordsOf);
    for (const id of f.entities) searchWords.push(...(nameWords.get(id) ?? []));
    // A curated quote that is part of a sentence is found by the rest of that sentence too (units.ts).
    const sentence = info[i]!.sentence;
    // One list of words, as the texts joined: a synonym phrase may run from one text into the next.
    for (const t of termsOf([...searchWords.flat(), ...(sentence ? words(fold(sentence.rest)) : [])], [])) indexes.byTerm.add(t, i);
    // "How long is the border?" is met by a figure in km.
    for (const q of info[i]!.quantities) for (const t of names.lexicon.measuredIn.get(q.unit) ?? []) indexes.byTerm.add(t, i);
    for (const t of termsOf(wordsOf(f.title), [])) indexes.byTitleTerm.add(t, i);
    for (const e of [...f.entities, ...info[i]!.context]) indexes.byEntity.add(e, i);
    const before = info[i]!.before;
    if (before) for (const t of termsOf(words(fold(before)), [])) indexes.byContextTerm.add(t, i);
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
    factNames.push(fold([f.title, f.value?.text ?? '', ...f.keywords].join(' | ')));

    const pairs = new Set<string>();
    const bound: Bindings = new Map();
    for (const text of new Set([f.title, f.summary, ...f.keywords, ...f.quotes])) {
      const keys = keysOf(names, tokenize(names, clauseWords(foldOf(text)), { fuzzy: false }));
      pairsOf(keys, pairs);
      bindingsOf(names, keys, bound);
    }
    for (const p of pairs) indexes.byPair.add(p, i);
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
  return new KnowledgeBase(state);
}
