// The knowledge base: the loaded corpus plus every index the engine needs, built once at load
// so that answering a question never scans the whole base.
import Fuse from 'fuse.js';
import type { Corpus, SourceDoc } from './load.js';
import { Lexicon } from './lexicon.js';
import { isEnglishWord } from './dictionary.js';
import { clauseWords, editDistance, fold, typoAllowance, words } from './normalise.js';
import { factSpans } from './dates.js';
import { tokenize } from './understand.js';
import { bindingsOf, keysOf, pairsOf, type Bindings } from './neighbours.js';
import { kindGuesser, passageUnits, readQuotes, type UnitInfo } from './units.js';
import { analysePassages, nounUnit, type Passage } from './passages/index.js';
import type { RussianData } from './language/russian.js';
import { Wording } from './language/wording.js';
import { Calendar, type DateFormat } from './language/calendar.js';
import type { Entity, Fact, Intent } from './schema.js';

export type AliasHit = { entity: Entity; alias: string };

export class KnowledgeBase {
  /** The curated facts, then one unit per source sentence no curated fact quotes (see units.ts). */
  readonly facts: Fact[];
  /** Per fact position: curated or a passage, and what its quotes name. */
  readonly info: UnitInfo[];
  private readonly position = new Map<Fact, number>();
  private readonly byId = new Map<string, number>();
  readonly intents: Intent[];
  readonly lexicon: Lexicon;
  /** Russian questions and answers, when the base has lang/ru/. */
  readonly russian: RussianData | undefined;
  /** The words of English answers: every sentence the engine says in English comes from here. */
  readonly wording: Wording;
  /** How English answers write dates (lang/en/format.yaml). */
  readonly calendar: Calendar;
  /** lang/en/format.yaml as read: the Russian speaker reads the data's unit words from it. */
  readonly format: Record<string, unknown>;
  readonly sources = new Map<string, SourceDoc>();
  readonly entities = new Map<string, Entity>();
  /** Entities some fact refers to: the only ones a typo may be corrected to. */
  readonly inScope = new Set<string>();
  /** Folded alias phrase → entity. */
  private readonly aliases = new Map<string, Entity>();
  /** For each first word of an alias, the most words an alias starting with it has (phrases to try). */
  private readonly aliasLengths = new Map<string, number>();
  /**
   * fuse.js over in-scope aliases, one index per first letter: it is asked only about words the vocabulary
   * could not correct (two or more slips), and a name's first letter is rarely among them — while one index
   * over every alias grows with the base and would make each such word cost milliseconds.
   */
  private readonly aliasFuse = new Map<string, Fuse<{ alias: string; id: string }>>();
  /** Fact positions by search term, by entity, by month-day (MM-DD) and by year. */
  private readonly byTerm = new Map<string, number[]>();
  private readonly byEntity = new Map<string, number[]>();
  private readonly byMonthDay = new Map<string, number[]>();
  private readonly byYear = new Map<number, number[]>();
  /** Each fact's date as spans of days (see `factSpans`). */
  readonly spans: { from: string; to: string }[][];
  /** Ordered neighbour pairs (see neighbours.ts) and title terms, each to the facts that have them. */
  private readonly byPair = new Map<string, number[]>();
  private readonly byTitleTerm = new Map<string, number[]>();
  /** Passages by the terms of the sentence before them (half credit: see search.ts). */
  private readonly byContextTerm = new Map<string, number[]>();
  /** Each fact's words bound to a country beside them ("Kazakhstan's capital": capital → kazakhstan). */
  private readonly factBindings: (Bindings | undefined)[] = [];
  /**
   * Facts with no place of their own, by each place their source names: a question's "in Dushanbe" is met
   * (in part) by a fact from a report on Dushanbe.
   */
  private readonly byReportedPlace = new Map<string, number[]>();
  /** Each fact's name as folded text (title, value, keywords): a date in a name ("the programme for 2021-2022") is no date filter. */
  readonly factNames: string[];

