// Finding the facts a question is about: candidates from the indexes, then a score for each.
import type { KnowledgeBase } from './knowledge.js';
import type { Term, Understanding } from './understand.js';
import type { Bindings } from './neighbours.js';
import { holdsOfficeOnce, holdsSlot, namedByOffice, people } from './slots.js';
import { factSpans, overlaps, spanOf } from './dates.js';
import { fold } from './normalise.js';
import { perUnit } from './per-unit.js';

type Span = { from: string; to: string };
import type { Entity, Fact } from './schema.js';
import { ENGINE_OPTIONS } from './options.js';

export type Scored = {
  fact: Fact;
  index: number;
  /** Share (0–1) of the question's content, by weight, that the fact accounts for. */
  coverage: number;
  /** The same share over the topic words alone (not the intent's own keywords): what the question is about. */
  topicCoverage: number;
  /** Whether the fact's own words have the question's most specific topic word (the rarest in the base). */
  hasKeyTopic: boolean;
  kindMatch: boolean;
  score: number;
  /** The question's weighing words the fact does not account for at all (neither it nor its context has them). */
  missing: Term[];
};

const {
  unknownWeight: UNKNOWN_WEIGHT,
  nameWeight: NAME_WEIGHT,
  contextCredit: CONTEXT_CREDIT,
  coverageWeight: COVERAGE_WEIGHT,
  kindWeight: KIND_WEIGHT,
  headlinePenalty: HEADLINE_PENALTY,
  deputyPenalty: DEPUTY_PENALTY,
  tie: TIE,
  narrowerAmong: NARROWER_AMONG,
  referencePenalty: REFERENCE_PENALTY,
  plannedPenalty: PLANNED_PENALTY,
} = ENGINE_OPTIONS;

/** Entities that must be in a fact: countries, people and organisations narrow; places only add to the score ("the Dushanbe Agreement"). */
function requiredEntities(u: Understanding): string[] {
  return u.mentions.filter((m) => m.entity.type !== 'place').map((m) => m.entity.id);
}

/** A passage's group reference ("The ministers agreed …"): the people of its report it may stand for, and the office words of its phrase. */
const groupOf = perUnit((kb, i) => {
  const unit = kb.info[i]!;
  const phrase = unit.passage ? kb.lexicon.groupIn(unit.passage.quote) : undefined;
  // Those of its report: named elsewhere in it, or in the headline or sentence before, whose names the unit carries.
  const around = unit.passage ? kb.facts[i]!.entities.filter((e) => !unit.passage!.entities.includes(e)) : [];
  return {
    group: phrase !== undefined ? [...unit.context, ...around] : [],
    offices: phrase ? kb.lexicon.terms(phrase).filter((t) => kb.lexicon.roles.has(t)) : [],
  };
});

/**
 * People the question names must be named by the unit itself: a passage's own sentence, not its headline or
 * the sentence before ("…the visit of President Japarov" then "consultations on March 3" is no date of his visit).
 */
function namesPeople(kb: KnowledgeBase, i: number, u: Understanding): boolean {
  if (!u.mentions.some((m) => m.entity.type === 'person')) return true;
  const fact = kb.facts[i]!;
  const unit = kb.info[i]!;
  const own = unit.passage?.entities ?? fact.entities;
  // "The ministers agreed …" is about the ministers its report named, not the president it also names.
  const { group, offices } = groupOf(kb, i);
  // A person of no country is one of "the ministers" only when the sources show them holding that office.
  const inGroup = (p: Entity) => group.includes(p.id) && (!offices.length || offices.some((r) => holdsOfficeOnce(kb, p, [r], p.country ? [p.country] : [])));
  // A person named only in the occasion ("during Mirziyoyev's visit") need not be in the sentence of what was done then.
  return u.mentions.every(
    (m) => m.entity.type !== 'person' || m.occasion || own.includes(m.entity.id) || inGroup(m.entity) || namedByOffice(kb, fact, m.entity),
  );
}

/**
 * A sentence that names two countries or more itself is about them: a country the question asks for that only the
 * sentences around it name is no party to it ("Borduria and Syldavia signed a fisheries agreement" is none with Zembla).
 * So is a sentence that names one country itself and none of those asked: "Borduria allocated 5 million" tells
 * nothing of what Zembla allocated, though the report names Zembla elsewhere.
 */
