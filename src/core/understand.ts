// From a question to what it asks: its entities, dates, content terms, the slot it wants and its intent.
import type { KnowledgeBase } from './knowledge.js';
import { findDates, shiftDay, type MonthDay, type Span } from './dates.js';
import { isEnglishWord } from './dictionary.js';
import { comparisonWords, confirmCue } from './forms.js';
import { measuredWord } from './measured.js';
import { clauseWords, editDistance, fold, stripSlackMarkup, words, wordsAt } from './normalise.js';
import type { AnswerSlot, Entity, Intent } from './schema.js';
import { bindingsOf, keysOf, pairsOf, type Bindings, type Item, type Key } from './neighbours.js';

/** Longer messages are cut to their question (see `focus`): nobody asks a 10,000-character question on purpose. */
export const MAX_QUESTION_CHARS = 500;

/** `occasion`: named only in the occasion asked about ("during Mirziyoyev's visit"), not as a party to what is asked. */
export type Mention = { entity: Entity; text: string; fuzzy: boolean; occasion?: boolean };
/** A content word of the question: `known` to the base (or corrected to a known word), a likely `name`, or part of a `place` (its entity id). */
export type Term = {
  term: string;
  word: string;
  known: boolean;
  name: boolean;
  /** An English word no source uses ("football"): the sources do not speak of it. */
  unheard?: boolean;
  /** A known word written with a capital inside the question ("the Council of Heads of State"): part of a name. */
  capitalised?: boolean;
  /** A word of the occasion asked about ("during the president's visit to Bishkek"): when it happened, not what. */
  occasion?: boolean;
  place?: string;
};

export type Understanding = {
  question: string;
  /** Every word of the question, folded, stopwords included. */
  words: string[];
  /** Entities named in scope (some fact refers to them) and out of scope (only the gazetteer knows them). */
  mentions: Mention[];
  outOfScope: Mention[];
  spans: Span[];
  excluded: Span[];
  monthDays: MonthDay[];
  /** What the question wants first, from its cue words ("when" → date). */
  asks?: AnswerSlot;
  terms: Term[];
  /** Adjacent pairs of terms and entity ids, in order: "kazakhstan>export" differs from "export>kazakhstan". */
  pairs: Set<string>;
  /** An office the question names, in order, with its qualifiers ("first president" → first, president). */
  office: string[];
  /** The day it was asked on (YYYY-MM-DD), when the caller gave one: what "will" happen comes after it. */
  today?: string;
  /** Whether it asks about now ("currently", "today's"), which dated sources cannot answer. */
  present: boolean;
  /** "the first time", "his second term": the position among like facts in date order (-1: the last). */
  ordinal?: number;
  /** The ordinal is said of the occasion ("during his first state visit"), not of what is asked. */
  ordinalOfOccasion?: boolean;
  /** Whether it asks when something ended. */
  end: boolean;
  /** Only facts whose date lies inside the spans, not ones that merely overlap them ("during it"). */
  within?: boolean;
  /** Only facts of these sources: "the Tajik MFA page says …", or a follow-up on "that page" (see conversation.ts). */
  sources?: string[];
  /** Terms of which every answering unit must have one: a follow-up's own words ("death toll?" after a question on a road). */
  required?: string[];
  /** Facts that do not answer: "anything else?" leaves out those the answer before gave. */
  besides?: string[];
  /** The countries words stand next to (see neighbours.ts). */
  bound: Bindings;
  /** "Which department reported …": the kind of organisation asked for, which the answer must name. */
  category?: string;
  /** The term of what the question measures ("how long is the border …": border), which the answer must say itself (see measured.ts). */
  measured?: string;
  intent: Intent;
};

const SLOT_PRIORITY: AnswerSlot[] = ['date', 'value', 'person', 'place', 'reason', 'summary'];
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'century', 'night', 'day']);
/** A time unit, or a slip of one of four letters or more ("last yaer" is last year, not the last of several). */
const isTimeUnit = (w: string) => TIME_UNITS.has(w) || (w.length >= 4 && [...TIME_UNITS].some((t) => editDistance(t, w, 1) === 1));

/** Compiled once per phrase: the phrases come from the lexicon and the intents, so the cache stays small. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character (code point) ending just before `at` is a letter or digit. */
function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Where a whole phrase stands in folded text (not inside a longer word), or -1. (A search, not a RegExp per phrase: compiling those cost a start ~20 ms.) */
function phraseAt(folded: string, phrase: string): number {
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (!letterBefore(folded, at) && (end >= folded.length || !LETTER_OR_DIGIT.test(String.fromCodePoint(folded.codePointAt(end)!)))) return at;
  }
  return -1;
}

