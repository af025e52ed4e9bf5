// A JSON POST, for the engine's worker thread to send the replies with: node:http with kept-alive connections,
// since fetch cost a post about three times as much CPU under load.
import http from 'node:http';
import https from 'node:https';

/** A POST's outcome: the caller decides what a status means. */
export type Posted = { status: number; statusText: string };

const AGENTS = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

export function postJson(url: string, json: string): Promise<Posted> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: 'POST',
        agent: AGENTS[target.protocol as keyof typeof AGENTS],
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '' }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(json);
  });
}
