// Lists of phrases from the language data as one regular expression each, longest first.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordChar = /[\p{L}\p{N}]/u;

/** One phrase as a pattern: flexible spaces, and word boundaries where it starts or ends with a letter or digit. */
function phrasePattern(phrase: string): string {
  const body = phrase.trim().split(/\s+/).map(escape).join('\\s+');
  const before = wordChar.test(phrase.trim()[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wordChar.test(phrase.trim().at(-1) ?? '') ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${body}${after}`;
}

const bounded = (p: string) => wordChar.test(p[0] ?? '') && wordChar.test(p.at(-1) ?? '');

/** The alternation of `phrases` (longest first), as a source string to embed in a larger pattern.
 * Phrases that start and end with a letter share one pair of word-boundary checks, which keeps matching fast. */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const words = sorted.filter(bounded).map((p) => p.split(/\s+/).map(escape).join('\\s+'));
  const others = sorted.filter((p) => !bounded(p)).map(phrasePattern);
  const parts = [...(words.length ? [`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`] : []), ...others];
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

/** A global regular expression matching any of `phrases` as whole words. */
export function phraseRegex(phrases: readonly string[], caseSensitive = false): RegExp {
  return new RegExp(alternation(phrases), caseSensitive ? 'gu' : 'giu');
}

/** Spaces folded and lower case: the key a matched phrase is looked up by. */
export const phraseKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