/** Words and entities of a text in order: entity aliases (longest first) become their entity. */
export function tokenize(kb: KnowledgeBase, tokens: string[], opts: { fuzzy: boolean }): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    for (let n = Math.min(Math.max(1, kb.aliasWordsFrom(tokens[i]!)), tokens.length - i); n >= 1 && !matched; n--) {
      const phrase = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
      const exact = kb.alias(phrase);
      const entity = exact ?? (opts.fuzzy && n <= 2 ? misspeltAlias(kb, tokens.slice(i, i + n)) : undefined);
      if (entity) {
        out.push({ entity, text: phrase, fuzzy: !exact });
        i += n;
        matched = true;
      }
    }
    if (matched) continue;
    // A synonym phrase ("deal with") is one word: its parts alone mean other things.
    const n = kb.lexicon.phraseAt(tokens, i);
    out.push({ word: n ? tokens.slice(i, i + n).join(' ') : tokens[i]! });
    i += n || 1;
  }
  return out;
}

/**
 * "The Tajik MFA page", "what does the Tajik MFA list": a publisher named before a noun for a document says which
 * sources to answer from; it is no entity a fact must name. The items that named it, and those sources.
 */
function citedSources(kb: KnowledgeBase, items: Item[]): { by: Set<number>; sources: string[] } {
  // "the MFA page", "does the MFA list …": a document noun or a verb of what a document says.
  const { sources: nouns, reporting, citing } = kb.lexicon.followUp;
  const by = new Set<number>();
  const sources = new Set<string>();
  // The words just before an item, "the" left out: "according to (the) <publisher>".
  const wordsBefore = (n: number) => {
    const before: string[] = [];
    for (let i = n - 1; i >= 0; i--) {
      const x = items[i]!;
      if (!('word' in x)) break;
      if (x.word !== 'the') before.unshift(x.word);
    }
    return ` ${before.join(' ')}`;
  };
  // A document noun or a verb of saying after the name; a verb of saying needs what is said after it
  // ("treaties with Kazakhstan, list" asks for a list).
  const cuedAfter = (n: number) => {
    const at = items.findIndex((x, i) => i > n && (!('word' in x) || x.word !== 's'));
    const next = items[at];
    if (!next || !('word' in next)) return false;
    const said = items.slice(at + 1).some((x) => !('word' in x) || !kb.lexicon.isStopword(x.word));
    return nouns.includes(next.word) || (reporting.includes(next.word) && said);
  };
  items.forEach((it, n) => {
    if (!('entity' in it) || !(citing.some((c) => wordsBefore(n).endsWith(` ${c}`)) || cuedAfter(n))) return;
    const published = kb.sourcesPublishedBy(it.entity.id);
    if (!published.length) return;
    by.add(n);
    for (const id of published) sources.add(id);
  });
  return { by, sources: [...sources] };
}

/**
 * "Per the 2020 MFA page", "the 2025 Astana Times report": a date just before a document noun (with at most a
 * publisher's words between) dates the source, not what the question asks about. Such dates leave the spans, and
 * `published` holds the sources published within them; when no source was, the dates are read as usual.
 */
function sourceYears(kb: KnowledgeBase, folded: string, spans: Span[]): { spans: Span[]; published?: Set<string>; naming: string[] } {
  const nouns = kb.lexicon.followUp.sources;
  const naming: string[] = [];
  const ofSources = spans.filter((span) => {
    const at = phraseAt(folded, span.text);
    if (at < 0) return false;
    const after = words(folded.slice(at + span.text.length)).slice(0, 4);
    const noun = after.findIndex((w) => nouns.includes(w));
    const between = after.slice(0, Math.max(noun, 0));
    if (noun < 0 || !between.every((w) => !/\d/.test(w) && (!kb.lexicon.isStopword(w) || publisherWords(kb).has(w)))) return false;
    if (between.length) naming.push(between.join(' '));
    return true;
  });
  if (!ofSources.length) return { spans, naming: [] };
  const published = new Set(
    [...kb.sources.values()]
      .filter((s) => s.published.date && ofSources.some((span) => s.published.date >= span.from && s.published.date <= span.to))
      .map((s) => s.id),
  );
  return published.size ? { spans: spans.filter((span) => !ofSources.includes(span)), published, naming } : { spans, naming: [] };
}

