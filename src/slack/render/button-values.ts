// What buttons and menus carry back to us (Slack returns an element's `value` when it is used): small JSON,
// always within Slack's limits, read back defensively since anyone can post a crafted payload to a signed endpoint.
import type { Feedback, Verdict } from '../../state/feedback.js';
import { LIMITS, packValue, truncate } from './blockkit.js';

/** A quote of one fact: its id, and the quote or (cut to fit a menu option) its start, which still finds it. */
export type QuoteRef = { factId: string; quote: string };

/** What a reply answered, so that sharing it, paging it or judging it can compute it again. */
export type Query = { kind: 'ask' | 'treaty' | 'onthisday'; text: string };
const KINDS: readonly Query['kind'][] = ['ask', 'treaty', 'onthisday'];

/**
 * How an answer was shown, kept so that its next page looks the same: the question echoed above it, who
 * shared it, a Share button (private replies), and which feedback buttons (Slack's own in assistant threads).
 */
export type View = { echo?: boolean; sharedBy?: string; shareable?: boolean; feedback?: 'native' | 'buttons' };

/** One page of an answer's list: the query, the view, and the first item shown. */
export type Page = { query: Query; view: View; offset: number };

/** A verdict on an answer, with what was asked and whether it was answered or declined. */
export type FeedbackValue = { query: Query; verdict: Verdict; answered: boolean };

export function packQuoteRef(ref: QuoteRef): string {
  return packValue({ f: ref.factId, q: ref.quote }, 'q', LIMITS.optionValue);
}

export function unpackQuoteRef(value: string | undefined): QuoteRef | undefined {
  const v = parseObject(value);
  return typeof v?.f === 'string' && typeof v.q === 'string' ? { factId: v.f, quote: v.q } : undefined;
}

export function packQuery(q: Query): string {
  return packValue({ k: q.kind, t: q.text }, 't');
}

export function unpackQuery(value: string | undefined): Query | undefined {
  return readQuery(parseObject(value));
}

export function packPage(p: Page): string {
  const { echo, sharedBy, shareable, feedback } = p.view;
  const view = { ...(echo ? { e: 1 } : {}), ...(sharedBy ? { s: sharedBy } : {}), ...(shareable ? { p: 1 } : {}), ...(feedback ? { b: feedback } : {}) };
  return packValue({ k: p.query.kind, t: p.query.text, o: p.offset, ...view }, 't');
}

export function unpackPage(value: string | undefined): Page | undefined {
  const v = parseObject(value);
  const query = readQuery(v);
  if (!query || !v || typeof v.o !== 'number' || !Number.isInteger(v.o) || v.o < 0) return undefined;
  const view: View = {
    ...(v.e === 1 ? { echo: true } : {}),
    ...(typeof v.s === 'string' ? { sharedBy: v.s } : {}),
    ...(v.p === 1 ? { shareable: true } : {}),
    ...(v.b === 'native' || v.b === 'buttons' ? { feedback: v.b } : {}),
  };
  return { query, view, offset: v.o };
}

export function packFeedback(f: FeedbackValue): string {
  return packValue({ k: f.query.kind, t: f.query.text, v: f.verdict, a: f.answered ? 1 : 0 }, 't');
}

export function unpackFeedback(value: string | undefined): FeedbackValue | undefined {
  const v = parseObject(value);
  const query = readQuery(v);
  return query && (v?.v === 'up' || v?.v === 'down') ? { query, verdict: v.v, answered: v.a === 1 } : undefined;
}

/** Slack's limit on a view's private_metadata. */
const METADATA_MAX = 3000;

/** A 👎 carried through the "what was wrong" form: the answer's text shortened first, so the whole always fits. */
export function packFeedbackNote(f: Feedback): string {
  const { teamId: t, channelId: c, messageTs: m, userId: u, at } = f;
  return packValue({ t, c, m, u, at, d: f.answered ? 1 : 0, q: truncate(f.question, 500), a: f.answerText }, 'a', METADATA_MAX);
}

export function unpackFeedbackNote(value: string | undefined): Feedback | undefined {
  const v = parseObject(value);
  if (!v || ![v.t, v.c, v.m, v.u, v.at, v.q, v.a].every((x) => typeof x === 'string') || (v.d !== 0 && v.d !== 1)) return undefined;
  const [teamId, channelId, messageTs, userId, at, question, answerText] = [v.t, v.c, v.m, v.u, v.at, v.q, v.a] as string[];
  return {
    teamId: teamId!,
    channelId: channelId!,
    messageTs: messageTs!,
    userId: userId!,
    at: at!,
    question: question!,
    answerText: answerText!,
    answered: v.d === 1,
    verdict: 'down',
  };
}

function readQuery(v: Record<string, unknown> | undefined): Query | undefined {
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
