// The one HTTP server on PORT (and HOST): /healthz, the source pages, and in HTTP mode POST /slack/events,
// checked (request-checks.ts) and then handed to Bolt's receiver. Anything else goes to the receiver too,
// which serves what it knows (OAuth install pages, when configured) and 404s the rest.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { HTTPModuleFunctions, HTTPReceiverDeferredRequestError, type BufferedIncomingMessage } from '@slack/bolt';
import type { Logger } from '../log.js';
import type { WebHandler } from '../web/routes.js';
import { isSourcesPath } from '../web/routes.js';
import { plain } from '../web/response.js';
import type { SeenEvents } from '../state/seen-events.js';
import { checkSlackRequest } from './request-checks.js';

export const EVENTS_PATH = '/slack/events';

export type FrontOptions = {
  sources: WebHandler;
  logger: Logger;
  /** HTTP mode: the receiver's listener, the signing secret it checks, and where replays are remembered. */
  slack?: { listener: RequestListener; signingSecret: string; replays: SeenEvents };
  now?: () => number;
};

export function frontHandler(o: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const now = o.now ?? Date.now;
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const done = (err: unknown) => {
      o.logger.error(`request to ${req.method} ${path} failed`, err);
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    };
    try {
      if (path === '/healthz') return healthz(res);
      if (isSourcesPath(path)) return o.sources(req, res);
      if (!o.slack) return plain(res, 404, 'Not found');
      if (path === EVENTS_PATH && req.method === 'POST') return void slackEvents(o.slack, req, res, o.logger, now).catch(done);
      o.slack.listener(req, res);
    } catch (err) {
      // The receiver throws for paths it does not serve.
      if (err instanceof HTTPReceiverDeferredRequestError) return plain(res, 404, 'Not found');
      done(err);
    }
  };
}

async function slackEvents(
  slack: NonNullable<FrontOptions['slack']>,
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
  now: () => number,
): Promise<void> {
  let buffered: BufferedIncomingMessage;
  try {
    // Buffered once: Bolt reads the same rawBody instead of the spent stream.
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit);
  } catch (err) {
    const tooLarge = HTTPModuleFunctions.isRawBodyError(err) && err.statusCode === 413;
    logger.warn(tooLarge ? 'Slack request refused: body too large' : 'Slack request refused: the body could not be read', err);
    return void res.writeHead(tooLarge ? 413 : 400).end();
  }
  const verdict = await checkSlackRequest(buffered, slack.signingSecret, slack.replays, now());
  if (!verdict.pass) {
    (verdict.status === 200 ? logger.info : logger.warn)(
      `Slack request ${verdict.status === 200 ? 'skipped' : `refused (${verdict.status})`}: ${verdict.reason}`,
    );
    return void res.writeHead(verdict.status).end();
  }
  slack.listener(buffered, res);
}

function healthz(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: true }));
}

export function listen(handler: RequestListener, port: number, host?: string): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    if (host) server.listen(port, host, () => resolve(server));
    else server.listen(port, () => resolve(server));
  });
}
