// What the source pages answer with: a status, headers (every response carries the safety headers) and a body.
import type { ServerResponse } from 'node:http';

export type WebResponse = { status: number; headers: Record<string, string>; body: string };

/** No script, no images, no frames, no forms: only our own stylesheet may load. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function respond(status: number, type: 'text/html' | 'text/css', body: string, extra: Record<string, string> = {}): WebResponse {
  return {
    status,
    headers: {
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Length': String(Buffer.byteLength(body)),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      ...extra,
    },
    body,
  };
}

/** Writes the response; a HEAD request gets the headers alone. */
export function send(res: ServerResponse, response: WebResponse, method: string | undefined): void {
  res.writeHead(response.status, response.headers);
  res.end(method === 'HEAD' ? undefined : response.body);
}

/** A short plain-text answer (400, 404, 500 outside the pages' own routes). */
export function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(text);
}