/** Every word of the sources' publishers ("the astana times"), made once per base. */
const publisherWordSets = new WeakMap<KnowledgeBase, Set<string>>();
function publisherWords(kb: KnowledgeBase): Set<string> {
  let set = publisherWordSets.get(kb);
  if (!set) publisherWordSets.set(kb, (set = new Set([...kb.sources.values()].flatMap((s) => words(fold(s.publisher))))));
  return set;
}

/**
 * The entity a misspelt name stands for. A word the vocabulary corrects ("tajikstan" → "tajikistan")
 * is looked up as corrected; only a word nothing corrects goes to fuse.js over the aliases.
 */
function misspeltAlias(kb: KnowledgeBase, ws: string[]): Entity | undefined {
  if (ws.some((w) => kb.knowsWord(w) || /\d/.test(w)) || ws.join(' ').length < 5) return undefined;
  const corrected = ws.map((w) => kb.correctWord(w));
  if (ws.length === 1 && corrected[0]) return kb.alias(corrected[0]);
  return corrected.every((c) => c === undefined) ? kb.fuzzyAlias(ws.join(' '))?.entity : undefined;
}

/** The text with every whole-word occurrence of a phrase blanked out (its length kept, so positions still hold). */
function blankedOut(text: string, phrase: string): string {
  let at: number;
  while ((at = phraseAt(text, phrase)) >= 0) text = text.slice(0, at) + ' '.repeat(phrase.length) + text.slice(at + phrase.length);
  return text;
}

/** In a long message, the question itself: the last sentence that ends with a question mark, else the start. */
function focus(text: string): string {
  if (text.length <= MAX_QUESTION_CHARS) return text;
  const asked = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim().endsWith('?'));
  const question = asked[asked.length - 1];
  // A question ends at its mark, so a long one keeps its end; with no mark, the message's start.
  return question ? question.slice(-MAX_QUESTION_CHARS) : text.slice(0, MAX_QUESTION_CHARS);
}

