// Which way a trade flow goes. "Tajikistan's exports" and "Kazakhstan's imports from Tajikistan" are one flow; "Tajikistan's
// imports" is the other. The words of the two directions are language data (`opposites` in the lexicon).
import type { KnowledgeBase } from './knowledge.js';
import { fold, words } from './normalise.js';
import type { Fact } from './schema.js';
import { understand, type Understanding } from './understand.js';

type Flow = { country: string; term: string };

/** The first country a text names and its first word of a direction ("Tajikistan's main imports …": Tajikistan, import). */
function flowOf(kb: KnowledgeBase, u: Understanding): Flow | undefined {
  const country = u.mentions.find((m) => m.entity.type === 'country')?.entity.id;
  const term = words(fold(u.question))
    .map((w) => kb.lexicon.term(w))
    .find((t) => kb.lexicon.opposites.has(t));
  return country && term ? { country, term } : undefined;
}

/**
 * Whether a fact's title tells of the flow opposite to the one asked: "is grain among Tajikistan's exports?" is not
 * answered by Tajikistan's imports (the same country, the other direction), nor by another country's exports.
 */
export function goesOtherWay(kb: KnowledgeBase, u: Understanding, fact: Fact): boolean {
  const asked = flowOf(kb, u);
  const told = asked ? flowOf(kb, understand(kb, fact.title)) : undefined;
  return !!asked && !!told && (asked.country === told.country) !== (asked.term === told.term);
}
