// Requests as Slack sends them: signed (HMAC-SHA256 of `v0:${timestamp}:${body}` with the signing secret),
// events as JSON, slash commands and interactions as forms.
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';

export function sign(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export type PostOptions = { timestamp?: number; signature?: string; retryNum?: number; secret?: string };

/** POSTs a body to the app's /slack/events, signed now unless told otherwise. */
export async function postToSlackEvents(origin: string, body: string, contentType: string, opts: PostOptions = {}): Promise<Response> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Slack-Request-Timestamp': String(timestamp),
    'X-Slack-Signature': opts.signature ?? sign(opts.secret ?? SIGNING_SECRET, timestamp, body),
  };
  if (opts.retryNum !== undefined) Object.assign(headers, { 'X-Slack-Retry-Num': String(opts.retryNum), 'X-Slack-Retry-Reason': 'http_timeout' });
  return fetch(`${origin}/slack/events`, { method: 'POST', headers, body });
}

export const postEvent = (origin: string, payload: object, opts?: PostOptions) => postToSlackEvents(origin, JSON.stringify(payload), 'application/json', opts);

export function eventCallback(eventId: string, event: Record<string, unknown>): object {
  return { token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1_700_000_000, event };
}

export function commandForm(fields: { command: string; text: string; response_url: string; channel_id?: string; user_id?: string; team_id?: string }): string {
  return new URLSearchParams({
    token: 'x',
    team_id: fields.team_id ?? 'T1',
    team_domain: 'test',
    channel_id: fields.channel_id ?? 'C1',
    channel_name: 'general',
    user_id: fields.user_id ?? 'U1',
    user_name: 'someone',
    command: fields.command,
    text: fields.text,
    api_app_id: 'A1',
    response_url: fields.response_url,
    trigger_id: '123.456.abc',
  }).toString();
}

export const postCommand = (origin: string, fields: Parameters<typeof commandForm>[0], opts?: PostOptions) =>
  postToSlackEvents(origin, commandForm(fields), 'application/x-www-form-urlencoded', opts);

export const postInteraction = (origin: string, payload: object, opts?: PostOptions) =>
  postToSlackEvents(origin, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', opts);

/** A click on a message's button (block_actions) by U1 in C1 of T1; `over` replaces any top-level field. */
export function blockActions(action: Record<string, unknown>, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'block_actions',
    token: 'x',
    api_app_id: 'A1',
    team: { id: 'T1', domain: 'test' },
    user: { id: 'U1', username: 'someone', team_id: 'T1' },
    channel: { id: 'C1', name: 'general' },
    trigger_id: 'trig',
    ...over,
    actions: [{ block_id: 'b1', action_ts: '1700000100.1', ...action }],
  };
}