export function understand(kb: KnowledgeBase, rawQuestion: string, today?: string): Understanding {
  const question = focus(stripSlackMarkup(rawQuestion).replace(/\s+/g, ' ').trim());
  let folded = ` ${misspeltCue(kb, fold(kb.lexicon.acronyms.reduce((q, [acronym, words]) => q.replace(acronym, words), question)))} `;
  // "…, right?", "…, is that correct?": the words that ask for confirmation are no topic (see forms.ts).
  const confirm = confirmCue(kb, question);
  if (confirm) {
    // Folded text keeps punctuation between the words ("…, is that right?"): cut where the cue's words start.
    const at = folded.search(new RegExp(`[^\\p{L}\\p{N}]${confirm.cue.join('[^\\p{L}\\p{N}]+')}[^\\p{L}\\p{N}]*$`, 'u'));
    if (at >= 0) folded = `${folded.slice(0, at)} `;
  }

  // "apart from June 2000": the dates after an exclusion phrase rule facts out instead of in.
  const excluded: Span[] = [];
  for (const phrase of kb.lexicon.exclusions) {
    let at: number;
    while ((at = phraseAt(folded, phrase)) >= 0) {
      const after = folded.slice(at + phrase.length);
      const clause = /^[^,.;?!]*/.exec(after)![0]!;
      excluded.push(...findDates(clause, kb.calendar, today).spans);
      folded = folded.slice(0, at) + ' '.repeat(phrase.length + clause.length) + after.slice(clause.length);
    }
  }

  // "Before 2020", "since 2010": a date after a bound word is open on that side.
  const bounded: Span[] = [];
  const { before, until, after, since, leadIns } = kb.lexicon.dateBounds;
  for (const [phrases, bound] of [
    [before, (s: Span) => ({ from: '0001-01-01', to: shiftDay(s.from, -1) })],
    [until, (s: Span) => ({ from: '0001-01-01', to: s.to })],
    [after, (s: Span) => ({ from: shiftDay(s.to, 1), to: '9999-12-31' })],
    [since, (s: Span) => ({ from: s.from, to: '9999-12-31' })],
  ] as const)
    for (const phrase of phrases) {
      const at = phraseAt(folded, phrase);
      if (at < 0) continue;
      const rest = folded.slice(at + phrase.length);
      const date = findDates(/^[^,.;?!]*/.exec(rest)![0]!, kb.calendar, today).spans[0];
      // "Before the 2020 appointment": the date of the occasion named after a lead-in word is the bound too.
      const leadIn = leadIns.find((w) => rest.trimStart().startsWith(`${w} `));
      const start = leadIn ? rest.trimStart().slice(leadIn.length).trimStart() : rest.trimStart();
      if (!date || !(rest.trimStart().startsWith(date.text) || (leadIn && start.startsWith(date.text)))) continue;
      bounded.push({ ...bound(date), text: `${phrase} ${date.text}` });
      const cut = rest.indexOf(date.text) + date.text.length;
      folded = folded.slice(0, at) + ' '.repeat(phrase.length + cut) + rest.slice(cut);
    }

  const clause = occasionClause(kb, folded);
  let asks = SLOT_PRIORITY.find((slot) =>
    kb.lexicon.asks.some((a) => a.slot === slot && phraseAt(clause ? folded.slice(0, clause.at) : folded, a.phrase) >= 0),
  );
  // "Which president…", "what foreign minister…": an office after which/what asks for a person.
  if (asks === 'summary' && asksForOfficeHolder(kb, words(folded))) asks = 'person';
  // "Which Kyrgyz official…": a noun for a person after which/what asks who, and is no topic (see personNouns).
  const personNoun = asks === 'summary' ? askedNoun(kb, words(folded), kb.lexicon.personNouns) : undefined;
  if (personNoun) asks = 'person';
  // "In which city", "what year": the cue names the slot, not the topic, so its words need not be in the answer.
  // (Value cues stay: "how long" is also what the fact must be about.)
  if (asks === 'date' || asks === 'place' || asks === 'person' || asks === 'reason') {
    for (const a of kb.lexicon.asks) {
      if (a.slot !== asks) continue;
      folded = blankedOut(folded, a.phrase);
    }
  }
  // "The number of wounded": asks how many, and "number" is no word the passage must hold.
  for (const phrase of kb.lexicon.figureOf) {
    if (phraseAt(folded, phrase) < 0) continue;
    folded = blankedOut(folded, phrase);
    if (!asks || asks === 'summary') asks = 'value';
  }
  const found = findDates(folded, kb.calendar, today);
  const { spans, published, naming } = sourceYears(kb, folded, found.spans);
  const { monthDays } = found;
  // The publisher's words before the document noun name the source, not what it is asked about.
  const rest = naming.reduce(blankedOut, found.rest);
  const items = tokenize(kb, clauseWords(rest), { fuzzy: true });

  const mentions: Mention[] = [];
  const outOfScope: Mention[] = [];
  const terms: Term[] = [];
  const capitalised = capitalisedWords(question);
  const cited = citedSources(kb, items);
  if (published) cited.sources = (cited.sources.length ? cited.sources : [...kb.sources.keys()]).filter((id) => published.has(id));
  // "What does the MFA page say …": saying is what the page does, not what the fact is about.
  const reporting = new Set(cited.sources.length ? kb.lexicon.followUp.reporting : []);
  const compared = comparisonWords(kb, question);
  for (const [n, it] of items.entries()) {
    if ('entity' in it && cited.by.has(n)) continue;
    if ('entity' in it) {
      const list = kb.inScope.has(it.entity.id) ? mentions : outOfScope;
      if (!list.some((m) => m.entity.id === it.entity.id)) list.push(it);
      // A place is no entity filter; its name counts as a word the fact must account for ("the Dushanbe Agreement").
      if (it.entity.type === 'place' && list === mentions) {
        for (const w of words(it.text))
          if (!kb.lexicon.isStopword(w)) terms.push({ term: kb.lexicon.term(w), word: w, known: true, name: false, place: it.entity.id });
      }
      continue;
    }
    const w = kindUsed(kb, it.word);
    if (kb.lexicon.isStopword(w) || reporting.has(w) || (w.length < 3 && !/\d/.test(w))) continue;
    // Ordinals and "end" say which fact and which part of its date; they are not what it is about
    // (an ordinal before an office is part of its name: "first deputy").
    const beforeOffice = kb.lexicon.roles.has(kb.lexicon.term(items[n + 1] && 'word' in items[n + 1]! ? (items[n + 1] as { word: string }).word : ''));
    if ((kb.lexicon.ordinals.has(w) && !beforeOffice) || kb.lexicon.ends.has(w)) continue;
    if (/^\d+$/.test(w)) {
      terms.push({ term: w, word: w, known: kb.factsWithTerm(w).length > 0, name: false });
      continue;
    }
    const known = kb.knowsWord(w);
    // "Which of the two is older?": a comparison's own word no source uses asks how, not about what.
    if (!known && compared.has(w)) continue;
    // A real word the base lacks is no typo of a word it has ("tall" is not "all", "match" is not "march"),
    // but may be another form of one ("officially" of "official", "created" of "create").
    const guess = known ? w : (derivedFrom(kb, w) ?? kb.correctWord(w));
    const english = !known && isEnglishWord(w);
    const corrected = english && guess && !(w.startsWith(guess) || guess.startsWith(w)) ? undefined : guess;
    const unheard = english && !corrected;
    // A short unknown word is more likely a slip ("wen") than a name the base lacks.
    if (!corrected && w.length <= 3 && !capitalised.has(w)) continue;
    // Two words run together ("goodneighbourly"): take them apart.
    const parts = corrected || unheard ? undefined : splitCompound(kb, w);
    if (parts) {
      for (const p of parts) if (!kb.lexicon.isStopword(p)) terms.push({ term: kb.lexicon.term(p), word: p, known: true, name: false });
      continue;
    }
    const use = corrected ?? w;
    if (kb.lexicon.isStopword(use)) continue;
    terms.push({
      term: kb.lexicon.term(use),
      word: use,
      known: corrected !== undefined,
      name: !corrected && capitalised.has(w),
      ...(unheard ? { unheard } : {}),
      ...(corrected === w && capitalised.has(w) ? { capitalised: true } : {}),
    });
  }

  const keys = keysOf(kb, items);
  const pairs = pairsOf(keys);
  const bound = bindingsOf(kb, keys);
  const office = officeOf(kb, keys);
  // "For the Uzbek side", "on behalf of Tajikistan" name the party (see slots.ts), not what the fact is about.
  for (let i = terms.length - 1; i >= 0; i--) if (kb.lexicon.sides.has(terms[i]!.term) && bound.has(terms[i]!.term)) terms.splice(i, 1);
  // "Paid an official visit", "pay tribute": the verb before its noun says nothing the noun does not.
  for (let i = terms.length - 1; i >= 0; i--)
    if (kb.lexicon.lightVerbs.has(terms[i]!.term) && terms.slice(i + 1, i + 3).some((t) => kb.lexicon.lightObjects.has(t.term))) terms.splice(i, 1);
  const all = words(fold(question));
  const present = all.some((w) => kb.lexicon.present.has(w));
  // "First deputy", "first president": an ordinal before an office is part of its name, not a position.
  // An ordinal at the very end is a verb or a stray word ("how long did the fighting last").
  // "Last year" is a time, not the last of several; after a pronoun it is a verb ("how many days did it last").
  const afterPronoun = (i: number) => i > 0 && kb.lexicon.followUp.subjects.includes(all[i - 1]!);
  const ordinals = all.map((w, i) =>
    i === all.length - 1 || afterPronoun(i) || kb.lexicon.roles.has(kb.lexicon.term(all[i + 1]!)) || isTimeUnit(all[i + 1]!)
      ? undefined
      : kb.lexicon.ordinals.get(w),
  );
  const ordinalAt = ordinals.findIndex((n) => n !== undefined);
  const ordinal = ordinals[ordinalAt];
  // "What was signed during his first state visit?": an ordinal after an occasion cue says which occasion.
  const cueAt = kb.lexicon.occasionCues.map((c) => wordsAt(all, c.split(' '))).filter((i) => i >= 0);
  const ofOccasion = ordinal !== undefined && cueAt.some((at) => ordinalAt > at);
  const end = all.some((w) => kb.lexicon.ends.has(w));
  // "The capital of Kazakhstan?", "which cities …": a noun that names a place asks for that place (and, as a
  // cue, need not be in the answer: "which cities signed" is answered by a quote naming two cities).
  // Not when "which" asks for another thing: "which treaty came out of the trip to the Kazakh capital?".
  const whichAt = all.findIndex((w) => w === 'which' || w === 'what');
  const whichNoun = whichAt >= 0 ? all.slice(whichAt + 1).find((w) => !kb.lexicon.isStopword(w)) : undefined;
  const asksOther =
    (!!whichNoun && whichAt === all.indexOf(whichNoun) - 1 && !kb.lexicon.placeNouns.has(whichNoun) && !kb.alias(whichNoun)) ||
    kb.lexicon.objectAuxiliaries.has(all[whichAt + 1] ?? '');
  if ((!asks || asks === 'summary') && !asksOther && all.some((w) => kb.lexicon.placeNouns.has(w))) asks = 'place';
  // "Where is trade now?": "where" of a quantity and nothing else asks how far it has got, a figure.
  const named = terms.filter((t) => !t.place);
  if (asks === 'place' && all.includes('where') && named.length && named.every((t) => kb.lexicon.levels.has(t.term))) asks = 'value';
  // Only "which cities" names the kind of answer; "the capital of X" is what the fact must be about.
  const category = new Set(all.filter((w, i) => kb.lexicon.placeNouns.has(w) && (all[i - 1] === 'which' || all[i - 1] === 'what')));
  if (asks === 'place') for (let i = terms.length - 1; i >= 0; i--) if (category.has(terms[i]!.word)) terms.splice(i, 1);
  if (personNoun) for (let i = terms.length - 1; i >= 0; i--) if (terms[i]!.word === personNoun) terms.splice(i, 1);
  // "What length of the border counts as delineated?": a measure after "what" asks for the figure, and is no topic
  // a fact must hold beside the others (the 971 km length is not what is delineated).
  const measure = all.find((w, i) => kb.lexicon.followUp.measures.includes(w) && (all[i - 1] === 'what' || all[i - 1] === 'which'));
  if (measure && (!asks || asks === 'summary' || asks === 'value')) {
    asks = 'value';
    const at = terms.findIndex((t) => t.word === measure);
    if (at >= 0 && terms.length > 1) terms.splice(at, 1);
  }
  // "What is Nurtleu's position?", "what does CICA stand for?": about a person or a body, these words ask who
  // or what it is, which the sources say of it; they are no topic a fact must hold.
  if (
    mentions.some((m) => m.entity.type === 'person' || m.entity.type === 'organisation') &&
    terms.length &&
    terms.every((t) => kb.lexicon.describes.has(t.word))
  )
    terms.length = 0;
  // "Foreign minister of Kazakhstan?": an office and nothing else asked is a question of who holds it.
  if (!asks && office.length && !terms.some((t) => !office.includes(t.term)) && !mentions.some((m) => m.entity.type === 'person')) asks = 'person';
  markOccasion(kb, question, terms, mentions, clause?.cue);
  // The occasion says when, not what kind of fact is asked for ("which cities signed … during the visit").
  const topical = terms.filter((t) => !t.occasion);
  const intent = chooseIntent(kb, { mentions, spans, monthDays, terms: topical.length ? topical : terms, asks, folded });
  const body = asks === 'summary' || asks === 'person' ? askedOrganisation(kb, all) : undefined;
  // Only a word some unit has: one none has already weighs as an unknown word.
  const measuredTerm = (w: string) => terms.find((t) => t.word === w && t.known && !t.place && !t.occasion && kb.factsWithTerm(t.term).length > 0);
  const measured = asks === 'value' || asks === 'summary' ? measuredWord(kb.lexicon, all, (w) => measuredTerm(w) !== undefined) : undefined;
  return {
    question,
    words: all,
    ...(ordinal !== undefined ? { ordinal } : {}),
    ...(ofOccasion ? { ordinalOfOccasion: true } : {}),
    end,
    mentions,
    outOfScope,
    spans: [...spans, ...bounded],
    excluded,
    monthDays,
    asks,
    terms,
    ...(cited.sources.length ? { sources: cited.sources } : {}),
    pairs,
    office,
    present,
    bound,
    ...(body ? { category: body } : {}),
    ...(measured ? { measured: measuredTerm(measured)!.term } : {}),
    ...(today ? { today } : {}),
    intent,
  };
}

