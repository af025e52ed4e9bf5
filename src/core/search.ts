// Finding the facts a question is about: candidates from the indexes, then a score for each.
import type { KnowledgeBase } from './knowledge.js';
import type { Understanding } from './understand.js';
import type { Bindings } from './neighbours.js';
import { slotLead } from './slots.js';
import { overlaps } from './dates.js';

type Span = { from: string; to: string };
import type { Fact } from './schema.js';

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
};

/**
 * Unknown words weigh as much as the rarest known term of the question, and unknown names (capitalised
 * mid-sentence) three times that: a name the base lacks is a strong sign it lacks the answer.
 */
const UNKNOWN_WEIGHT = 1;
const NAME_WEIGHT = 3;

/** Entities that must be in a fact: countries, people and organisations narrow; places only add to the score ("the Dushanbe Agreement"). */
function requiredEntities(u: Understanding): string[] {
  return u.mentions.filter((m) => m.entity.type !== 'place').map((m) => m.entity.id);
}

function intersect(lists: (readonly number[])[]): number[] {
  if (!lists.length) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const sets = rest.map((l) => new Set(l));
  return first!.filter((i) => sets.every((s) => s.has(i)));
}

/** Fact positions worth scoring, taken from the narrowest index that applies. */
export function candidates(kb: KnowledgeBase, u: Understanding): number[] {
  const required = requiredEntities(u);
  if (required.length) return intersect(required.map((id) => kb.factsWithEntity(id)));
  const pool = new Set<number>();
  if (u.monthDays.length) for (const md of u.monthDays) kb.factsOnMonthDay(md.monthDay).forEach((i) => pool.add(i));
  else if (u.spans.length) {
    for (const s of u.spans) {
      const [from, to] = [Number(s.from.slice(0, 4)), Number(s.to.slice(0, 4))];
      for (let y = from; y <= Math.min(to, from + 200); y++) kb.factsInYear(y).forEach((i) => pool.add(i));
    }
  } else {
    for (const m of u.mentions) kb.factsWithEntity(m.entity.id).forEach((i) => pool.add(i));
    for (const t of u.terms) kb.factsWithTerm(t.term).forEach((i) => pool.add(i));
  }
  return [...pool];
}

/**
 * Whether a fact's date fits the dates the question names (and avoids the ones it excludes).
 * `within`: the fact must fall inside a named date, not merely overlap it ("what happened in 2004"
 * should not list a 1993–2013 range).
 */
export function dateFits(spans: Span[], u: Understanding, within = false, name = ''): boolean {
  if (u.excluded.length && spans.length && spans.every((s) => u.excluded.some((x) => overlaps(s, x)))) return false;
  const fits = within ? (s: Span, q: Span) => q.from <= s.from && s.to <= q.to : overlaps;
  const asked = u.spans.filter((q) => !name.includes(q.text));
  if (asked.length && !spans.some((s) => asked.some((q) => fits(s, q)))) return false;
  const onMonthDay = (s: Span, md: string) => s.from.length === 10 && s.from.slice(0, 7) === s.to.slice(0, 7) && s.from.slice(5) <= md && md <= s.to.slice(5);
  if (u.monthDays.length && !spans.some((s) => u.monthDays.some((md) => onMonthDay(s, md.monthDay)))) return false;
  return true;
}

/**
 * Whether the fact ties a word to other countries than the question does: asked for "the capital of
 * Tajikistan", a fact about "Kazakhstan's capital" is about something else.
 */
function contradicts(question: Bindings, fact: Bindings): boolean {
  for (const [term, countries] of question) {
    const inFact = fact.get(term);
    if (inFact && ![...countries].some((c) => inFact.has(c))) return true;
  }
  return false;
}