function ofCountries(kb: KnowledgeBase, i: number, u: Understanding): boolean {
  const own = kb.info[i]!.passage?.entities;
  if (!own) return true;
  const countries = own.filter((e) => kb.entity(e)?.type === 'country');
  // (A person or place of the country names it too: "Ivan Petrov said …" of Zembla's minister.)
  const names = (c: string) => countries.includes(c) || own.some((e) => kb.entity(e)?.country === c);
  const asked = u.mentions.filter((m) => m.entity.type === 'country' && !m.occasion).map((m) => m.entity.id);
  if (countries.length === 1 && asked.length > 0) return asked.some(names);
  return countries.length < 2 || asked.every(names);
}

/** Whether the unit names every person asked itself, not as one of "the ministers" or by office. */
export function namesPeopleOutright(kb: KnowledgeBase, i: number, u: Understanding): boolean {
  const own = kb.info[i]!.passage?.entities ?? kb.facts[i]!.entities;
  return u.mentions.every((m) => m.entity.type !== 'person' || m.occasion || own.includes(m.entity.id));
}

/** Whether a unit is its source's headline (the first passage, worded as the title). */
const isHeadline = perUnit((kb, i) => {
  const p = kb.info[i]!.passage;
  return p?.index === 0 && fold(p.quote) === fold(kb.source(kb.facts[i]!.source).title);
});

/** The common positions of posting lists, which are sorted ascending. */
function intersect(lists: (readonly number[])[]): number[] {
  if (!lists.length) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let common = [...first!];
  for (const list of rest) {
    const next: number[] = [];
    for (let a = 0, b = 0; a < common.length && b < list.length; ) {
      if (common[a]! < list[b]!) a++;
      else if (common[a]! > list[b]!) b++;
      else {
        next.push(common[a]!);
        a++;
        b++;
      }
    }
    common = next;
  }
  return common;
}

/** Fact positions worth scoring, taken from the narrowest index that applies. */
export function candidates(kb: KnowledgeBase, u: Understanding, needed: readonly Term[] = u.terms): number[] {
  const required = requiredEntities(u);
  if (required.length) return intersect(required.map((id) => kb.factsWithEntity(id)));
  const pool = new Set<number>();
  if (u.monthDays.length) for (const md of u.monthDays) kb.factsOnMonthDay(md.monthDay).forEach((i) => pool.add(i));
  for (const s of u.spans) {
    const [from, to] = [Number(s.from.slice(0, 4)), Number(s.to.slice(0, 4))];
    for (let y = from; y <= Math.min(to, from + 200); y++) kb.factsInYear(y).forEach((i) => pool.add(i));
  }
  // A date may be part of a name ("the programme for 2021-2022"): the words find those facts.
  for (const t of needed) kb.factsWithTerm(t.term).forEach((i) => pool.add(i));
  if (!pool.size) for (const m of u.mentions) kb.factsWithEntity(m.entity.id).forEach((i) => pool.add(i));
  return [...pool];
}

/**
 * The heaviest words of the question whose weight is over half of it: a fact with none of them cannot
 * account for half the question, so only facts with one of them are worth scoring (their postings are short).
 */
function neededTerms(terms: readonly Term[], weightOf: (t: Term) => number, total: number): Term[] {
  const needed: Term[] = [];
  let sum = 0;
  for (const t of [...terms].sort((a, b) => weightOf(b) - weightOf(a))) {
    if (sum > total * (1 - MIN_SHARE) || weightOf(t) === 0) break;
    needed.push(t);
    sum += weightOf(t);
  }
  return needed;
}

/** The years a question's dates begin and end in, once per question (dateFits is called per candidate). */
const spanYears = new WeakMap<Understanding['spans'], { from: string; to: string }[]>();
function yearsOf(spans: Understanding['spans']): { from: string; to: string }[] {
  let years = spanYears.get(spans);
  // (Remade if the list has grown since: a question's dates are read whole before ranking, but cheaply safe.)
  if (!years || years.length !== spans.length) spanYears.set(spans, (years = spans.map((q) => ({ from: q.from.slice(0, 4), to: q.to.slice(0, 4) }))));
  return years;
}

/**
 * Whether a fact's date fits the dates the question names (and avoids the ones it excludes).
 * `within`: the fact must fall inside a named date, not merely overlap it ("what happened in 2004"
 * should not list a 1993–2013 range).
 */
