// Building a knowledge base from a corpus: the passage units of the sources, what each unit's quotes say, and
// every index. This is the slow part of a start (passages read dates with chrono-node), which is why a start
// with an up-to-date snapshot (snapshot.ts) never imports this module.
import type { Corpus } from './load.js';
import { aliasesOf, KnowledgeBase, INDEX_NAMES, type IndexName, type KnowledgeState } from './knowledge.js';
import { clauseWords, fold, words } from './normalise.js';
import { factSpans } from './dates.js';
import { tokenize } from './understand.js';
import { bindingsOf, keysOf, pairsOf, type Bindings } from './neighbours.js';
import { kindGuesser, passageUnits, readQuotes, type UnitInfo } from './units.js';
import { analysePassages } from './passages/index.js';
import { Postings } from './postings.js';
import type { Fact } from './schema.js';

export function buildKnowledge(corpus: Corpus): KnowledgeBase {
  const { passageLanguage, facts: curated, ...rest } = corpus;
  const indexes = Object.fromEntries(INDEX_NAMES.map((n) => [n, new Postings()])) as Record<IndexName, Postings>;
  // The entities and lexicon alone: enough to find the names in a text (tokenize without typos).
  const aliases = aliasesOf(corpus.entities);
  const names = new KnowledgeBase({ corpus: rest, facts: [], info: [], indexes, factBindings: [], factNames: [], vocabulary: [], aliases });
  const tokens = (text: string) => tokenize(names, words(fold(text)), { fuzzy: false });
  const named = (text: string) => [...new Set(tokens(text).flatMap((it) => ('entity' in it ? [it.entity.id] : [])))];
  const units = passageUnits(
    corpus.sources,
    curated,
    named,
    kindGuesser(corpus.intents, (t) => names.lexicon.terms(t)),
    passageLanguage,
  );
  const facts = [...curated, ...units.facts];
  const origins = [
    ...curated.map(() => ({ origin: 'curated' as const, context: [] })),
    ...units.passages.map((passage, n) => ({
      origin: 'passage' as const,
      passage,
      context: units.context[n]!,
      ...(units.before[n] ? { before: units.before[n] } : {}),
    })),
  ];
  const namedIn = (id: string, quote: string) => {
    const e = names.entity(id);
    const text = ` ${words(fold(quote)).join(' ')} `;
    return !!e && [e.name, ...e.aliases].some((a) => text.includes(` ${words(fold(a)).join(' ')} `));
  };
  const isPerson = (id: string) => names.entity(id)?.type === 'person';
  // A passage's quantities come with it; a curated fact's are read from its quotes the same way.
  const quantitiesOf = (f: Fact, i: number) =>
    origins[i]!.origin === 'passage'
      ? units.passages[i - curated.length]!.quantities
      : analysePassages(
          { id: f.source, text: f.quotes.join('\n'), published: names.sources.get(f.source)?.published.date ?? '' },
          () => [],
          passageLanguage,
        ).flatMap((p) => p.quantities);
  const info = facts.map(
    (f, i): UnitInfo => ({ ...origins[i]!, ...readQuotes(f, tokens, namedIn, isPerson, names.lexicon.locatives), quantities: quantitiesOf(f, i) }),
  );

  /** Everything a fact may be found by: its names, summary, keywords, quotes and its entities' names. */
  const searchText = (f: Fact) => {
    const entityNames = f.entities.flatMap((id) => {
      const e = names.entity(id);
      return e ? [e.name, ...e.aliases] : [];
    });
    return [f.title, f.summary, ...f.keywords, ...f.quotes, ...entityNames].join(' \n ');
  };
  const terms = (text: string) => names.lexicon.terms(text);
  facts.forEach((f, i) => {
    for (const t of terms(searchText(f))) indexes.byTerm.add(t, i);
    for (const t of terms(f.title)) indexes.byTitleTerm.add(t, i);
    for (const e of [...f.entities, ...info[i]!.context]) indexes.byEntity.add(e, i);
    const before = info[i]!.before;
    if (before) for (const t of terms(before)) indexes.byContextTerm.add(t, i);
    for (const span of factSpans(f.date)) {
      for (let y = Number(span.from.slice(0, 4)); y <= Number(span.to.slice(0, 4)); y++) indexes.byYear.add(String(y), i);
      if (span.from === span.to) indexes.byMonthDay.add(span.from.slice(5), i);
      else if (span.to.slice(0, 7) === span.from.slice(0, 7) && span.from.length === 10 && span.from.slice(8) !== '01') {
        for (let d = Number(span.from.slice(8)); d <= Number(span.to.slice(8)); d++)
          indexes.byMonthDay.add(`${span.from.slice(5, 8)}${String(d).padStart(2, '0')}`, i);
      }
    }
  });

  // Facts with no place of their own, by each place their source names: a question's "in Dushanbe" is met (in part) by a report on Dushanbe.
  const sourcePlaces = new Map<string, Set<string>>();
  for (const s of corpus.sources) {
    const places = tokens(s.text).flatMap((it) => ('entity' in it && it.entity.type === 'place' ? [it.entity.id] : []));
    sourcePlaces.set(s.id, new Set(places));
  }
  facts.forEach((f, i) => {
    if (f.entities.some((e) => names.entity(e)?.type === 'place')) return;
    for (const place of sourcePlaces.get(f.source) ?? []) indexes.byReportedPlace.add(place, i);
  });
  const factNames = facts.map((f) => fold([f.title, f.value?.text ?? '', ...f.keywords].join(' | ')));
  const factBindings = facts.map((f, i) => {
    const pairs = new Set<string>();
    const bound: Bindings = new Map();
    for (const text of [f.title, f.summary, ...f.keywords, ...f.quotes]) {
      const keys = keysOf(names, tokenize(names, clauseWords(fold(text)), { fuzzy: false }));
      pairsOf(keys, pairs);
      bindingsOf(names, keys, bound);
    }
    for (const p of pairs) indexes.byPair.add(p, i);
    return bound.size ? bound : undefined;
  });

  const vocabulary = new Set<string>();
  for (const text of [
    ...facts.map(searchText),
    ...corpus.sources.map((s) => s.text),
    ...corpus.intents.flatMap((i) => [...i.keywords, ...i.examples]),
    [...names.lexicon.stopwords].join(' '),
  ]) {
    for (const w of words(fold(text))) if (!/^\d+$/.test(w)) vocabulary.add(w);
  }
  const state: KnowledgeState = { corpus: rest, facts, info, indexes, factBindings, factNames, vocabulary: [...vocabulary], aliases };
  return new KnowledgeBase(state);
}
