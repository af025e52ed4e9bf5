// "So what share is that?" after "only 504 of 971 km delineated": the part over the whole, in per cent, said to
// be worked out from the quote (as a remainder is: see remainderOf in combine.ts).
import type { Answer } from './answer.js';
import { built, type Finder } from './combine.js';
import type { KnowledgeBase } from './knowledge.js';
import { fold, words } from './normalise.js';
import type { Fact } from './schema.js';
import type { Understanding } from './understand.js';

/** Figures that are themselves shares: a unit giving one states the share, and is looked up as it is. */
const SHARE_UNITS = new Set(['percent', 'fraction']);

/**
 * The share asked, from the first of `before` (the answer before) or else of the question's best unit whose
 * sentence gives exactly a whole and a part of it in one unit and no share of its own.
 */
export function shareOf(kb: KnowledgeBase, u: Understanding, find: Finder, before: Fact[] = []): Answer | undefined {
  const q = ` ${words(fold(u.question)).join(' ')} `;
  if (!kb.lexicon.forms.share.some((p) => q.includes(` ${p} `))) return undefined;
  const pool = [...before, ...find(u).map((s) => s.fact)];
  for (const fact of pool.slice(0, before.length + 1)) {
    const all = kb.unit(fact).quantities;
    if (all.some((x) => SHARE_UNITS.has(x.unit))) continue;
    const exact = all.filter((x) => !x.approx && !x.planned);
    const [whole, part] = [...exact].sort((a, b) => b.value - a.value);
    if (exact.length !== 2 || !whole || !part || whole.unit !== part.unit || !part.value) continue;
    const share = Math.round((part.value / whole.value) * 100);
    return built(u, [fact], `${share} %`, kb.wording.say('share', { share, part: part.text, whole: whole.text, summary: fact.summary }), kb);
  }
  return undefined;
}