export function dateFits(spans: Span[], u: Understanding, within = false, name = ''): boolean {
  if (u.excluded.length && spans.length && spans.every((s) => u.excluded.some((x) => overlaps(s, x)))) return false;
  const fits = within ? (s: Span, q: Span) => q.from <= s.from && s.to <= q.to : overlaps;
  // A date of the question that is part of the fact's name ("the 2021-22 programme" of "… for 2021-2022") names it.
  // (The spans' years are the question's, worked out once per question rather than per candidate.)
  const years = yearsOf(u.spans);
  const inName = (n: number) =>
    name.includes(u.spans[n]!.text) || (years[n]!.from !== years[n]!.to && name.includes(years[n]!.from) && name.includes(years[n]!.to));
  let asked = 0;
  let fitting = false;
  for (let n = 0; n < u.spans.length && !fitting; n++) {
    if (inName(n)) continue;
    asked++;
    const q = u.spans[n]!;
    fitting = spans.some((s) => fits(s, q));
  }
  if (asked && !fitting) return false;
  const onMonthDay = (s: Span, md: string) => s.from.length === 10 && s.from.slice(0, 7) === s.to.slice(0, 7) && s.from.slice(5) <= md && md <= s.to.slice(5);
  if (u.monthDays.length && !spans.some((s) => u.monthDays.some((md) => onMonthDay(s, md.monthDay)))) return false;
  return true;
}

/**
 * When a fact held, for matching the dates a question names: its own date; for an undated office ("Nurtleu is
 * foreign minister") or an undated sentence of a report ("The document was signed by …"), the day its source
 * was published — what held or was reported then, not when it began. Lists of what happened in a period
 * ("within") use own dates only.
 */
function timeOf(kb: KnowledgeBase, i: number, within = false): Span[] {
  const own = kb.spans[i]!;
  const fact = kb.facts[i]!;
  if (own.length || within) return own;
  // An undated sentence also goes on about the date just before it ("The main trigger for the clashes was …").
  const near = factSpans(kb.info[i]!.nearDate).map((s) => ({ ...s, text: '' }));
  if (fact.kind !== 'office' && kb.info[i]!.origin !== 'passage') return near;
  const published = kb.source(fact.source).published.date;
  return published ? [spanOf(published), ...near] : near;
}

/**
 * Whether the fact ties a word to other countries than the question does: asked for "the capital of
 * Tajikistan", a fact about "Kazakhstan's capital" is about something else.
 */
export function contradicts(question: Bindings, fact: Bindings): boolean {
  for (const [term, countries] of question) {
    const inFact = fact.get(term);
    if (inFact && ![...countries].some((c) => inFact.has(c))) return true;
  }
  return false;
}

/**
 * Per base, one sum and one mark per unit for the quick pass of `rank` (and one for its filter by the needed words), zero between questions: made once, so a
 * question pays for its candidates only (a Map per question cost more than the scoring it saved).
 */
type Scratch = { sums: Float64Array; marks: Uint8Array; allowed: Uint8Array };
const scratches = new WeakMap<KnowledgeBase, Scratch>();
function scratchOf(kb: KnowledgeBase): Scratch {
  let scratch = scratches.get(kb);
  const n = kb.facts.length;
  if (!scratch) scratches.set(kb, (scratch = { sums: new Float64Array(n), marks: new Uint8Array(n), allowed: new Uint8Array(n) }));
  return scratch;
}

/** The least share of a question a fact must account for to answer anything (the engine's lowest bar). */
const MIN_SHARE = ENGINE_OPTIONS.minCoverage;

export const SHORTLIST = ENGINE_OPTIONS.shortlist;

/**
 * Scores candidates against the question; best first. On a large base, a first pass ranks candidates
 * by their words alone and only the `limit` best get the full score (lists pass Infinity).
 */
