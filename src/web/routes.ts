// The source pages as one plain Node HTTP handler: /sources, its stylesheet and /sources/:id. The Slack app
// mounts it beside its own endpoints; `serve` runs it alone.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KnowledgeBase } from '../core/knowledge.js';
import { errorPage, listPage, sourcePage, stylesheet } from './pages.js';
import { plain, send, type WebResponse } from './response.js';

export type WebHandler = (req: IncomingMessage, res: ServerResponse) => void;

export type WebOptions = { publicBaseUrl?: string };

/** Whether a path is the source pages' to answer. */
export function isSourcesPath(pathname: string): boolean {
  return pathname === '/sources' || pathname.startsWith('/sources/');
}

/** Every method reaches the handler, so that those other than GET and HEAD get a 405 rather than a 404. */
export function sourcePages(kb: KnowledgeBase, opts: WebOptions = {}): WebHandler {
  const base = basePath(opts.publicBaseUrl);
  return (req, res) => {
    const segments = new URL(req.url ?? '/', 'http://localhost').pathname
      .replace(/(.)\/$/, '$1')
      .split('/')
      .slice(1);
    const page = route(kb, base, segments);
    if (page === 'malformed') return plain(res, 400, 'Bad request');
    send(res, req.method === 'GET' || req.method === 'HEAD' ? page : errorPage(405, base), req.method);
  };
}

/** The page for a path split at its slashes; an id is percent-decoded, and a malformed escape is no id at all. */
function route(kb: KnowledgeBase, base: string, segments: string[]): WebResponse | 'malformed' {
  const [first, id, ...rest] = segments;
  if (first !== 'sources' || rest.length) return errorPage(404, base);
  if (id === undefined) return listPage(kb, base);
  if (id === 'style.css') return stylesheet();
  try {
    return sourcePage(kb, decodeURIComponent(id), base);
  } catch {
    return 'malformed';
  }
}

/** The path the pages are reached under behind PUBLIC_BASE_URL ('' at the root), for the links between them. */
export function basePath(publicBaseUrl: string | undefined): string {
  return publicBaseUrl ? new URL(publicBaseUrl).pathname.replace(/\/+$/, '') : '';
}
