// What a question's scoring reads of one unit again and again (its headline-ness, the group its sentence refers to),
// worked out on first use and kept for the life of the base: a question then pays only for units no question read before.
import type { KnowledgeBase } from './knowledge.js';

/** `derive` of a unit position, computed once per base and position. */
export function perUnit<T>(derive: (kb: KnowledgeBase, i: number) => T): (kb: KnowledgeBase, i: number) => T {
  const known = new WeakMap<KnowledgeBase, Map<number, T>>();
  return (kb, i) => {
    let byUnit = known.get(kb);
    if (!byUnit) known.set(kb, (byUnit = new Map()));
    if (byUnit.has(i)) return byUnit.get(i)!;
    const value = derive(kb, i);
    byUnit.set(i, value);
    return value;
  };
}
