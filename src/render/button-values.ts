// What buttons carry back to us (Slack returns a button's `value` when it is clicked): small JSON, always within
// Slack's 2,000 characters, read back defensively since anyone can post a crafted payload to a signed endpoint.
import type { Citation } from '../core/answer.js';
import { packValue } from './blockkit.js';

/** A quote of one fact in one source: enough to find it again and show it in its paragraph. */
export type QuoteRef = { sourceId: string; factId: string; quote: string };

/** What a reply answered, so that sharing it or asking a suggestion can compute it again. */
export type Query = { kind: 'ask' | 'treaty' | 'onthisday'; text: string };
const KINDS: readonly Query['kind'][] = ['ask', 'treaty', 'onthisday'];

/** A quote too long for the value keeps its start, which still finds it in the source. */
export function packQuoteRef(c: Citation): string {
  return packValue({ s: c.source.id, f: c.factId, q: c.quote }, 'q');
}

export function unpackQuoteRef(value: string | undefined): QuoteRef | undefined {
  const v = parseObject(value);
  return typeof v?.s === 'string' && typeof v.f === 'string' && typeof v.q === 'string' ? { sourceId: v.s, factId: v.f, quote: v.q } : undefined;
}

export function packQuery(q: Query): string {
  return packValue({ k: q.kind, t: q.text }, 't');
}

export function unpackQuery(value: string | undefined): Query | undefined {
  const v = parseObject(value);
  const kind = KINDS.find((k) => k === v?.k);
  return kind && typeof v?.t === 'string' ? { kind, text: v.t } : undefined;
}

function parseObject(value: string | undefined): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(value ?? '');
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