/** Scores candidates against the question; best first. */
export function rank(kb: KnowledgeBase, u: Understanding, opts: { within?: boolean } = {}): Scored[] {
  const known = u.terms.filter((t) => t.known);
  const maxWeight = Math.max(1, ...known.map((t) => kb.weight(t.term)));
  // A known word no fact contains ("happen", "tell") is question vocabulary: it neither helps nor hurts.
  const weightOf = (t: Understanding['terms'][number]) =>
    t.known ? (kb.factsWithTerm(t.term).length ? kb.weight(t.term) : 0) : t.name ? NAME_WEIGHT * maxWeight : UNKNOWN_WEIGHT * maxWeight;
  // "Signed in Dushanbe" may not be in the fact's own words, but it is in a report from Dushanbe: half
  // credit for that — none when the fact names a place of its own (then that is where it happened).
  const ownPlace = (i: number) => kb.facts[i]!.entities.some((e) => kb.entity(e)?.type === 'place');
  const credit = (i: number, t: Understanding['terms'][number]) =>
    kb.factTerms[i]!.has(t.term) ? 1 : t.place !== undefined && !ownPlace(i) && kb.sourceNamesPlace(kb.facts[i]!.source, t.place) ? 0.5 : 0;
  const total = u.terms.reduce((sum, t) => sum + weightOf(t), 0);
  const intentTerms = kb.intentTerms.get(u.intent.name) ?? new Set<string>();
  const topic = u.terms.filter((t) => !intentTerms.has(t.term));
  const topicTotal = topic.reduce((sum, t) => sum + weightOf(t), 0);
  // The most specific word of a name: places only when the name has nothing else ("the Dushanbe Agreement").
  const heaviest = (ts: Understanding['terms']) => ts.reduce<Understanding['terms'][number] | undefined>((best, t) => (!best || weightOf(t) > weightOf(best) ? t : best), undefined);
  const keyTopic = heaviest(topic.filter((t) => !t.place)) ?? heaviest(topic);
  const softEntities = u.mentions.filter((m) => m.entity.type === 'place');
  const kinds = u.intent.kinds;
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));

  const scored: Scored[] = [];
  for (const i of candidates(kb, u)) {
    const fact = kb.facts[i]!;
    if (!dateFits(kb.spans[i]!, u, opts.within, kb.factNames[i])) continue;
    if (contradicts(u.bound, kb.factBindings[i]!)) continue;
    const hit = u.terms.reduce((sum, t) => sum + credit(i, t) * weightOf(t), 0);
    const coverage = total > 0 ? hit / total : 1;
    const topicCoverage = topicTotal > 0 ? topic.reduce((sum, t) => sum + credit(i, t) * weightOf(t), 0) / topicTotal : 1;
    const titleHit = total > 0 ? u.terms.reduce((sum, t) => sum + (kb.titleTerms[i]!.has(t.term) ? weightOf(t) : 0), 0) / total : 0;
    const kindMatch = kinds.length === 0 || kinds.includes(fact.kind);
    let score = coverage * 3 + titleHit + (kindMatch ? 1 : 0);
    score += softEntities.filter((m) => fact.entities.includes(m.entity.id)).length * 0.5;
    score += [...u.pairs].filter((p) => kb.factPairs[i]!.has(p)).length * 0.4;
    // What the question asks for (or the intent leads with) should be in the fact.
    if (slotLead(kb, fact, u.asks ?? u.intent.answers, u) !== undefined) score += 0.3;
    if (u.asks === 'date' && !fact.date) score -= 2;
    if (u.asks === 'value' && !fact.value) score -= 0.5;
    if (u.asks === 'person' && !fact.entities.some((e) => kb.entity(e)?.type === 'person' && !mentioned.has(e))) score -= 0.5;
    if (u.asks === 'place' && !fact.entities.some((e) => kb.entity(e)?.type === 'place' && !mentioned.has(e))) score -= 1;
    // Fewer entities the question did not name: a closer fit.
    score -= fact.entities.filter((e) => !mentioned.has(e)).length * 0.01;
    const hasKeyTopic = !keyTopic || kb.factTerms[i]!.has(keyTopic.term);
    scored.push({ fact, index: i, coverage, topicCoverage, hasKeyTopic, kindMatch, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.index - b.index);
}
