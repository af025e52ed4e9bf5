// A stand-in for Slack's Web API and response_urls on 127.0.0.1: records every call and answers like Slack
// (`{ ok: true, … }`), or as a test tells it to for one method.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Call = { path: string; body: Record<string, unknown>; headers: IncomingHttpHeaders };
export type Answer = { status?: number; headers?: Record<string, string>; json: unknown };

export class FakeSlack {
  readonly calls: Call[] = [];
  /** Answers for Web API methods by name ("conversations.info"); the default is ok. */
  readonly answers = new Map<string, (body: Record<string, unknown>) => Answer>();
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

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(call: Call): Answer {
    const method = call.path.startsWith('/api/') ? call.path.slice('/api/'.length) : undefined;
    const custom = method && this.answers.get(method);
    if (custom) return custom(call.body);
    switch (method) {
      case 'auth.test':
        return { json: { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'attache', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' } };
      case 'chat.postMessage':
        return { json: { ok: true, channel: call.body.channel, ts: `1700000000.${String(++this.posted).padStart(6, '0')}` } };
      case 'conversations.info':
        return { json: { ok: true, channel: { id: call.body.channel, is_member: true } } };
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