  /** Facts that answer the same thing (`about`). */
  private readonly byAbout = new Map<string, Fact[]>();
  /** Each intent's keywords with their terms, and all of its keyword terms: they say what kind of answer is wanted, not what it is about. */
  readonly keywordTerms: Map<string, { keyword: string; terms: string[] }[]>;
  readonly intentTerms: Map<string, Set<string>>;
  /** The terms of the words of people's names and aliases ("berdimuhamedov"): a question's name word is never optional. */
  readonly personWords: Set<string>;
  /** Positions of the facts stated as plans (status planned), in order: they account for a question's plan words. */
  readonly planned: number[];
  /** The unit quantities counted in a noun are given in ("people" → person), as the passages read it. */
  readonly unitOfNoun: (noun: string) => string;
  /** Every word the base knows, for telling a typo from an unknown name; with 1-deletion keys for typo lookup. */
  private readonly vocabulary = new Set<string>();
  private readonly deletions = new Map<string, string[]>();

  constructor(corpus: Corpus) {
    this.intents = corpus.intents;
    this.russian = corpus.russian;
    this.wording = new Wording(corpus.templates, 'en');
    this.format = corpus.format;
    this.calendar = new Calendar(corpus.format as DateFormat);
    this.lexicon = new Lexicon(corpus.lexicon);
    this.unitOfNoun = (noun) => nounUnit(noun, corpus.passageLanguage);
    for (const s of corpus.sources) this.sources.set(s.id, s);
    for (const e of corpus.entities) this.entities.set(e.id, e);
    for (const e of corpus.entities) {
      for (const name of [e.name, ...e.aliases]) {
        const alias = words(fold(name)).join(' ');
        if (!alias || this.aliases.has(alias)) continue;
        this.aliases.set(alias, e);
        const ws = alias.split(' ');
        this.aliasLengths.set(ws[0]!, Math.max(this.aliasLengths.get(ws[0]!) ?? 0, ws.length));
      }
    }
    const named = (text: string) => [...new Set(tokenize(this, words(fold(text)), { fuzzy: false }).flatMap((it) => ('entity' in it ? [it.entity.id] : [])))];
    const guess = kindGuesser(this.intents, (t) => this.lexicon.terms(t));
    // A sentence that signs or adopts a titled document ("Following the talks, the ministers signed the Agreement
    // on …") is about that document: the title's kind, not that of the talks around it.
    const kindOf = (p: Passage) => {
      const title = p.titles[0];
      const kind = title && this.lexicon.terms(p.quote).some((t) => this.lexicon.stages.has(t)) ? guess(title) : 'event';
      return kind !== 'event' ? kind : guess(p.quote);
    };
    const units = passageUnits(corpus.sources, corpus.facts, named, kindOf, corpus.passageLanguage, (sentence, before) =>
      this.lexicon.sameStage(sentence, before),
    );
    this.facts = [...corpus.facts, ...units.facts];
    const quoteTokens = (text: string) => tokenize(this, words(fold(text)), { fuzzy: false });
    const origins = [
      ...corpus.facts.map((_, n) => ({ origin: 'curated' as const, context: [], ...(units.enclosing.has(n) ? { sentence: units.enclosing.get(n)! } : {}) })),
      ...units.passages.map((passage, n) => ({
        origin: 'passage' as const,
        passage,
        context: units.context[n]!,
        ...(units.before[n] ? { before: units.before[n] } : {}),
      })),
    ];
    const namedIn = (id: string, quote: string) => {
      const e = this.entities.get(id);
      const text = ` ${words(fold(quote)).join(' ')} `;
      return !!e && [e.name, ...e.aliases].some((a) => text.includes(` ${words(fold(a)).join(' ')} `));
    };
    const isPerson = (id: string) => this.entities.get(id)?.type === 'person';
    // A passage's quantities come with it; a curated fact's are read from its quotes the same way.
    const quantitiesOf = (f: Fact, i: number) =>
      origins[i]!.origin === 'passage'
        ? units.passages[i - corpus.facts.length]!.quantities
        : analysePassages(
            { id: f.source, text: f.quotes.join('\n'), published: this.sources.get(f.source)?.published.date ?? '' },
            () => [],
            corpus.passageLanguage,
          ).flatMap((p) => p.quantities);
    this.info = this.facts.map(
      (f, i): UnitInfo => ({ ...origins[i]!, ...readQuotes(f, quoteTokens, namedIn, isPerson, this.lexicon.locatives), quantities: quantitiesOf(f, i) }),
    );
    this.facts.forEach((f, i) => {
      this.position.set(f, i);
      this.byId.set(f.id, i);
    });
    for (const f of this.facts) for (const e of f.entities) this.inScope.add(e);

    const aliasRows: { alias: string; id: string }[] = [];
    for (const [alias, e] of this.aliases) if (this.inScope.has(e.id) && alias.length >= 4) aliasRows.push({ alias, id: e.id });
    const byLetter = new Map<string, { alias: string; id: string }[]>();
    for (const row of aliasRows) push(byLetter, row.alias[0]!, row);
    for (const [letter, rows] of byLetter)
      this.aliasFuse.set(letter, new Fuse(rows, { keys: ['alias'], includeScore: true, threshold: 0.4, ignoreLocation: true }));

    this.spans = this.facts.map((f) => factSpans(f.date));
    // Only the name words proper: an alias's English words ("CIS Secretary General") are offices, met otherwise.
    this.personWords = new Set(
      corpus.entities
        .filter((e) => e.type === 'person')
        .flatMap((e) => [e.name, ...e.aliases].flatMap((a) => words(fold(a))))
        .filter((w) => !this.lexicon.isStopword(w) && !isEnglishWord(w))
        .map((w) => this.lexicon.term(w)),
    );
    this.planned = this.facts.flatMap((f, i) => (f.status === 'planned' ? [i] : []));
    // Postings only (no per-fact sets): each index list is in fact order, so membership is a binary search.
    this.facts.forEach((f, i) => {
      const sentence = this.info[i]!.sentence;
      for (const t of this.lexicon.terms(sentence ? `${this.searchText(f)} ${sentence.rest}` : this.searchText(f))) push(this.byTerm, t, i);
      for (const t of this.lexicon.terms(f.title)) push(this.byTitleTerm, t, i);
      for (const e of [...f.entities, ...this.info[i]!.context]) push(this.byEntity, e, i);
      const before = this.info[i]!.before;
      if (before) for (const t of this.lexicon.terms(before)) push(this.byContextTerm, t, i);
      for (const span of this.spans[i]!) {
        for (let y = Number(span.from.slice(0, 4)); y <= Number(span.to.slice(0, 4)); y++) push(this.byYear, y, i);
        if (span.from === span.to) push(this.byMonthDay, span.from.slice(5), i);
        else if (span.to.slice(0, 7) === span.from.slice(0, 7) && span.from.length === 10 && span.from.slice(8) !== '01') {
          for (let d = Number(span.from.slice(8)); d <= Number(span.to.slice(8)); d++)
            push(this.byMonthDay, `${span.from.slice(5, 8)}${String(d).padStart(2, '0')}`, i);
        }
      }
      if (f.about) push(this.byAbout, f.about, f);
    });

    const sourcePlaces = new Map<string, Set<string>>();
    for (const s of corpus.sources) {
      const named = tokenize(this, words(fold(s.text)), { fuzzy: false }).flatMap((it) => ('entity' in it && it.entity.type === 'place' ? [it.entity.id] : []));
      sourcePlaces.set(s.id, new Set(named));
    }
    this.facts.forEach((f, i) => {
      if (f.entities.some((e) => this.entities.get(e)?.type === 'place')) return;
      for (const place of sourcePlaces.get(f.source) ?? []) push(this.byReportedPlace, place, i);
    });
    this.factNames = this.facts.map((f) => fold([f.title, f.value?.text ?? '', ...f.keywords].join(' | ')));
    this.facts.forEach((f, i) => {
      const pairs = new Set<string>();
      const bound: Bindings = new Map();
      for (const text of [f.title, f.summary, ...f.keywords, ...f.quotes]) {
        const keys = keysOf(this, tokenize(this, clauseWords(fold(text)), { fuzzy: false }));
        pairsOf(keys, pairs);
        bindingsOf(this, keys, bound);
      }
      for (const p of pairs) push(this.byPair, p, i);
      this.factBindings.push(bound.size ? bound : undefined);
    });

    for (const text of [
      ...this.facts.map((f) => this.searchText(f)),
      ...corpus.sources.map((s) => s.text),
      ...this.intents.flatMap((i) => [...i.keywords, ...i.examples]),
      [...this.lexicon.stopwords].join(' '),
    ]) {
      for (const w of words(fold(text))) this.addWord(w);
    }
    this.keywordTerms = new Map(this.intents.map((i) => [i.name, i.keywords.map((keyword) => ({ keyword, terms: this.lexicon.terms(keyword) }))]));
    this.intentTerms = new Map([...this.keywordTerms].map(([name, kws]) => [name, new Set(kws.flatMap((k) => k.terms))]));
  }

