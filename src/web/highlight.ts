// Where each fact's quotes stand in the original text of its source, merged into passages to highlight.
// Quotes match as the fact check matches them (`forQuoteMatch`): up to whitespace, quote marks and dashes.
import { forQuoteMatch } from '../core/normalise.js';

export type Range = { start: number; end: number };

/** A stretch of the original text that one or more facts quote. */
export type Passage = Range & {
  /** Every fact quoting some part of it, in order of appearance. */
  factIds: string[];
  /** The facts whose anchor is here: each fact's first quote that was found. */
  anchors: string[];
};

/** The text as `forQuoteMatch` sees it, with the original range behind each of its characters. */
export type QuoteIndex = { normalised: string; from: number[]; to: number[] };

export function indexText(text: string): QuoteIndex {
  const index: QuoteIndex = { normalised: '', from: [], to: [] };
  // A whitespace run becomes one space; any other character (with its combining marks) is normalised alone.
  for (const m of text.matchAll(/\s+|\S\p{M}*/gu)) {
    const piece = /^\s/.test(m[0]) ? ' ' : forQuoteMatch(m[0]);
    index.normalised += piece;
    for (let i = 0; i < piece.length; i++) {
      index.from.push(m.index);
      index.to.push(m.index + m[0].length);
    }
  }
  return index;
}

/** The first place the quote stands in the indexed text, as a range of the original. */
export function locateQuote(index: QuoteIndex, quote: string): Range | undefined {
  const needle = forQuoteMatch(quote);
  const at = needle ? index.normalised.indexOf(needle) : -1;
  if (at < 0) return undefined;
  return { start: index.from[at]!, end: index.to[at + needle.length - 1]! };
}

/** Every quote of these facts found in the text, overlapping quotes merged into one passage. */
export function passages(text: string, facts: readonly { id: string; quotes: readonly string[] }[]): Passage[] {
  const index = indexText(text);
  const hits: (Range & { factId: string; anchor: boolean })[] = [];
  for (const fact of facts) {
    let anchored = false;
    for (const quote of fact.quotes) {
      const range = locateQuote(index, quote);
      if (!range) continue;
      hits.push({ ...range, factId: fact.id, anchor: !anchored });
      anchored = true;
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: Passage[] = [];
  for (const hit of hits) {
    const last = merged[merged.length - 1];
    const passage = last && hit.start < last.end ? last : { start: hit.start, end: hit.end, factIds: [], anchors: [] };
    if (passage !== last) merged.push(passage);
    passage.end = Math.max(passage.end, hit.end);
    if (!passage.factIds.includes(hit.factId)) passage.factIds.push(hit.factId);
    if (hit.anchor) passage.anchors.push(hit.factId);
  }
  return merged;
}
