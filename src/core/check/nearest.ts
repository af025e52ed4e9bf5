// "Did you mean": the known id closest to a misspelt one, and the passage of a source closest to a quote
// that is not verbatim in it (with the words that differ).
import { editDistance, forQuoteMatch } from '../normalise.js';

/** The closest of `known` to `value` within a few edits (one per five characters, at least two), if any. */
export function nearestId(value: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 5));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const k of known) {
    const d = editDistance(value, k, limit);
    if (d < bestDistance || (d === bestDistance && best !== undefined && k < best)) [best, bestDistance] = [k, d];
  }
  return best;
}

/** `did you mean "x"?`, or the fallback advice when nothing is close. */
export function didYouMean(value: string, known: Iterable<string>, otherwise: string): string {
  const near = nearestId(value, known);
  return near ? `did you mean "${near}"?` : otherwise;
}

export type Passage = {
  /** The source's words, whitespace collapsed. */
  text: string;
  /** Words changed, added or left out, at most a few: `"finalized" where the quote has "finalised"`. */
  differences: string[];
  /** Word edits between the quote and the passage. */
  edits: number;
};

type Token = { word: string; start: number; end: number };

/** Quotes longer than this many words are matched on their first ones: enough to find the place. */
const MAX_QUOTE_WORDS = 120;

/**
 * The passage of `text` that needs the fewest word edits to become `quote`: approximate substring matching
 * (Sellers' algorithm) over whitespace-separated words, so punctuation and spelling count as differences.
 */
export function nearestPassage(quote: string, text: string): Passage | undefined {
  const q = tokens(quote).slice(0, MAX_QUOTE_WORDS);
  const s = tokens(text);
  if (!q.length || !s.length) return undefined;
  const [n, m] = [q.length, s.length];
  const width = m + 1;
  // d[i][j]: edits to turn the quote's first i words into some passage ending just before source word j.
  const d = new Int32Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    d[i * width] = i;
    for (let j = 1; j <= m; j++) {
      const same = q[i - 1]!.word === s[j - 1]!.word ? 0 : 1;
      d[i * width + j] = Math.min(d[(i - 1) * width + j - 1]! + same, d[(i - 1) * width + j]! + 1, d[i * width + j - 1]! + 1);
    }
  }
  let end = 1;
  for (let j = 1; j <= m; j++) if (d[n * width + j]! < d[n * width + end]!) end = j;
  // Walk back to where the passage starts, noting each difference.
  const differences: string[] = [];
  let [i, j] = [n, end];
  while (i > 0) {
    const here = d[i * width + j]!;
    if (j > 0 && here === d[(i - 1) * width + j - 1]! + (q[i - 1]!.word === s[j - 1]!.word ? 0 : 1)) {
      if (q[i - 1]!.word !== s[j - 1]!.word) differences.push(`"${s[j - 1]!.word}" where the quote has "${q[i - 1]!.word}"`);
      i--;
      j--;
    } else if (here === d[(i - 1) * width + j]! + 1) {
      differences.push(`no "${q[i - 1]!.word}" (the quote adds it)`);
      i--;
    } else {
      differences.push(`"${s[j - 1]!.word}", which the quote leaves out`);
      j--;
    }
  }
  if (j >= end) return undefined;
  return {
    text: forQuoteMatch(text.slice(s[j]!.start, s[end - 1]!.end)),
    differences: differences.reverse(),
    edits: d[n * width + end]!,
  };
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ word: forQuoteMatch(m[0]), start: m.index, end: m.index + m[0].length }));
}
