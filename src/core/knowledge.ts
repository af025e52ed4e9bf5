// The knowledge base: the units (curated facts and passages) with every index the engine needs, so that answering
// a question never scans the whole base. It is built once from a corpus (knowledge-build.ts) or loaded from the
// snapshot of one (snapshot.ts); either way it is this state, and only cheap lookups are derived here.
import Fuse from 'fuse.js';
import type { Corpus, SourceDoc } from './load.js';
import { Lexicon } from './lexicon.js';
import { editDistance, fold, typoAllowance, words } from './normalise.js';
import { factSpans } from './dates.js';
import type { Bindings } from './neighbours.js';
import { tokenize } from './understand.js';
import type { UnitInfo } from './units.js';
import type { Postings } from './postings.js';
import type { RussianData } from './language/russian.js';
import { Wording } from './language/wording.js';
import { Calendar, type DateFormat } from './language/calendar.js';
import { isEnglishWord } from './dictionary.js';
import { phraseKey } from './passages/phrases.js';
import { stem } from './stem.js';
import { lazyArray } from './lazy-array.js';
import type { Entity, Fact, FactKind, Intent } from './schema.js';

/** The posting indexes, by name (see the fields of KnowledgeBase). */
export const INDEX_NAMES = ['byTerm', 'byEntity', 'byMonthDay', 'byYear', 'byPair', 'byTitleTerm', 'byContextTerm', 'byReportedPlace'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

/** Everything a knowledge base is made of: what building computes and a snapshot saves. */
export type KnowledgeState = {
  corpus: Omit<Corpus, 'passageLanguage' | 'sourceLanguages' | 'facts'>;
  /** The curated facts, then the passage units. */
  facts: Fact[];
  info: UnitInfo[];
  indexes: Record<IndexName, Postings>;
  factBindings: (Bindings | undefined)[];
  factNames: string[];
  /** Every word of the base, in the order first seen (typo ties are broken by that order). */
  vocabulary: string[];
  /** Each entity's names as folded words, with its id: the first entity to claim a name has it. */
  aliases: [string, string][];
  /** The passages' unit words ("people" → person, "km" → km), as lang/en/passages.yaml gives them. */
  unitOf: [string, string][];
  /** What the base needs of every unit at start (see UnitSummary): saved by a snapshot, made from the units when absent. */
  summary?: UnitSummary;
  /** A snapshot's units are made on first read (lazy-array.ts): each one's position, recorded as it is made. */
  positions?: WeakMap<Fact, number>;
  /** What takes the English word list to tell (dictionary.ts), as made at build: a start from a snapshot loads no list for it. */
  wordListed?: WordListed;
};

/** The names' words that the English word list sorts: see KnowledgeBase.personWords and organisationHeads. */
export type WordListed = { personWords: string[]; organisationHeads: string[] };

/**
 * What a base needs to know of all its units without reading each: a snapshot saves it, so that a start decodes
 * no unit until a question reads it.
 */
export type UnitSummary = {
  /** Every unit's id, in order, joined by newlines (split on the first lookup by id). */
  ids: string;
  /** Units that answer the same thing, by their `about`. */
  about: [string, number[]][];
  /** The entities some unit refers to, in the order first referred to. */
  inScope: string[];
  /** Positions of the units stated as plans. */
  planned: number[];
  /** The units the units' quantities are counted in, in the order first counted. */
  counted: string[];
};

/** The summary of built units (see UnitSummary). */
export function summarise(facts: readonly Fact[], info: readonly UnitInfo[]): UnitSummary {
  const about = new Map<string, number[]>();
  const inScope = new Set<string>();
  const planned: number[] = [];
  facts.forEach((f, i) => {
    if (f.about) push(about, f.about, i);
    for (const e of f.entities) inScope.add(e);
    if (f.status === 'planned') planned.push(i);
  });
  const counted = new Set(info.flatMap((u) => u.quantities.map((q) => q.unit)));
  return { ids: facts.map((f) => f.id).join('\n'), about: [...about], inScope: [...inScope], planned, counted: [...counted] };
}

/** The folded names of the entities (see KnowledgeState.aliases). */
export function aliasesOf(entities: readonly Entity[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      const alias = words(fold(name)).join(' ');
      if (alias && !seen.has(alias)) seen.set(alias, e.id);
    }
  }
  return [...seen];
}

