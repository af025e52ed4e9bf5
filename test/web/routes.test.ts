// The routes over real HTTP, served both by `serveRoutes` and by Bolt's HTTPReceiver (as the Slack app serves them).
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPReceiver, LogLevel } from '@slack/bolt';
import { basePath, webRoutes } from '../../src/web/routes.js';
import { serveRoutes } from '../../src/web/server.js';
import { CONTENT_SECURITY_POLICY } from '../../src/web/response.js';
import { fixtureKb } from './fixture.js';

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
  serveRoutes: async () => {
    const server = await serveRoutes(webRoutes(fixtureKb()), 0, '127.0.0.1');
    return { port: (server.address() as AddressInfo).port, stop: () => new Promise<void>((done) => server.close(() => done())) };
  },
  "Bolt's HTTPReceiver": async () => {
    const receiver = new HTTPReceiver({ signingSecret: 'test', logLevel: LogLevel.ERROR, customRoutes: webRoutes(fixtureKb()) });
    const server = (await receiver.start(0)) as Server;
    return { port: (server.address() as AddressInfo).port, stop: () => receiver.stop() };
  },
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
    for (const [method, path] of [['POST', '/sources'], ['PUT', '/sources/alpha'], ['DELETE', '/sources/style.css'], ['OPTIONS', '/sources/alpha']]) {
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
});

describe('serveRoutes', () => {
  it('answers 400 for a malformed escape and 404 off its routes, as plain text', async () => {
    const server = await serveRoutes(webRoutes(fixtureKb()));
    const port = (server.address() as AddressInfo).port;
    const [malformed, elsewhere] = [await call(port, '/sources/%E0%A4%A'), await call(port, '/slack/events')];
    server.close();
    expect([malformed.status, malformed.body]).toEqual([400, 'Bad request']);
    expect([elsewhere.status, elsewhere.headers['content-type']]).toEqual([404, 'text/plain; charset=utf-8']);
  });
  it('answers 500, and keeps serving, when a handler throws', async () => {
    const failing = { path: '/fail', method: 'GET', handler: () => { throw new Error('boom'); } };
    const server = await serveRoutes([failing, ...webRoutes(fixtureKb())]);
    const port = (server.address() as AddressInfo).port;
    const [failed, after] = [await call(port, '/fail'), await call(port, '/sources')];
    server.close();
    expect([failed.status, after.status]).toEqual([500, 200]);
  });
});

describe('basePath', () => {
  it('is the path of PUBLIC_BASE_URL without its trailing slash, or nothing', () => {
    expect(basePath(undefined)).toBe('');
    expect(basePath('https://attache.example.org')).toBe('');
    expect(basePath('https://example.org/attache/')).toBe('/attache');
  });
  it('prefixes the links between pages', async () => {
    const server = await serveRoutes(webRoutes(fixtureKb(), { publicBaseUrl: 'https://example.org/attache/' }));
    const r = await call((server.address() as AddressInfo).port, '/sources/alpha');
    server.close();
    expect(r.body).toContain('href="/attache/sources/style.css"');
    expect(r.body).toContain('<a href="/attache/sources">All sources</a>');
  });
});
