// Where a citation links: the source page on our own server when PUBLIC_BASE_URL is set, and the original.
import type { Citation } from '../core/answer.js';

export type LinkOptions = { publicBaseUrl?: string };

/** Our page for the quote in context, when this deployment serves source pages. */
export function sourcePageUrl(c: Citation, opts: LinkOptions): string | undefined {
  if (!opts.publicBaseUrl) return undefined;
  return `${opts.publicBaseUrl.replace(/\/+$/, '')}/sources/${encodeURIComponent(c.source.id)}#fact-${encodeURIComponent(c.factId)}`;
}

/** "Asia-Plus, 20 Nov 2020" style attribution. */
export function attribution(c: Citation): string {
  return c.source.published ? `${c.source.publisher}, ${c.source.published}` : `${c.source.publisher}, undated`;
}
