// The source pages over real HTTP, served both alone (`serve`) and by the Slack app's own server (as `npm start` serves them).
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePath, sourcePages } from '../../src/web/routes.js';
import { serve } from '../../src/web/server.js';
import { frontHandler, listen } from '../../src/slack/http-front.js';
import { recordingLogger } from '../slack/support/attache.js';
import { CONTENT_SECURITY_POLICY } from '../../src/web/response.js';
import { fixtureKb } from './fixture.js';

const running = (server: Server) => ({ port: (server.address() as AddressInfo).port, stop: () => new Promise<void>((done) => server.close(() => done())) });

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw request: the path goes out exactly as written, `../` and odd escapes included. */
function call(port: number, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

const servers = {
  serve: async () => running(await serve(sourcePages(fixtureKb()), 0, '127.0.0.1')),
  "the Slack app's server": async () => running(await listen(frontHandler({ sources: sourcePages(fixtureKb()), logger: recordingLogger() }), 0, '127.0.0.1')),
};

describe.each(Object.entries(servers))('source pages served by %s', (_name, start) => {
  let port = 0;
  let stop: () => Promise<void>;
  beforeAll(async () => ({ port, stop } = await start()));
  afterAll(() => stop());

  it('serves the list, a source page and the stylesheet with the safety headers', async () => {
    for (const [path, type, text] of [
      ['/sources', 'text/html; charset=utf-8', 'Ministers meet &lt;in&gt; the capital'],
      ['/sources/alpha', 'text/html; charset=utf-8', 'id="fact-treaty-signed"'],
      ['/sources/beta?utm=x', 'text/html; charset=utf-8', 'No reliable link to the original'],
      ['/sources/style.css', 'text/css; charset=utf-8', 'mark:target'],
    ] as const) {
      const r = await call(port, path);
      expect(r.status, path).toBe(200);
      expect(r.headers['content-type']).toBe(type);
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.body).toContain(text);
    }
  });

  it('answers HEAD with the headers alone', async () => {
    const r = await call(port, '/sources/alpha', 'HEAD');
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBeGreaterThan(1000);
    expect(r.body).toBe('');
  });

  it('answers 405 to any method but GET and HEAD', async () => {
    for (const [method, path] of [
      ['POST', '/sources'],
      ['PUT', '/sources/alpha'],
      ['DELETE', '/sources/style.css'],
      ['OPTIONS', '/sources/alpha'],
    ]) {
      const r = await call(port, path!, method);
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
  });

  it('answers 404 for an unknown source, and 400 or 404 for traversal and odd ids, never with a document', async () => {
    expect((await call(port, '/sources/gamma')).status).toBe(404);
    for (const path of ['/sources/..%2Fpackage.json', '/sources/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '/sources/alpha%00', '/sources/ALPHA', '/sources/a%20b']) {
      const r = await call(port, path);
      expect(r.status, path).toBe(400);
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    for (const path of ['/sources/../package.json', '/sources/%2e%2e/package.json', '/sources/alpha/extra', '/sources/./../../etc/passwd']) {
      const r = await call(port, path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toMatch(/"name": "attache"|root:/);
    }
  });

  it('answers 400, not 500, for malformed percent-encoding', async () => {
    for (const path of ['/sources/%E0%A4%A', '/sources/%', '/sources/%zz', '/sources/%C3%28']) {
      const r = await call(port, path);
      expect([r.status, r.body], path).toEqual([400, 'Bad request']);
    }
  });
});

describe('serve', () => {
  it('answers 500, and keeps serving, when the handler throws', async () => {
    const pages = sourcePages(fixtureKb());
    const server = await serve((req, res) =>
      req.url === '/fail'
        ? (() => {
            throw new Error('boom');
          })()
        : pages(req, res),
    );
    const port = (server.address() as AddressInfo).port;
    const [failed, after] = [await call(port, '/fail'), await call(port, '/sources')];
    server.close();
    expect([failed.status, failed.body, after.status]).toEqual([500, 'Internal error', 200]);
  });
});

describe('basePath', () => {
  it('is the path of PUBLIC_BASE_URL without its trailing slash, or nothing', () => {
    expect(basePath(undefined)).toBe('');
    expect(basePath('https://attache.example.org')).toBe('');
    expect(basePath('https://example.org/attache/')).toBe('/attache');
  });
  it('prefixes the links between pages', async () => {
    const server = await serve(sourcePages(fixtureKb(), { publicBaseUrl: 'https://example.org/attache/' }));
    const r = await call((server.address() as AddressInfo).port, '/sources/alpha');
    server.close();
    expect(r.body).toContain('href="/attache/sources/style.css"');
    expect(r.body).toContain('<a href="/attache/sources">All sources</a>');
  });
});
