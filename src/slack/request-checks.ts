// What every request to /slack/events must pass before Bolt sees it: a timestamp near now in either direction
// (Bolt's own check rejects only the past), Slack's signature, a body that is a JSON object, and — for slash
// commands and interactions, which Slack never retries — no second delivery of the same signed request.
// The signature is checked here only: the receiver is made with signatureVerification off, since checking it
// twice cost a request a fifth of its time in Bolt under load.
import { HTTPModuleFunctions, isValidSlackRequest, type BufferedIncomingMessage } from '@slack/bolt';
import type { SeenEvents } from '../state/seen-events.js';

export const REQUEST_CHECKS = {
  /** Slack's rule: a request more than five minutes from our clock, either way, is refused. */
  maxSkewSeconds: 5 * 60,
  /** As long as a replay could still pass the timestamp check, with a margin. */
  replayMemoryMs: 15 * 60 * 1000,
} as const;

export type Verdict = { pass: true } | { pass: false; status: 200 | 400 | 401; reason: string };

const PASS: Verdict = { pass: true };

/** Checks a buffered request. Form bodies are commands and interactions; JSON ones are events. */
export async function checkSlackRequest(req: BufferedIncomingMessage, signingSecret: string, replays: SeenEvents, nowMs: number): Promise<Verdict> {
  const form = req.headers['content-type'] === 'application/x-www-form-urlencoded';
  const body = req.rawBody.toString('utf8');
  // Slack's certificate check is unsigned by design; Bolt answers it and strips anything else from it.
  if (form && new URLSearchParams(body).get('ssl_check') === '1') return PASS;
  const timestamp = Number(header(req, 'x-slack-request-timestamp'));
  if (!Number.isFinite(timestamp) || Math.abs(nowMs / 1000 - timestamp) > REQUEST_CHECKS.maxSkewSeconds) {
    return {
      pass: false,
      status: 401,
      reason: `request timestamp ${JSON.stringify(header(req, 'x-slack-request-timestamp') ?? null)} is stale or in the future (more than 5 minutes off)`,
    };
  }
  const signature = header(req, 'x-slack-signature') ?? '';
  if (!isValidSlackRequest({ signingSecret, body, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } })) {
    return { pass: false, status: 401, reason: 'the signature does not match the signing secret' };
  }
  let parsed: unknown;
  try {
    parsed = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return PASS; // Bolt answers unparsable bodies with 400 itself.
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { pass: false, status: 400, reason: 'request body is not a JSON object' };
  if (form && (await replays.seen(`${timestamp}:${signature}`))) {
    return { pass: false, status: 200, reason: `replayed ${describeForm(parsed as Record<string, unknown>)} (same signature and timestamp) ignored` };
  }
  return PASS;
}

function header(req: BufferedIncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function describeForm(body: Record<string, unknown>): string {
  return typeof body.command === 'string' ? `command ${body.command}` : `interaction ${String(body.type ?? '?')}`;
}