export function rank(kb: KnowledgeBase, u: Understanding, opts: { within?: boolean; limit?: number } = {}): Scored[] {
  // A planned unit meets a plan word only when it is itself about what the question asks ("trade", not "the railway").
  const plansAsked = (i: number) => u.terms.some((o) => !plans(o) && kb.hasTerm(i, o.term));
  // Words that ask for a plan: "target" always, "supposed" / "expected" in a "when" question (not "expected to cost").
  const plans = (t: Term) => kb.lexicon.planWords.has(t.term) || (u.asks === 'date' && kb.lexicon.scheduleWords.has(t.term));
  const known = u.terms.filter((t) => t.known);
  const maxWeight = Math.max(1, ...known.map((t) => kb.weight(t.term)));
  // A known word no fact contains ("happen", "tell") is question vocabulary: it neither helps nor hurts (a plan
  // word is met by the planned units).
  const weights = new Map(
    u.terms.map((t) => [
      t,
      t.known ? (kb.factsWithTerm(t.term).length ? kb.weight(t.term) : 0) : t.name || t.unheard ? NAME_WEIGHT * maxWeight : UNKNOWN_WEIGHT * maxWeight,
    ]),
  );
  // A plan word says how the thing is asked about ("the trade target"), not what: it weighs no more than the
  // lightest word of the question, so a planned sentence about something else cannot answer on it alone.
  const lightest = Math.min(...u.terms.filter((t) => !plans(t) && weights.get(t)! > 0).map((t) => weights.get(t)!));
  for (const t of u.terms) if (plans(t)) weights.set(t, Number.isFinite(lightest) ? Math.min(kb.weight(t.term), lightest) : 0);
  const weightOf = (t: Term) => weights.get(t)!;
  // "Signed in Dushanbe" may not be in the fact's own words, but it is in a report from Dushanbe: half
  // credit for that — none when the fact names a place of its own (then that is where it happened).
  // A passage's previous sentence ("…signed a protocol." then "The document was signed by …") gets half credit too.
  // "The trade target", "when are they supposed to open": a unit the sources state as a plan accounts for the plan word.
  // "During the president's visit to Bishkek": the occasion's words date what is asked; any unit of a report that
  // tells of that occasion has them as context (the sentence of the visit itself no more than the others).
  const occasionSources = new Map<string, Set<string>>();
  const toldIn = (term: string) => {
    let sources = occasionSources.get(term);
    if (!sources) occasionSources.set(term, (sources = new Set(kb.factsWithTerm(term).map((i) => kb.facts[i]!.source))));
    return sources;
  };
  const credit = (i: number, t: Term) =>
    t.occasion
      ? toldIn(t.term).has(kb.facts[i]!.source) || (t.place !== undefined && kb.reportedFrom(i, t.place))
        ? CONTEXT_CREDIT
        : 0
      : kb.hasTerm(i, t.term) || (plans(t) && kb.facts[i]!.status === 'planned' && plansAsked(i))
        ? 1
        : (t.place !== undefined && kb.reportedFrom(i, t.place)) || kb.hasContextTerm(i, t.term)
          ? CONTEXT_CREDIT
          : 0;
  const total = u.terms.reduce((sum, t) => sum + weightOf(t), 0);
  const intentTerms = kb.intentTerms.get(u.intent.name) ?? new Set<string>();
  const topic = u.terms.filter((t) => !intentTerms.has(t.term));
  const topicTotal = topic.reduce((sum, t) => sum + weightOf(t), 0);
  // The most specific word of a name: places only when the name has nothing else ("the Dushanbe Agreement").
  const heaviest = (ts: Term[]) => ts.reduce<Term | undefined>((best, t) => (!best || weightOf(t) > weightOf(best) ? t : best), undefined);
  // (Nor the occasion's words: "during the visit" dates what is asked.)
  const keyTopic = heaviest(topic.filter((t) => !t.place && !t.occasion)) ?? heaviest(topic);
  const softEntities = u.mentions.filter((m) => m.entity.type === 'place');
  const kinds = u.intent.kinds;
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));
  // "When did they meet?" asks of what happened, unless it asks of a plan ("when was it expected to open?");
  // "where is trade now?" asks of what is, which a goal is not.
  const pastAsked =
    (u.present || u.words.some((w) => kb.lexicon.pastAuxiliaries.has(w))) &&
    !u.terms.some((t) => kb.lexicon.planWords.has(t.term) || kb.lexicon.scheduleWords.has(t.term));

  // Office words may be met by a unit naming their holder (see below), so no unit needs to have them.
  const byHolder = u.office.length > 0 && !u.mentions.some((m) => m.entity.type === 'person');
  const topical = u.terms.filter((t) => !t.occasion && !(byHolder && u.office.includes(t.term)));
  const needed = total > 0 ? neededTerms(topical, weightOf, total) : [];
  let pool = candidates(kb, u, needed);
  if (needed.length) {
    // Only facts with one of the needed words (or from a report on the needed place), tested from the smaller side.
    const postings = needed.flatMap((t) => [
      kb.factsWithTerm(t.term),
      kb.factsWithContextTerm(t.term),
      t.place !== undefined ? kb.factsReportedFrom(t.place) : [],
      plans(t) ? kb.planned : [],
    ]);
    if (postings.reduce((n, p) => n + p.length, 0) < pool.length) {
      // Marked in the base's scratch rather than gathered in a Set: no allocation per posting.
      const { allowed } = scratchOf(kb);
      for (const p of postings) for (const i of p) allowed[i] = 1;
      pool = pool.filter((i) => allowed[i] === 1);
      for (const p of postings) for (const i of p) allowed[i] = 0;
    } else pool = pool.filter((i) => needed.some((t) => credit(i, t) > 0));
  }
  if (u.sources) pool = pool.filter((i) => u.sources!.includes(kb.facts[i]!.source));
  const within = opts.within || u.within;
  // A question naming no date leaves every candidate in (dateFits would pass each). "What did they sign in 2010?"
  // asks for a signing in 2010: a unit dated by a period around it ("75 documents signed between 1993 and 2013")
  // does not say one happened then, so a stage asked of a date takes units dated inside it.
  const stage = u.terms.some((t) => kb.lexicon.stages.has(t.term));
  if (u.spans.length || u.excluded.length || u.monthDays.length)
    pool = pool.filter((i) => dateFits(timeOf(kb, i, within), u, within || (stage && kb.spans[i]!.length > 0), kb.factNames[i]));
  const limit = opts.limit ?? SHORTLIST;
  if (pool.length > limit && total > 0) {
    // Each candidate's weight of question words, in question order: summed along the words' postings when they are
    // shorter than testing each candidate for each word. Only candidates are counted, and only the best `limit` kept.
    const { sums, marks } = scratchOf(kb);
    const terms = u.terms.filter((t) => weightOf(t) > 0);
    const postingsLength = terms.reduce((n, t) => n + kb.factsWithTerm(t.term).length, 0);
    if (postingsLength < pool.length * terms.length) {
      for (const i of pool) marks[i] = 1;
      for (const t of terms) for (const i of kb.factsWithTerm(t.term)) if (marks[i]) sums[i] = sums[i]! + weightOf(t);
    } else {
      for (const i of pool) for (const t of terms) if (kb.hasTerm(i, t.term)) sums[i] = sums[i]! + weightOf(t);
    }
    const best = topK(
      pool.filter((i) => sums[i]! > 0),
      limit,
      (a, b) => sums[b]! - sums[a]! || a - b,
    );
    // Only the pool's entries were touched: clearing them leaves the scratch as it was found.
    for (const i of pool) {
      sums[i] = 0;
      marks[i] = 0;
    }
    pool = best;
  }

  const termWeights = u.terms.map(weightOf);
  const isTopic = u.terms.map((t) => topic.includes(t));
  const scored: Scored[] = [];
  for (const i of pool) {
    const fact = kb.facts[i]!;
    if (contradicts(u.bound, kb.bindings(i)) || !namesPeople(kb, i, u) || !ofCountries(kb, i, u)) continue;
    // "What did the Kyrgyz foreign minister say?": a unit naming the one who holds that office accounts for its words.
    const holder = byHolder && people(kb, fact, u).length > 0;
    // Each word's credit once, summed in question order for the whole question and for its topic words (a word of no credit is missing).
    let [hit, topicHit, titleSum] = [0, 0, 0];
    const credits = u.terms.map((t, n) => {
      const given = holder && u.office.includes(t.term) ? 1 : credit(i, t);
      const weighed = given * termWeights[n]!;
      hit += weighed;
      if (isTopic[n]) topicHit += weighed;
      if (total > 0) titleSum += kb.hasTitleTerm(i, t.term) ? termWeights[n]! : 0;
      return given;
    });
    const coverage = total > 0 ? hit / total : 1;
    const topicCoverage = topicTotal > 0 ? topicHit / topicTotal : 1;
    const titleHit = total > 0 ? titleSum / total : 0;
    const kindMatch = kinds.length === 0 || kinds.includes(fact.kind);
    let score = coverage * COVERAGE_WEIGHT + titleHit + (kindMatch ? KIND_WEIGHT : 0);
    score += softEntities.filter((m) => fact.entities.includes(m.entity.id)).length * 0.5;
    for (const p of u.pairs) if (kb.hasPair(i, p)) score += 0.4;
    // What the question asks for (or the intent leads with) should be in the fact.
    if (holdsSlot(kb, fact, u.asks ?? u.intent.answers, u)) score += 0.3;
    if (u.asks === 'date' && !fact.date) score -= 2;
    if (u.asks === 'value' && !fact.value) score -= 0.5;
    if (u.asks === 'person' && !fact.entities.some((e) => kb.entity(e)?.type === 'person' && !mentioned.has(e))) score -= 0.5;
    if (u.asks === 'place' && !fact.entities.some((e) => kb.entity(e)?.type === 'place' && !mentioned.has(e))) score -= 1;
    // A headline restates the report's news in short: where a sentence of the body fits as well, the body leads.
    if (isHeadline(kb, i)) score -= HEADLINE_PENALTY;
    if (pastAsked && fact.status === 'planned') score -= PLANNED_PENALTY;
    if (deputyOf(kb, i, u)) score -= DEPUTY_PENALTY;
    if (!namesPeopleOutright(kb, i, u)) score -= REFERENCE_PENALTY;
    // Fewer entities the question did not name: a closer fit.
    score -= fact.entities.filter((e) => !mentioned.has(e)).length * 0.01;
    const hasKeyTopic = !keyTopic || kb.hasTerm(i, keyTopic.term);
    const missing = u.terms.filter((_, n) => termWeights[n]! > 0 && credits[n] === 0);
    scored.push({ fact, index: i, coverage, topicCoverage, hasKeyTopic, kindMatch, score, missing });
  }
  const byScore = (a: Scored, b: Scored) => b.score - a.score || a.index - b.index;
  return narrowerLeads(scored.sort(byScore)) ? scored.sort(byScore) : scored;
}