export type AliasHit = { entity: Entity; alias: string };
/** A stretch of days (see `factSpans`). */
type DaySpan = { from: string; to: string };

export class KnowledgeBase {
  /**
   * The units and what is read of each: arrays when built; a snapshot's decode each unit on its first read
   * (lazy-array.ts) until `prepare` decodes them all, so a long-running process reads plain arrays.
   */
  private units: { facts: Fact[]; info: UnitInfo[]; spans: DaySpan[][]; bindings: (Bindings | undefined)[]; names: string[] };
  /** The curated facts, then one unit per source sentence no curated fact quotes (see units.ts). */
  get facts(): Fact[] {
    return this.units.facts;
  }
  /** Per fact position: curated or a passage, and what its quotes name. */
  get info(): UnitInfo[] {
    return this.units.info;
  }
  private readonly position: Map<Fact, number> | WeakMap<Fact, number> = new Map<Fact, number>();
  /** Positions by unit id, made on the first lookup by id. */
  private byIdMap: Map<string, number> | undefined;
  /** See UnitSummary; `planned` and `countedUnits` are its fields. */
  private readonly summary: UnitSummary;
  /** The units the sources' quantities are counted in ("person", "km"). */
  readonly countedUnits: readonly string[];
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
  /** Positions of the facts stated as plans (status planned), in order: they account for a question's plan words. */
  readonly planned: number[];
  /** The unit quantities counted in a noun are given in ("people" → person), as the passages read it. */
  readonly unitOfNoun: (noun: string) => string;
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
  /** The in-scope aliases of 4 letters or more, by first letter: the rows of each fuse.js index, built on first use. */
  private readonly aliasRows = new Map<string, { alias: string; id: string }[]>();
  /** Fact positions by search term, by entity, by month-day (MM-DD) and by year. */
  private readonly byTerm: Postings;
  private readonly byEntity: Postings;
  private readonly byMonthDay: Postings;
  private readonly byYear: Postings;
  /** Each fact's date as spans of days (see `factSpans`). */
  get spans(): DaySpan[][] {
    return this.units.spans;
  }
  /** Ordered neighbour pairs (see neighbours.ts) and title terms, each to the facts that have them. */
  private readonly byPair: Postings;
  private readonly byTitleTerm: Postings;
  /** Passages by the terms of the sentence before them (half credit: see search.ts). */
  private readonly byContextTerm: Postings;
  /**
   * Facts with no place of their own, by each place their source names: a question's "in Dushanbe" is met
   * (in part) by a fact from a report on Dushanbe.
   */
  private readonly byReportedPlace: Postings;
  /** Each fact's name as folded text (title, value, keywords): a date in a name ("the programme for 2021-2022") is no date filter. */
  get factNames(): string[] {
    return this.units.names;
  }

  /** Positions of facts that answer the same thing (`about`), made on first use. */
  private byAboutMap: Map<string, number[]> | undefined;
  /**
   * Each intent's keywords with their terms (and, for a keyword of stopwords only, its folded phrase and its number of
   * words), and all of its keyword terms: they say what kind of answer is wanted, not what it is about.
   */
  readonly keywordTerms: Map<string, { keyword: string; terms: string[]; folded: string; words: number }[]>;
  readonly intentTerms: Map<string, Set<string>>;
  /** Every word the base knows, for telling a typo from an unknown name; with 1-deletion keys for typo lookup. */
  private readonly vocabulary: Set<string>;
  /** Built on the first typo: most questions have none. */
  private deletionIndex?: Map<string, string[]>;
  /** The state this base was made from (what a snapshot saves). */
  readonly state: KnowledgeState;

