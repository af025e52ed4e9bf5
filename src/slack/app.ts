// The Slack app: Bolt with our listeners, over HTTP (events, commands and interactivity all on /slack/events)
// or Socket Mode when an app-level token is given. Custom routes (/healthz, the source pages) share the port.
import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute, type InstallationStore, type Logger } from '@slack/bolt';
import type { Attache } from './attache.js';
import { MemorySeenEvents, type SeenEvents } from '../state/seen-events.js';
import { oncePerEvent } from './middleware/once-per-event.js';
import { healthzRoute } from './healthz.js';
import { webClientOptions } from './web-client.js';
import { BOT_SCOPES } from './scopes.js';
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
  /** Where to listen in HTTP mode; every interface when absent. */
  host?: string;
  logger: Logger;
  seenEvents?: SeenEvents;
  /** More routes beside /healthz, such as the source pages. */
  routes?: CustomRoute[];
};

export type RunningSlackApp = { app: App; mode: 'http' | 'socket'; port: number; stop: () => Promise<void> };

export async function startSlackApp(o: SlackAppOptions): Promise<RunningSlackApp> {
  const customRoutes = [healthzRoute, ...(o.routes ?? [])];
  const receiver = o.appToken
    ? new SocketModeReceiver({ appToken: o.appToken, customRoutes, installerOptions: { port: o.port }, logger: o.logger })
    : new HTTPReceiver({ signingSecret: o.signingSecret, endpoints: '/slack/events', port: o.port, customRoutes, logger: o.logger, ...(o.oauth ? installer(o.oauth, o.slackApiUrl) : {}) });
  const app = new App({ ...(o.botToken ? { token: o.botToken } : {}), receiver, logger: o.logger, clientOptions: webClientOptions(o.slackApiUrl), extendedErrorHandler: true, convoStore: false });
  app.use(oncePerEvent(o.seenEvents ?? new MemorySeenEvents()));
  registerEvents(app, o.attache);
  registerCommands(app, o.attache);
  registerActions(app, o.attache);
  registerViews(app, o.attache);
  // Whatever a listener throws ends here: logged with what was asked, never thrown on to the process.
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    o.logger.error(`Slack request failed: ${describeRequest(body as Record<string, unknown>)}`, error);
  });

  if (receiver instanceof SocketModeReceiver) {
    await app.start();
    return { app, mode: 'socket', port: o.port, stop: async () => void (await app.stop()) };
  }
  const server = (await app.start({ port: o.port, ...(o.host ? { host: o.host } : {}) })) as Server;
  const address = server.address();
  return { app, mode: 'http', port: typeof address === 'object' && address ? address.port : o.port, stop: async () => void (await app.stop()) };
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
