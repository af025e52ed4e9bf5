// The default entity finder: names and aliases matched as whole words on folded text, longest first.
// Short all-capital aliases ("TJ", "KG", "SCO") match only in capitals, so the unit "kg" names no country.
import { fold, words } from '../normalise.js';
import type { EntityFinder } from './types.js';

export type NamedEntity = { id: string; name: string; aliases?: readonly string[] };

const ACRONYM = /^[\p{Lu}\p{N}]{2,5}$/u;

type Name = { words: string[]; id: string };

/** A finder over the given entities; each id is returned once, in the order first named. */
export function entityFinder(entities: readonly NamedEntity[]): EntityFinder {
  const byFirstWord = new Map<string, Name[]>();
  const acronyms = new Map<string, string>();
  for (const e of entities) {
    for (const spelling of [e.name, ...(e.aliases ?? [])]) {
      if (ACRONYM.test(spelling)) {
        acronyms.set(spelling, e.id);
        continue;
      }
      const w = words(fold(spelling));
      if (!w.length) continue;
      const list = byFirstWord.get(w[0]!) ?? [];
      list.push({ words: w, id: e.id });
      byFirstWord.set(w[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  return (text) => {
    const found = new Set<string>();
    const tokens = words(fold(text));
    for (let i = 0; i < tokens.length; ) {
      const match = byFirstWord.get(tokens[i]!)?.find((n) => n.words.every((w, k) => tokens[i + k] === w));
      if (match) found.add(match.id);
      i += match ? match.words.length : 1;
    }
    if (acronyms.size)
      for (const m of text.matchAll(/(?<![\p{L}\p{N}])[\p{Lu}\p{N}]{2,5}(?![\p{L}\p{N}])/gu)) {
        const id = acronyms.get(m[0]);
        if (id) found.add(id);
      }
    return [...found];
  };
}