/** Marks the terms and names of the words after an occasion cue ("during …", "on the sidelines of …"), to the clause's end. */
function markOccasion(kb: KnowledgeBase, question: string, terms: Term[], mentions: Mention[], clauseCue?: string): void {
  const folded = ` ${words(fold(question)).join(' ')} `;
  for (const cue of clauseCue ? [...kb.lexicon.occasionCues, clauseCue] : kb.lexicon.occasionCues) {
    const at = folded.indexOf(` ${cue} `);
    if (at < 0) continue;
    const before = new Set(words(folded.slice(0, at)));
    const clause = /^[^,.;?!]*/.exec(fold(question).slice(fold(question).indexOf(cue) + cue.length))?.[0] ?? '';
    const after = new Set(words(clause));
    for (const t of terms) if (after.has(t.word) && !before.has(t.word)) t.occasion = true;
    for (const m of mentions) {
      const named = words(fold(m.text));
      if (named.every((w) => after.has(w)) && !named.some((w) => before.has(w))) m.occasion = true;
    }
    return;
  }
}

/** A broad word no source uses ("disaster"), as the one kind of it the sources use ("floods"); else the word itself. */
function kindUsed(kb: KnowledgeBase, w: string): string {
  const kinds = kb.lexicon.broader.get(w);
  if (!kinds || kb.factsWithTerm(kb.lexicon.term(w)).length) return w;
  const used = [...new Set(kinds.map((k) => kb.lexicon.term(k)).filter((t) => kb.factsWithTerm(t).length))];
  return used.length === 1 ? kinds.find((k) => kb.lexicon.term(k) === used[0])! : w;
}

