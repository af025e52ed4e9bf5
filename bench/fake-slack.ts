// A stand-in for Slack on 127.0.0.1: the Web API answers {ok:true} to every method, and the response_url
// follow-ups of slash commands are counted as they land.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeSlack = {
  /** The Web API base, for SLACK_API_URL. */
  apiUrl: string;
  /** A new response_url: they are numbered from 0 in the order given. */
  responseUrl(): string;
  /** How many response_urls have been given. */
  issued(): number;
  /** How many follow-ups have landed on the response_urls numbered `from` on. */
  followUpsFrom(from: number): number;
  /** When (performance.now()) the last follow-up so far landed. */
  lastFollowUpAt(): number;
  close(): Promise<void>;
};

const AUTH = { ok: true, url: 'https://bench.slack.com/', team: 'Bench', user: 'attache', team_id: 'TBENCH', user_id: 'UBENCH', bot_id: 'BBENCH' };

export async function startFakeSlack(): Promise<FakeSlack> {
  const landed = new Set<number>();
  let issued = 0;
  let lastAt = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const followUp = /^\/response\/(\d+)$/.exec(req.url ?? '');
      if (followUp) {
        landed.add(Number(followUp[1]));
        lastAt = performance.now();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url?.includes('auth.test') ? AUTH : { ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: () => `${base}/response/${issued++}`,
    issued: () => issued,
    followUpsFrom: (from) => [...landed].filter((n) => n >= from).length,
    lastFollowUpAt: () => lastAt,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