/**
 * A fact whose quote is a part of another's and covers the question as well says just what was asked ("which received
 * the Embassy status in January 2001" beside the whole sentence, which also dates the mission's opening): it leads.
 */
function narrowerLeads(sorted: Scored[]): boolean {
  const within = (a: Fact, b: Fact) => a.source === b.source && a.quotes.every((q) => b.quotes.some((w) => w.length > q.length && w.includes(q)));
  let moved = false;
  // Only the leaders can be passed: a part of a sentence far down the list stays where it is.
  for (const t of sorted.slice(0, NARROWER_AMONG))
    for (const s of sorted)
      if (t.score >= s.score && s.coverage >= t.coverage && s.kindMatch === t.kindMatch && within(s.fact, t.fact)) {
        s.score = t.score + 2 * TIE; // past a tie: the whole sentence is no second reading of the question
        moved = true;
      }
  return moved;
}

/** Whether the unit gives the office the question asks with a "deputy" before it that the question did not say. */
function deputyOf(kb: KnowledgeBase, i: number, u: Understanding): boolean {
  const first = u.office[0];
  return first !== undefined && [...kb.lexicon.deputies].some((d) => !u.office.includes(d) && kb.hasPair(i, `${d}>${first}`));
}

/** The first `k` of `xs` in `order` (a total order), sorted: a bounded heap, so a long pool is never sorted whole. */
export function topK<T>(xs: readonly T[], k: number, order: (a: T, b: T) => number): T[] {
  if (xs.length <= k * 4) return [...xs].sort(order).slice(0, k);
  // A max-heap (by `order`) of the best k so far: its root is the worst of them.
  const heap: T[] = [];
  const worse = (a: T, b: T) => order(a, b) > 0;
  const up = (n: number) => {
    while (n > 0) {
      const parent = (n - 1) >> 1;
      if (!worse(heap[n]!, heap[parent]!)) break;
      [heap[n], heap[parent]] = [heap[parent]!, heap[n]!];
      n = parent;
    }
  };
  const down = (n: number) => {
    for (;;) {
      const [l, r] = [2 * n + 1, 2 * n + 2];
      let top = n;
      if (l < heap.length && worse(heap[l]!, heap[top]!)) top = l;
      if (r < heap.length && worse(heap[r]!, heap[top]!)) top = r;
      if (top === n) return;
      [heap[n], heap[top]] = [heap[top]!, heap[n]!];
      n = top;
    }
  };
  for (const x of xs) {
    if (heap.length < k) {
      heap.push(x);
      up(heap.length - 1);
    } else if (k > 0 && order(x, heap[0]!) < 0) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort(order);
}