/**
 * "What was given attention when the ministers met?": a clause cue after the question's own cue (of another slot
 * than the date), with a clause after it; where it starts in the folded question, and the cue.
 */
function occasionClause(kb: KnowledgeBase, folded: string): { at: number; cue: string } | undefined {
  const ws = words(folded);
  const i = ws.findIndex((w, n) => n > 0 && kb.lexicon.clauseCues.has(w));
  if (i < 0 || ws.length - i < 3) return undefined;
  const opening = ws.slice(0, i).join(' ');
  const own = kb.lexicon.asks.filter((a) => a.slot !== 'date' && (opening === a.phrase || opening.startsWith(`${a.phrase} `)));
  if (!own.length || kb.lexicon.asks.some((a) => a.slot === 'date' && phraseAt(opening, a.phrase) >= 0)) return undefined;
  return { at: phraseAt(folded, ws[i]!), cue: ws[i]! };
}

/**
 * "Which department reported …", "what agency said …": asked who reported or said something, the head noun of an
 * organisation's name just after which/what names the kind of body asked for.
 */
function askedOrganisation(kb: KnowledgeBase, all: string[]): string | undefined {
  const at = all.findIndex((w) => w === 'which' || w === 'what');
  const reporting = new Set([...kb.lexicon.followUp.reporting, 'said'].map((w) => kb.lexicon.term(w)));
  const reports = all.some((w) => reporting.has(kb.lexicon.term(w)));
  if (at < 0 || !reports) return undefined;
  return all
    .slice(at + 1, at + 4)
    .map((w) => kb.lexicon.term(w))
    .find((t) => kb.organisationHeads.has(t));
}