  /** Everything a fact may be found by: its names, summary, keywords, quotes and its entities' names. */
  private searchText(f: Fact): string {
    const names = f.entities.flatMap((id) => {
      const e = this.entities.get(id);
      return e ? [e.name, ...e.aliases] : [];
    });
    return [f.title, f.summary, ...f.keywords, ...f.quotes, ...names].join(' \n ');
  }

  private addWord(w: string): void {
    if (this.vocabulary.has(w) || /^\d+$/.test(w)) return;
    this.vocabulary.add(w);
    if (w.length < 4) return;
    push(this.deletions, w, w);
    for (const key of deletionKeys(w)) push(this.deletions, key, w);
  }

  /** Whether a word is known as it is: in the vocabulary, the lexicon, an alias, or as the term of some fact ("train" for "training"). */
  knowsWord(w: string): boolean {
    return this.vocabulary.has(w) || this.lexicon.knows(w) || this.aliases.has(w) || this.byTerm.has(this.lexicon.term(w));
  }

  /** The known word a typo most likely stands for, if one is close enough. */
  correctWord(w: string): string | undefined {
    if (w.length < 4) return undefined;
    const limit = typoAllowance(w.length);
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const key of [w, ...deletionKeys(w)]) {
      for (const candidate of this.deletions.get(key) ?? []) {
        const d = editDistance(w, candidate, limit);
        // Ties go to the word more facts use ("diplomatc" → "diplomatic", not "diplomat").
        if (d < bestDistance || (d === bestDistance && best !== undefined && this.usage(candidate) > this.usage(best))) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  private usage(word: string): number {
    return this.factsWithTerm(this.lexicon.term(word)).length;
  }

  /** The most words an alias starting with this word has (0: none starts with it). */
  aliasWordsFrom(word: string): number {
    return this.aliasLengths.get(word) ?? 0;
  }

  /** An exact alias match for a folded phrase. */
  alias(phrase: string): Entity | undefined {
    return this.aliases.get(phrase);
  }

  /** The in-scope entity a misspelt phrase most likely names (fuse.js finds candidates, edit distance decides). */
  fuzzyAlias(phrase: string): AliasHit | undefined {
    const limit = typoAllowance(phrase.length);
    if (limit === 0) return undefined;
    let best: AliasHit | undefined;
    let bestDistance = limit + 1;
    for (const hit of this.aliasFuse.get(phrase[0]!)?.search(phrase, { limit: 8 }) ?? []) {
      const d = editDistance(phrase, hit.item.alias, limit);
      if (d < bestDistance) {
        best = { entity: this.entities.get(hit.item.id)!, alias: hit.item.alias };
        bestDistance = d;
      }
    }
    return best;
  }

  /** Facts (with no place of their own) whose source names this place, in order. */
  factsReportedFrom(placeId: string): readonly number[] {
    return this.byReportedPlace.get(placeId) ?? [];
  }
  reportedFrom(i: number, placeId: string): boolean {
    return sortedHas(this.byReportedPlace.get(placeId), i);
  }

  /** Whether fact i's words (title, summary, keywords, quotes, entity names) have this term. */
  hasTerm(i: number, term: string): boolean {
    return sortedHas(this.byTerm.get(term), i);
  }
  /** Whether the sentence before passage i has this term. */
  hasContextTerm(i: number, term: string): boolean {
    return sortedHas(this.byContextTerm.get(term), i);
  }
  factsWithContextTerm(term: string): readonly number[] {
    return this.byContextTerm.get(term) ?? [];
  }
  hasTitleTerm(i: number, term: string): boolean {
    return sortedHas(this.byTitleTerm.get(term), i);
  }
  hasPair(i: number, pair: string): boolean {
    return sortedHas(this.byPair.get(pair), i);
  }
  /** The countries fact i ties its attribute words to (see neighbours.ts). */
  bindings(i: number): Bindings {
    return this.factBindings[i] ?? NO_BINDINGS;
  }

  factsWithTerm(term: string): readonly number[] {
    return this.byTerm.get(term) ?? [];
  }
  /** Facts that name the entity, or (passages) whose document does. */
  factsWithEntity(id: string): readonly number[] {
    return this.byEntity.get(id) ?? [];
  }
  factsOnMonthDay(monthDay: string): readonly number[] {
    return this.byMonthDay.get(monthDay) ?? [];
  }
  factsInYear(year: number): readonly number[] {
    return this.byYear.get(year) ?? [];
  }
  /** How rare a term is across facts: rarer terms weigh more. */
  weight(term: string): number {
    const n = this.byTerm.get(term)?.length ?? 0;
    return Math.log(1 + this.facts.length / (1 + n));
  }
  sameAbout(f: Fact): Fact[] {
    return f.about ? (this.byAbout.get(f.about) ?? [f]) : [f];
  }
  /** The sources whose publisher is this entity ("Ministry of Foreign Affairs of the Republic of Tajikistan"). */
  sourcesPublishedBy(entityId: string): string[] {
    this.publishers ??= [...this.sources.values()].map((s) => ({
      id: s.id,
      by: new Set(tokenize(this, words(fold(s.publisher)), { fuzzy: false }).flatMap((it) => ('entity' in it ? [it.entity.id] : []))),
    }));
    return this.publishers.filter((p) => p.by.has(entityId)).map((p) => p.id);
  }
  private publishers: { id: string; by: Set<string> }[] | undefined;

  source(id: string): SourceDoc {
    const s = this.sources.get(id);
    if (!s) throw new Error(`unknown source ${id}`);
    return s;
  }
  factById(id: string): Fact | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.facts[i];
  }
  /** What a fact's quotes say (see UnitInfo). */
  unit(f: Fact): UnitInfo {
    return this.info[this.position.get(f)!]!;
  }

  /** A fact's position in `facts` (the index every posting list holds). */
  positionOf(f: Fact): number {
    return this.position.get(f)!;
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

const NO_BINDINGS: Bindings = new Map();

function sortedHas(list: readonly number[] | undefined, value: number): boolean {
  if (!list) return false;
  let [lo, hi] = [0, list.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return true;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function deletionKeys(w: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < w.length; i++) keys.push(w.slice(0, i) + w.slice(i + 1));
  return keys;
}
