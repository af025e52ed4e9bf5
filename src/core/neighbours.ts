// Word order, kept in two small signals: which terms stand next to each other ("kazakhstan>export"
// differs from "export>kazakhstan"), and which countries a word is tied to ("Kazakhstan's capital").
import type { KnowledgeBase } from './knowledge.js';
import type { Entity } from './schema.js';

export type Item = { entity: Entity; text: string; fuzzy: boolean } | { word: string };
export type Bindings = Map<string, Set<string>>;

/** The sequence a text is compared by: entity ids and content terms, stopwords dropped. */
export function keysOf(kb: KnowledgeBase, items: Item[]): string[] {
  const keys: string[] = [];
  for (const it of items) {
    if ('entity' in it) keys.push(it.entity.id);
    else if (!kb.lexicon.isStopword(it.word)) keys.push(kb.lexicon.term(it.word));
  }
  return keys;
}

export function pairsOf(keys: string[], into = new Set<string>()): Set<string> {
  for (let i = 1; i < keys.length; i++) into.add(`${keys[i - 1]}>${keys[i]}`);
  return into;
}

/**
 * The countries each term stands next to. Countries side by side ("Kazakhstan and Tajikistan signed")
 * form one group, and the words either side of the group are tied to all of it.
 */
export function bindingsOf(kb: KnowledgeBase, keys: string[], into: Bindings = new Map()): Bindings {
  const isCountry = (k: string) => kb.entity(k)?.type === 'country';
  const bind = (term: string | undefined, countries: string[]) => {
    if (term === undefined || isCountry(term)) return;
    const set = into.get(term) ?? new Set<string>();
    for (const c of countries) set.add(c);
    into.set(term, set);
  };
  for (let i = 0; i < keys.length; ) {
    if (!isCountry(keys[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < keys.length && isCountry(keys[end + 1]!)) end++;
    const group = keys.slice(i, end + 1);
    bind(keys[i - 1], group);
    bind(keys[end + 1], group);
    i = end + 1;
  }
  return into;
}
