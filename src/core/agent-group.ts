// "Who set it?" of "the goal, set by their Heads of State, of …": the group a passive verb of the question names
// as its doer, when no person is named (see `groupReferences` in the lexicon).
import type { KnowledgeBase } from './knowledge.js';
import { fold, words } from './normalise.js';
import type { Fact } from './schema.js';
import type { Understanding } from './understand.js';

/** Words before a group that leave it the same group ("by the presidents", "by their Heads of State"). */
const DETERMINERS = ['the', 'their', 'both'];

/** The group, as the quote writes it, right after "<the question's verb> by"; undefined when there is none. */
export function agentGroup(kb: KnowledgeBase, fact: Fact, u: Understanding): string | undefined {
  const verbs = new Set(u.terms.map((t) => t.term));
  const groups = kb.lexicon.groupReferences.map((g) => g.split(' ')).filter((g) => DETERMINERS.includes(g[0]!) && g.length > 1);
  for (const quote of fact.quotes) {
    const ws = words(fold(quote));
    for (let i = 1; i < ws.length - 1; i++) {
      if (ws[i] !== 'by' || !verbs.has(kb.lexicon.term(ws[i - 1]!)) || !DETERMINERS.includes(ws[i + 1]!)) continue;
      const group = groups.find((g) => g.slice(1).every((w, k) => ws[i + 2 + k] === w));
      if (!group) continue;
      const found = new RegExp(`\\bby\\s+(${ws[i + 1]}\\s+${group.slice(1).join('\\s+')})\\b`, 'i').exec(quote);
      if (found) return found[1];
    }
  }
  return undefined;
}
