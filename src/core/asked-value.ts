// Which of a sentence's figures answers "how many / how much": "1,565 … boundary posts, 776 of which have been
// installed by the Kazakh side" holds two, and "how many did the Kazakh side install" asks for the second.
import type { KnowledgeBase } from './knowledge.js';
import type { Understanding } from './understand.js';
import { countedWord } from './forms.js';
import { clauseWords, fold } from './normalise.js';
import { tokenize } from './understand.js';
import type { Quantity } from './passages/index.js';
import type { Fact } from './schema.js';

export type AskedValue = { text: string; planned: boolean };

/** The units some quantity of the sources is counted in ("person", "document", "km"), once per base. */
const unitsOfBase = new WeakMap<KnowledgeBase, Set<string>>();
export function countedUnits(kb: KnowledgeBase): Set<string> {
  let units = unitsOfBase.get(kb);
  // From the base's summary made at build: a saved base need not decode every unit for it.
  if (!units) unitsOfBase.set(kb, (units = new Set(kb.countedUnits)));
  return units;
}

/** The unit a "how many <noun>" question counts in, when the sources count anything in it ("people"; not "trade"). */
export function askedUnit(kb: KnowledgeBase, u: Understanding): { unit: string; term: string } | undefined {
  if (u.asks !== 'value') return undefined;
  const word = countedWord(kb, u.question);
  if (!word) return undefined;
  const unit = kb.unitOfNoun(word);
  return countedUnits(kb).has(unit) ? { unit, term: kb.lexicon.term(word) } : undefined;
}

/** Whether a quantity is counted in the unit asked. */
export function inUnit(kb: KnowledgeBase, q: Quantity, asked: { unit: string; term: string }): boolean {
  return q.unit === asked.unit || kb.lexicon.term(q.unit) === asked.term;
}

/** Computed once per question and unit: ranking asks it of every candidate. */
const chosen = new WeakMap<Understanding, Map<number, AskedValue | null>>();

/**
 * The figure of a passage that answers the question: one counted in the unit asked (none: the passage gives no
 * number of that), a plan's figure only when a plan is asked and a reached one otherwise (when the sentence has
 * both), one in a unit that accounts for a word of the question ("volume": dollars; see `measuredIn`) when there is
 * one, and among those the one whose part of the sentence holds the most of the question's words and names.
 * A curated fact's value is its curator's, when its quotes count anything in the unit asked.
 */
export function askedValue(kb: KnowledgeBase, fact: Fact, u: Understanding): AskedValue | undefined {
  const unit = kb.unit(fact);
  if (unit.origin === 'curated' || !unit.passage || !unit.quantities.length) {
    if (!fact.value) return undefined;
    // "How many days did the fighting last?" is not answered by a curated count of the dead: the value must name
    // the unit asked, be given in it, or hold a figure of its quotes counted in it.
    const asked = askedUnit(kb, u);
    const { text, unit: given } = fact.value;
    const counts =
      !asked ||
      kb.lexicon.terms(text).includes(asked.term) ||
      (given !== undefined && kb.unitOfNoun(given) === asked.unit) ||
      unit.quantities.some((q) => inUnit(kb, q, asked) && text.includes(q.text));
    return counts ? { text, planned: fact.status === 'planned' } : undefined;
  }
  const i = kb.positionOf(fact);
  let known = chosen.get(u);
  if (!known) chosen.set(u, (known = new Map()));
  if (!known.has(i)) known.set(i, choose(kb, unit.passage.quote, unit.quantities, u) ?? null);
  return known.get(i) ?? undefined;
}

function choose(kb: KnowledgeBase, quote: string, quantities: Quantity[], u: Understanding): AskedValue | undefined {
  const asked = askedUnit(kb, u);
  const regions = regionsOf(kb, quote, quantities);
  let options = quantities.map((q, n) => ({ q, ...regions[n]! })).filter((o) => !asked || inUnit(kb, o.q, asked));
  if (!options.length) return undefined;
  const plan = u.terms.some((t) => kb.lexicon.planWords.has(t.term));
  const sameStatus = options.filter((o) => o.q.planned === plan);
  if (sameStatus.length) options = sameStatus;
  // "The trade volume": a figure in a unit that accounts for a word of the question ($560 million), not a growth in per cent.
  const measures = options.filter((o) => kb.lexicon.measuredIn.get(o.q.unit)?.some((t) => u.terms.some((x) => x.term === t)));
  if (measures.length) options = measures;
  // "By how much did trade grow?": the figure of the change ("up 12 percent"), not the level reached.
  const changes = options.filter((o) => o.change !== undefined && u.terms.some((t) => t.term === kb.lexicon.term(o.change!)));
  if (changes.length) options = changes;
  let best = options[0]!;
  if (options.length > 1) {
    const score = (region: string) => wordsIn(kb, region, u);
    let top = score(best.region);
    for (const o of options.slice(1)) {
      const s = score(o.region);
      if (s > top) [best, top] = [o, s];
    }
  }
  return { text: best.q.text, planned: best.q.planned };
}

/** Each quantity's part of the quote: from the figure before it to the figure after it, its own words left out,
 * and the change it is of when a change word stands right before it ("up 12 percent": an increase). */
function regionsOf(kb: KnowledgeBase, quote: string, quantities: Quantity[]): { region: string; change?: string }[] {
  const at: { start: number; end: number }[] = [];
  let from = 0;
  for (const q of quantities) {
    const start = Math.max(quote.indexOf(q.text, from), from);
    at.push({ start, end: start + q.text.length });
    from = start + q.text.length;
  }
  return at.map((s, n) => {
    const before = quote.slice(n ? at[n - 1]!.end : 0, s.start);
    const change = kb.lexicon.changeBefore(before);
    return { region: `${before} ${change ?? ''} ${quote.slice(s.end, at[n + 1]?.start ?? quote.length)}`, ...(change ? { change } : {}) };
  });
}

/** The weight of the question's words and names a part of a sentence holds. */
function wordsIn(kb: KnowledgeBase, text: string, u: Understanding): number {
  const items = tokenize(kb, clauseWords(fold(text)), { fuzzy: false });
  const terms = new Set<string>();
  const entities = new Set<string>();
  for (const it of items) {
    if ('entity' in it) entities.add(it.entity.id);
    else if (!kb.lexicon.isStopword(it.word)) terms.add(kb.lexicon.term(it.word));
  }
  // A name weighs as a word does: the fewer units name it, the more it tells ("Kyrgyzstan" little, "Osh" much).
  const rarity = (id: string) => Math.log(1 + kb.facts.length / (1 + kb.factsWithEntity(id).length));
  return (
    u.terms.reduce((sum, t) => sum + (terms.has(t.term) ? kb.weight(t.term) : 0), 0) +
    u.mentions.reduce((sum, m) => sum + (entities.has(m.entity.id) ? rarity(m.entity.id) : 0), 0)
  );
}