  constructor(state: KnowledgeState) {
    this.state = state;
    const { corpus } = state;
    this.intents = corpus.intents;
    this.russian = corpus.russian;
    this.wording = new Wording(corpus.templates, 'en');
    this.format = corpus.format;
    this.calendar = new Calendar(corpus.format as DateFormat);
    // A Russian source's sentence refers back to the people its report named in its own words ("Стороны обсудили …").
    const groupReferences = [...corpus.lexicon.groupReferences, ...(corpus.russian?.lexicon.groupReferences ?? [])];
    this.lexicon = new Lexicon({ ...corpus.lexicon, groupReferences });
    const unitOf = new Map(state.unitOf);
    this.unitOfNoun = (noun) => unitOf.get(phraseKey(noun)) ?? stem(noun.toLowerCase());
    for (const s of corpus.sources) this.sources.set(s.id, s);
    for (const e of corpus.entities) this.entities.set(e.id, e);
    for (const [alias, id] of state.aliases) {
      this.aliases.set(alias, this.entities.get(id)!);
      // The first word and the number of words, without splitting: a snapshot's start makes this for every alias.
      const space = alias.indexOf(' ');
      const first = space < 0 ? alias : alias.slice(0, space);
      let length = 1;
      for (let at = space; at >= 0; at = alias.indexOf(' ', at + 1)) length++;
      this.aliasLengths.set(first, Math.max(this.aliasLengths.get(first) ?? 0, length));
    }
    const { facts, info } = state;
    // Built units are all at hand; a snapshot's are made on first read and record their positions as they are.
    const spans = state.positions ? lazyArray(facts.length, (i) => factSpans(facts[i]!.date)) : facts.map((f) => factSpans(f.date));
    this.units = { facts, info, spans, bindings: state.factBindings, names: state.factNames };
    if (state.positions) this.position = state.positions;
    else facts.forEach((f, i) => this.position.set(f, i));
    this.summary = state.summary ?? summarise(this.facts, this.info);
    for (const e of this.summary.inScope) this.inScope.add(e);
    for (const [alias, e] of this.aliases) if (this.inScope.has(e.id) && alias.length >= 4) push(this.aliasRows, alias[0]!, { alias, id: e.id });
    this.planned = this.summary.planned;
    this.countedUnits = this.summary.counted;
    ({
      byTerm: this.byTerm,
      byEntity: this.byEntity,
      byMonthDay: this.byMonthDay,
      byYear: this.byYear,
      byPair: this.byPair,
      byTitleTerm: this.byTitleTerm,
      byContextTerm: this.byContextTerm,
      byReportedPlace: this.byReportedPlace,
    } = state.indexes);
    this.vocabulary = new Set(state.vocabulary);
    this.keywordTerms = new Map(
      this.intents.map((i) => [
        i.name,
        i.keywords.map((keyword) => ({ keyword, terms: this.lexicon.terms(keyword), folded: fold(keyword), words: words(keyword).length })),
      ]),
    );
    this.intentTerms = new Map([...this.keywordTerms].map(([name, kws]) => [name, new Set(kws.flatMap((k) => k.terms))]));
  }

  /** Typo lookup: each word of 4 letters or more, under itself and each of its 1-deletion keys. */
  private get deletions(): Map<string, string[]> {
    if (this.deletionIndex) return this.deletionIndex;
    const index = new Map<string, string[]>();
    for (const w of this.vocabulary) {
      if (w.length < 4) continue;
      push(index, w, w);
      for (const key of deletionKeys(w)) push(index, key, w);
    }
    return (this.deletionIndex = index);
  }

