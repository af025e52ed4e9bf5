// A sentence that lists things ("The main export articles are: electric power, cotton, …"; "The basic documents
// … are “A” … and “B” …"): what it lists (its head) and the items. Lists and counts answer from it whole.
import { fold, words } from './normalise.js';

/** What a sentence lists: the words before the items (what they are), the items, and the cue word that began them. */
export type Enumeration = { head: string; items: string[]; cue?: string };

/** The fewest items separated by commas that make a list (two titles in quotation marks are enough). */
const MIN_ITEMS = 3;
/** An item of more words is a clause, not a listed thing: the sentence makes no list. */
const MAX_ITEM_WORDS = 8;
/** A listed thing between commas is short ("IT", "water and energy"); a clause is not. */
const MAX_MIDDLE_WORDS = 4;

/** Items of a list after its cue: split at commas, semicolons and "as well as", the last "and" kept in its item. */
function splitItems(list: string): string[] {
  return list
    .replace(/[.;:!?\s]+$/u, '')
    .split(/\s*[,;]\s*(?:as well as\s+|and\s+)?|\s+as well as\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function isList(items: string[]): boolean {
  return items.length >= MIN_ITEMS && items.every((i) => words(i).length <= MAX_ITEM_WORDS);
}

/** Each cue's pattern, made once: the base's build asks it of every unit. */
const cuePatterns = new Map<string, RegExp>();
const cuePattern = (cue: string) => cuePatterns.get(cue) ?? cuePatterns.set(cue, new RegExp(`^(.*?[^\\p{L}])${cue}\\s+(.*)$`, 'iu')).get(cue)!;

/** Whether a sentence lists three things or more, with or without a cue: "in space, IT, and artificial intelligence". */
export function listsThings(sentence: string): boolean {
  // The items between the first comma and the last "and" are short: a list, not clauses joined by commas.
  const m = /,([^,]+(?:,[^,]+)*),?\s+and\s+[^,]+$/u.exec(sentence.replace(/[.;!?\s]+$/u, ''));
  return !!m && m[1]!.split(',').every((item) => words(item).length > 0 && words(item).length <= MAX_MIDDLE_WORDS);
}

/**
 * The list a sentence makes, if it makes one: titles in quotation marks after a cue word, or items after a
 * colon or a cue word (`cues`: "are", "include", folded, from the lexicon).
 */
export function enumerationOf(sentence: string, cues: readonly string[]): Enumeration | undefined {
  const cueAt = (text: string) => {
    const ws = words(fold(text));
    return ws.some((w) => cues.includes(w)) || /:\s*$/u.test(text);
  };
  const titles = [...sentence.matchAll(/[“"]([^”"]{3,})[”"]/gu)].map((m) => m[1]!.trim());
  if (titles.length >= 2) {
    const head = sentence.slice(0, sentence.search(/[“"]/u));
    if (cueAt(head)) return { head, items: titles };
  }
  const colon = sentence.indexOf(':');
  if (colon > 0) {
    const items = splitItems(sentence.slice(colon + 1));
    if (isList(items)) return { head: sentence.slice(0, colon), items };
  }
  // A cue's pattern is tried only when the sentence has its words (the build asks this of every unit).
  const present = new Set(words(fold(sentence)));
  for (const cue of cues) {
    if (!cue.split(' ').every((w) => present.has(w))) continue;
    const m = cuePattern(cue).exec(sentence);
    if (!m) continue;
    const items = splitItems(m[2]!);
    // The cue is part of what is listed: "agreements in the sphere of culture, …" lists spheres.
    if (isList(items)) return { head: `${m[1]!}${cue}`, items, cue };
  }
  return undefined;
}
