// The source pages as routes for Bolt's HTTPReceiver (`customRoutes`) or for `serveRoutes`.
import { METHODS } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import type { KnowledgeBase } from '../core/knowledge.js';
import { errorPage, listPage, sourcePage, stylesheet } from './pages.js';
import { send, type WebResponse } from './response.js';

type Request = Parameters<CustomRoute['handler']>[0];

export type WebOptions = { publicBaseUrl?: string };

/** Routes for /sources, its stylesheet and /sources/:id. The stylesheet comes before :id, which would match it too. */
export function webRoutes(kb: KnowledgeBase, opts: WebOptions = {}): CustomRoute[] {
  const base = basePath(opts.publicBaseUrl);
  // Every method is routed here so that those other than GET and HEAD get a 405, not the receiver's 404.
  const readOnly =
    (page: (req: Request) => WebResponse): CustomRoute['handler'] =>
    (req, res) =>
      send(res, req.method === 'GET' || req.method === 'HEAD' ? page(req) : errorPage(405, base), req.method);
  return [
    { path: '/sources', method: METHODS, handler: readOnly(() => listPage(kb, base)) },
    { path: '/sources/style.css', method: METHODS, handler: readOnly(stylesheet) },
    { path: '/sources/:id', method: METHODS, handler: readOnly((req) => sourcePage(kb, String(req.params?.id ?? ''), base)) },
  ];
}

/** The path the pages are reached under behind PUBLIC_BASE_URL ('' at the root), for the links between them. */
export function basePath(publicBaseUrl: string | undefined): string {
  return publicBaseUrl ? new URL(publicBaseUrl).pathname.replace(/\/+$/, '') : '';
}