  /** Builds the typo lookup and every fuse.js index now, rather than on the first typo; decodes a snapshot's units now, rather than on first read. */
  prepare(): void {
    if (this.state.positions) {
      const { facts, info, spans, bindings, names } = this.units;
      this.units = { facts: [...facts], info: [...info], spans: [...spans], bindings: [...bindings], names: [...names] };
    }
    void this.deletions;
    for (const letter of this.aliasRows.keys()) this.fuseFor(letter);
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

  private fuseFor(letter: string): Fuse<{ alias: string; id: string }> | undefined {
    const rows = this.aliasRows.get(letter);
    if (!rows) return undefined;
    let fuse = this.aliasFuse.get(letter);
    if (!fuse) this.aliasFuse.set(letter, (fuse = new Fuse(rows, { keys: ['alias'], includeScore: true, threshold: 0.4, ignoreLocation: true })));
    return fuse;
  }

  /** The in-scope entity a misspelt phrase most likely names (fuse.js finds candidates, edit distance decides). */
  fuzzyAlias(phrase: string): AliasHit | undefined {
    const limit = typoAllowance(phrase.length);
    if (limit === 0) return undefined;
    let best: AliasHit | undefined;
    let bestDistance = limit + 1;
    for (const hit of this.fuseFor(phrase[0]!)?.search(phrase, { limit: 8 }) ?? []) {
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
    return this.byReportedPlace.includes(placeId, i);
  }

  /** Whether fact i's words (title, summary, keywords, quotes, entity names) have this term. */
  hasTerm(i: number, term: string): boolean {
    return this.byTerm.includes(term, i);
  }
  /** Whether the sentence before passage i has this term. */
  hasContextTerm(i: number, term: string): boolean {
    return this.byContextTerm.includes(term, i);
  }
  factsWithContextTerm(term: string): readonly number[] {
    return this.byContextTerm.get(term) ?? [];
  }
  hasTitleTerm(i: number, term: string): boolean {
    return this.byTitleTerm.includes(term, i);
  }
  hasPair(i: number, pair: string): boolean {
    return this.byPair.includes(pair, i);
  }
  /** The countries fact i ties its attribute words to (see neighbours.ts). */
  bindings(i: number): Bindings {
    return this.units.bindings[i] ?? NO_BINDINGS;
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
    return this.byYear.get(String(year)) ?? [];
  }
  /** Whether some intent's keywords hold the term ("sign", "visit"): a word of how a question asks, not of its subject. */
  isIntentWord(term: string): boolean {
    for (const terms of this.intentTerms.values()) if (terms.has(term)) return true;
    return false;
  }

  /** How rare a term is across facts: rarer terms weigh more. */
  weight(term: string): number {
    const n = this.byTerm.get(term)?.length ?? 0;
    return Math.log(1 + this.facts.length / (1 + n));
  }
  sameAbout(f: Fact): Fact[] {
    if (!f.about) return [f];
    this.byAboutMap ??= new Map(this.summary.about);
    return this.byAboutMap.get(f.about)?.map((i) => this.facts[i]!) ?? [f];
  }
  /** The terms of the words of people's names and aliases ("berdimuhamedov"): a question's name word is never optional. Made on first use. */
  get personWords(): Set<string> {
    this.personWordSet ??= new Set(
      this.state.wordListed?.personWords ??
        [...this.entities.values()]
          .filter((e) => e.type === 'person')
          .flatMap((e) => [e.name, ...e.aliases].flatMap((a) => words(fold(a))))
          .filter((w) => !this.lexicon.isStopword(w) && !isEnglishWord(w))
          .map((w) => this.lexicon.term(w)),
    );
    return this.personWordSet;
  }
  private personWordSet: Set<string> | undefined;

  /**
   * The terms of the nouns that head an organisation's name ("department" of "Tajik MFA information department",
   * "council" of "Council of Foreign Ministers"; no office word): "which department …" asks for one. Made on first use.
   */
  get organisationHeads(): Set<string> {
    this.organisationHeadSet ??= new Set(
      this.state.wordListed?.organisationHeads ??
        [...this.entities.values()]
          .filter((e) => e.type === 'organisation' && this.inScope.has(e.id))
          .flatMap((e) => {
            const ws = words(fold(e.name));
            const of = ws.indexOf('of');
            const head = of > 0 ? ws[of - 1] : ws[ws.length - 1];
            return head && !this.lexicon.isStopword(head) && isEnglishWord(head) ? [this.lexicon.term(head)] : [];
          })
          .filter((t) => !this.lexicon.roles.has(t)),
    );
    return this.organisationHeadSet;
  }
  private organisationHeadSet: Set<string> | undefined;

  /** Both word-list sets, as the state saves them. */
  wordListed(): WordListed {
    return { personWords: [...this.personWords], organisationHeads: [...this.organisationHeads] };
  }

  /** The kinds of the facts that name an entity (or whose document does), made per entity on first use. */
  kindsAbout(id: string): ReadonlySet<FactKind> {
    let kinds = this.entityKinds.get(id);
    if (!kinds) this.entityKinds.set(id, (kinds = new Set(this.factsWithEntity(id).map((i) => this.facts[i]!.kind))));
    return kinds;
  }
  private readonly entityKinds = new Map<string, Set<FactKind>>();

  /** A fact's position in `facts` (the index every posting list holds). */
  positionOf(f: Fact): number {
    return this.position.get(f)!;
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
    this.byIdMap ??= new Map(this.summary.ids ? this.summary.ids.split('\n').map((x, i) => [x, i]) : []);
    const i = this.byIdMap.get(id);
    return i === undefined ? undefined : this.facts[i];
  }
  /** What a fact's quotes say (see UnitInfo). */
  unit(f: Fact): UnitInfo {
    return this.info[this.position.get(f)!]!;
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

function deletionKeys(w: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < w.length; i++) keys.push(w.slice(0, i) + w.slice(i + 1));
  return keys;
}
