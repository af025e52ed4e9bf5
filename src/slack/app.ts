// The Slack app: Bolt with our listeners, over HTTP (events, commands and interactivity all on /slack/events)
// or Socket Mode when an app-level token is given. Either way one server of ours on PORT also serves /healthz
// and the source pages (http-front.ts).
import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type InstallationStore } from '@slack/bolt';
import type { Logger, LogLevel } from '../log.js';
import type { WebHandler } from '../web/routes.js';
import type { Attache } from './attache.js';
import { boltLogger } from './bolt-logger.js';
import { MemorySeenEvents, type SeenEvents } from '../state/seen-events.js';
import { oncePerEvent } from './middleware/once-per-event.js';
import { frontHandler, listen, EVENTS_PATH } from './http-front.js';
import { REQUEST_CHECKS } from './request-checks.js';
import { webClientOptions } from './web-client.js';
import { BOT_SCOPES } from './scopes.js';
import { registerAssistant } from './listeners/assistant/index.js';
import { registerEvents } from './listeners/events/index.js';
import { registerCommands } from './listeners/commands/index.js';
import { registerActions } from './listeners/actions/index.js';
import { registerViews } from './listeners/views/index.js';

/** Installable in many workspaces: Bolt's OAuth installer at /slack/install, installations in `installationStore`. */
export type OAuthOptions = { clientId: string; clientSecret: string; stateSecret: string; installationStore: InstallationStore };

export type SlackAppOptions = {
  attache: Attache;
  /** One workspace: its bot token. Without it, `oauth` must be given. */
  botToken?: string;
  oauth?: OAuthOptions;
  /** HTTP mode: requests are verified with it. */
  signingSecret: string;
  /** Socket Mode when set (xapp-…). */
  appToken?: string;
  slackApiUrl?: string;
  port: number;
  /** Where to listen (HOST); every interface when absent. */
  host?: string;
  logger: Logger;
  logLevel?: LogLevel;
  seenEvents?: SeenEvents;
  /** Signed commands and interactions already handled, so that a replay does nothing (in memory by default). */
  replays?: SeenEvents;
  /** The source pages, served beside the Slack endpoints. */
  sources: WebHandler;
};

export type RunningSlackApp = { app: App; mode: 'http' | 'socket'; port: number; stop: () => Promise<void> };

export async function startSlackApp(o: SlackAppOptions): Promise<RunningSlackApp> {
  const logger = boltLogger(o.logger, o.logLevel);
  const receiver = o.appToken
    ? new SocketModeReceiver({ appToken: o.appToken, logger })
    : new HTTPReceiver({
        signingSecret: o.signingSecret,
        // The front checks every request to /slack/events, the signature included (request-checks.ts).
        signatureVerification: false,
        endpoints: EVENTS_PATH,
        logger,
        ...(o.oauth ? installer(o.oauth, o.slackApiUrl) : {}),
      });
  const app = new App({
    ...(o.botToken ? { token: o.botToken } : {}),
    receiver,
    logger,
    clientOptions: webClientOptions(o.slackApiUrl),
    extendedErrorHandler: true,
    convoStore: false,
  });
  app.use(oncePerEvent(o.seenEvents ?? new MemorySeenEvents()));
  registerAssistant(app, o.attache);
  registerEvents(app, o.attache);
  registerCommands(app, o.attache);
  registerActions(app, o.attache);
  registerViews(app, o.attache);
  // Whatever a listener throws ends here: logged with what was asked, never thrown on to the process.
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    o.logger.error(`Slack request failed: ${describeRequest(body as Record<string, unknown>)}`, error);
  });

  const slack =
    receiver instanceof HTTPReceiver
      ? { listener: receiver.requestListener, signingSecret: o.signingSecret, replays: o.replays ?? new MemorySeenEvents(REQUEST_CHECKS.replayMemoryMs) }
      : undefined;
  // In HTTP mode Bolt's own start() would only open a second server: ours hands /slack/events to the receiver.
  if (!slack) await app.start();
  const server = await listen(frontHandler({ sources: o.sources, logger: o.logger, ...(slack ? { slack } : {}) }), o.port, o.host);
  const address = server.address();
  const stop = async () => {
    await close(server);
    if (!slack) await app.stop();
  };
  return { app, mode: slack ? 'http' : 'socket', port: typeof address === 'object' && address ? address.port : o.port, stop };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The installer's options: the bot scopes of manifest.yaml; its Web API calls (oauth.v2.access) go where the app's do. */
function installer(oauth: OAuthOptions, slackApiUrl: string | undefined) {
  return { ...oauth, scopes: BOT_SCOPES, installerOptions: { clientOptions: webClientOptions(slackApiUrl), directInstall: true } };
}

/** The gist of a request for the log: its type, and the command, event or action with who and where. */
function describeRequest(body: Record<string, unknown> | undefined): string {
  if (!body) return 'unknown request';
  const event = body.event as { type?: string; channel?: string; user?: string; text?: string } | undefined;
  const actions = body.actions as { action_id?: string }[] | undefined;
  return JSON.stringify({
    type: body.type ?? (body.command ? 'slash_command' : undefined),
    command: body.command,
    text: body.text ?? event?.text,
    event: event?.type,
    action: actions?.[0]?.action_id,
    user: body.user_id ?? event?.user ?? (body.user as { id?: string } | undefined)?.id,
    channel: body.channel_id ?? event?.channel,
  });
}
