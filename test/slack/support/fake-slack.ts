// A stand-in for Slack's Web API and response_urls on 127.0.0.1: records every call and answers like Slack
// (`{ ok: true, … }`), or as a test tells it to for one method.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Call = { path: string; body: Record<string, unknown>; headers: IncomingHttpHeaders };
/** `hang`: never answer (a Slack that took the call and went quiet, or never got it). */
export type Answer = { status?: number; headers?: Record<string, string>; json: unknown } | { hang: true };
/** A message Slack has: what conversations.history returns. */
export type Posted = {
  channel: string;
  ts: string;
  text: unknown;
  metadata?: unknown;
  thread_ts?: unknown /** When it was posted, in seconds: what `oldest` compares (the fake's ts are fixed numbers). */;
  at: number;
};

export class FakeSlack {
  readonly calls: Call[] = [];
  /** Answers for Web API methods by name ("conversations.info"); the default is ok. */
  readonly answers = new Map<string, (body: Record<string, unknown>) => Answer>();
  /** Every message posted, in order: the record of what Slack would show. */
  readonly messages: Posted[] = [];
  /** Who is in which channel: conversations.members of a channel not here answers U1 alone; users.conversations lists only these. */
  readonly members = new Map<string, string[]>();
  /** OAuth codes and the workspace each installs (oauth.v2.access). */
  readonly installs = new Map<string, { teamId: string; botToken: string }>();
  private posted = 0;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FakeSlack> {
    let fake: FakeSlack | undefined;
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        const call = { path: req.url ?? '', body: parseBody(raw, req.headers['content-type'] ?? ''), headers: req.headers };
        fake!.calls.push(call);
        const answer = fake!.answer(call);
        if ('hang' in answer) return;
        res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.json));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeSlack(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return fake;
  }

  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response_url on this server; calls to it are recorded under `/respond/<name>`. */
  responseUrl(name: string): string {
    return `${this.origin}/respond/${name}`;
  }

  /** The recorded calls to one Web API method or path. */
  callsTo(pathOrMethod: string): Call[] {
    const path = pathOrMethod.startsWith('/') ? pathOrMethod : `/api/${pathOrMethod}`;
    return this.calls.filter((c) => c.path === path);
  }

  /** Resolves with the first call that matches, waiting for it as long as `timeoutMs`. */
  async waitFor(match: (c: Call) => boolean, timeoutMs = 8_000): Promise<Call> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching call in ${timeoutMs} ms; calls: ${this.calls.map((c) => c.path).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Keeps a chat.postMessage as Slack would, and returns its ts. */
  post(body: Record<string, unknown>): string {
    const ts = `1700000000.${String(++this.posted).padStart(6, '0')}`;
    this.messages.push({ channel: String(body.channel), ts, text: body.text, metadata: body.metadata, thread_ts: body.thread_ts, at: Date.now() / 1000 });
    return ts;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(call: Call): Answer {
    const method = call.path.startsWith('/api/') ? call.path.slice('/api/'.length) : undefined;
    const custom = method && this.answers.get(method);
    if (custom) return custom(call.body);
    switch (method) {
      case 'auth.test': {
        // An installed workspace's token answers for that workspace; any other for T1.
        const token = String(call.headers.authorization ?? '').replace(/^Bearer /, '') || String(call.body.token ?? '');
        const team = [...this.installs.values()].find((i) => i.botToken === token)?.teamId ?? 'T1';
        return { json: { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'attache', team_id: team, user_id: 'UBOT', bot_id: `BBOT${team}` } };
      }
      case 'chat.postMessage':
        return { json: { ok: true, channel: call.body.channel, ts: this.post(call.body) } };
      case 'conversations.info':
        return { json: { ok: true, channel: { id: call.body.channel, is_member: true } } };
      case 'conversations.history': {
        // Newest first, since `oldest`; metadata only when asked for, as Slack does.
        const oldest = Number(call.body.oldest ?? 0);
        const messages = this.messages
          .filter((m) => m.channel === call.body.channel && !m.thread_ts && m.at > oldest)
          .reverse()
          .map(({ ts, text, metadata }) => ({ type: 'message', ts, text, ...(call.body.include_all_metadata === 'true' && metadata ? { metadata } : {}) }));
        return { json: { ok: true, messages, has_more: false } };
      }
      case 'conversations.members':
        return { json: { ok: true, members: this.members.get(String(call.body.channel)) ?? ['U1'], response_metadata: { next_cursor: '' } } };
      case 'users.conversations': {
        const channels = [...this.members].filter(([, users]) => users.includes(String(call.body.user))).map(([id]) => ({ id }));
        return { json: { ok: true, channels, response_metadata: { next_cursor: '' } } };
      }
      case 'oauth.v2.access': {
        const install = this.installs.get(String(call.body.code));
        if (!install) return { json: { ok: false, error: 'invalid_code' } };
        return {
          json: {
            ok: true,
            app_id: 'A1',
            authed_user: { id: 'U1' },
            scope: 'commands,chat:write',
            token_type: 'bot',
            access_token: install.botToken,
            bot_user_id: `UBOT${install.teamId}`,
            team: { id: install.teamId, name: `Team ${install.teamId}` },
            enterprise: null,
            is_enterprise_install: false,
          },
        };
      }
      default:
        return { json: { ok: true } };
    }
  }
}

/** Form bodies (the WebClient's) with their JSON fields (blocks, view) decoded; JSON bodies (response_urls) as they are. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      body[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      body[k] = v;
    }
  }
  return body;
}