/**
 * "wen did …", "wher was …": a first word one letter from exactly one one-word cue ("when"), before an auxiliary
 * ("did", "was"), is that cue — the only word that can stand there (though "wen" is a word, and no typo of a name).
 */
function misspeltCue(kb: KnowledgeBase, folded: string): string {
  const [first, second, ...rest] = folded.split(' ');
  // A question word of its own ("why", "how") is no slip.
  if (!first || !second || !kb.lexicon.forms.yesno.includes(second) || kb.lexicon.isStopword(first)) return folded;
  const cues = [...new Set(kb.lexicon.asks.filter((a) => !a.phrase.includes(' ') && editDistance(a.phrase, first) === 1).map((a) => a.phrase))];
  return cues.length === 1 ? [cues[0]!, second, ...rest].join(' ') : folded;
}

function asksForOfficeHolder(kb: KnowledgeBase, ws: string[]): boolean {
  return askedNoun(kb, ws, kb.lexicon.roles, (n) => kb.lexicon.term(n)) !== undefined;
}

/** A word of `nouns` within three words after which/what ("which Kyrgyz official"), when no auxiliary stands between. */
function askedNoun(kb: KnowledgeBase, ws: string[], nouns: ReadonlySet<string>, key = (n: string) => n): string | undefined {
  // "What did the presidents sign?" asks what, not which president: no auxiliary may stand between.
  const auxiliary = new Set(kb.lexicon.forms.yesno);
  for (const [i, w] of ws.entries()) {
    if (w !== 'which' && w !== 'what') continue;
    const next = ws.slice(i + 1, i + 4);
    const at = next.findIndex((n) => nouns.has(key(n)));
    if (at >= 0 && !next.slice(0, at).some((n) => auxiliary.has(n))) return next[at];
  }
  return undefined;
}

