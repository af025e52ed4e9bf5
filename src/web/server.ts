// A plain node:http server for custom routes, matched as Bolt's HTTPReceiver matches them (`:name` segments,
// percent-decoded, an optional trailing slash): the source pages without Slack, and in tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';

export function serveRoutes(routes: CustomRoute[], port = 0, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => dispatch(routes, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

function dispatch(routes: CustomRoute[], req: IncomingMessage, res: ServerResponse): void {
  try {
    routeRequest(routes, req, res);
  } catch {
    if (!res.headersSent) plain(res, 500, 'Internal error');
    else res.destroy();
  }
}

function routeRequest(routes: CustomRoute[], req: IncomingMessage, res: ServerResponse): void {
  const method = (req.method ?? '').toUpperCase();
  const segments = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/(.)\/$/, '$1').split('/');
  for (const route of routes) {
    if (![route.method].flat().some((m) => m.toUpperCase() === method)) continue;
    const params = match(route.path.split('/'), segments);
    if (params === 'malformed') return plain(res, 400, 'Bad request');
    if (params) return route.handler(Object.assign(req, { params }), res);
  }
  plain(res, 404, 'Not found');
}

function match(pattern: string[], segments: string[]): Record<string, string> | undefined | 'malformed' {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i]!;
    if (!part.startsWith(':')) {
      if (part !== segment) return undefined;
      continue;
    }
    if (!segment) return undefined;
    try {
      params[part.slice(1)] = decodeURIComponent(segment);
    } catch {
      return 'malformed';
    }
  }
  return params;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(text);
}