/** The office words of a question with the words just before them ("first president", "foreign minister"). */
function officeOf(kb: KnowledgeBase, keys: Key[]): string[] {
  const office: string[] = [];
  keys.forEach((k, i) => {
    if (!kb.lexicon.roles.has(k) || office.includes(k)) return;
    let start = i;
    while (start > Math.max(0, i - 2) && !keys[start - 1]!.startsWith('#') && !kb.entity(keys[start - 1]!)) start--;
    office.push(...keys.slice(start, i + 1));
  });
  return office;
}

/**
 * The known word a word is made from by a derivational ending of the lexicon ("officially" from "official"), or
 * the known word made from it so ("investment" from "invest").
 */
function derivedFrom(kb: KnowledgeBase, w: string): string | undefined {
  for (const end of kb.lexicon.derivations) {
    const base = w.slice(0, -end.length);
    if (w.endsWith(end) && base.length >= 4 && kb.knowsWord(base)) return base;
  }
  if (w.length >= 4) for (const end of kb.lexicon.derivations) if (kb.knowsWord(w + end)) return w + end;
  return undefined;
}

/** A word made of two known words of four letters or more, if there is exactly one such split. */
function splitCompound(kb: KnowledgeBase, w: string): [string, string] | undefined {
  if (w.length < 8) return undefined;
  const splits: [string, string][] = [];
  for (let i = 4; i <= w.length - 4; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (kb.knowsWord(a) && kb.knowsWord(b)) splits.push([a, b]);
  }
  return splits.length === 1 ? splits[0] : undefined;
}

/** Folded words written with a capital inside the question (not its first word): likely names. */
function capitalisedWords(question: string): Set<string> {
  const set = new Set<string>();
  const parts = question.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  parts.forEach((p, i) => {
    if (i > 0 && /^\p{Lu}/u.test(p)) for (const w of words(fold(p))) set.add(w);
  });
  return set;
}

type IntentInput = Pick<Understanding, 'mentions' | 'spans' | 'monthDays' | 'terms' | 'asks'> & { folded: string };

/**
 * Scores every intent by its keywords and required slots; the fallback wins when nothing scores.
 * A keyword of stopwords only ("what can you do") must stand in the question as a phrase; "@organisation"
 * scores when an organisation that facts of the intent's kinds are about is named.
 */
export function chooseIntent(kb: KnowledgeBase, u: IntentInput): Intent {
  const have = new Set(u.terms.map((t) => t.term));
  const countries = u.mentions.filter((m) => m.entity.type === 'country').length;
  const people = u.mentions.filter((m) => m.entity.type === 'person').length;
  let best: Intent | undefined;
  let bestScore = 0;
  for (const intent of kb.intents) {
    const ok = intent.requires.every((r) => {
      switch (r) {
        case 'country':
          return countries >= 1;
        case 'countryPair':
          return countries >= 2;
        case 'person':
          return people >= 1;
        case 'organisation':
          return u.mentions.some((m) => m.entity.type === 'organisation');
        case 'entity':
          return u.mentions.length > 0;
        case 'date':
          return u.spans.length > 0 || u.monthDays.length > 0;
        case 'words':
          return u.terms.length > 0;
      }
    });
    if (!ok) continue;
    // An exclusive intent ("help") is chosen only for a question made of its keywords alone: "what is Turkey helping with" is no request for help.
    if (intent.exclusive && (u.mentions.length || u.terms.some((t) => !kb.intentTerms.get(intent.name)?.has(t.term)))) continue;
    let score = 0;
    for (const { keyword, terms: kt, folded, words: size } of kb.keywordTerms.get(intent.name) ?? []) {
      if (keyword.startsWith('@')) {
        // Only an entity this intent's facts are about: naming Astana Hub is no question about memberships.
        const about = (m: Mention) => m.entity.type === keyword.slice(1) && intent.kinds.some((k) => kb.kindsAbout(m.entity.id).has(k));
        if (u.mentions.some(about)) score += 1;
        continue;
      }
      if (kt.length ? kt.every((t) => have.has(t)) : phraseAt(u.folded, folded) >= 0) score += kt.length || size;
    }
    if (score === 0 && !(intent.requires.length && intent.answers === u.asks)) continue;
    if (u.asks && intent.answers === u.asks) score += 0.5;
    score += intent.priority * 0.01;
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  return best ?? fallbackIntent(kb);
}

export function fallbackIntent(kb: KnowledgeBase): Intent {
  const f = kb.intents.find((i) => i.name === 'fallback');
  if (!f) throw new Error('intents/fallback.yaml is missing');
  return f;
}
