// `attache start` (npm start): the Slack app with its daily posts when credentials are set; otherwise say
// what is missing (and open the local chat when a person is at the terminal). One workspace with
// SLACK_BOT_TOKEN, or any number installed through OAuth with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.
import { readConfig, type Config } from '../config.js';
import { openEngine } from '../core/open.js';
import { defaultDataRoot } from '../core/data-root.js';
import { EngineWorker } from '../worker/engine-worker.js';
import { createLogger } from '../log.js';
import { Subscriptions } from '../onthisday/subscriptions.js';
import { DailyScheduler } from '../onthisday/scheduler.js';
import { postDue } from '../onthisday/round.js';
import { startSlackApp, type OAuthOptions } from '../slack/app.js';
import { slackRoundDeps, teamClients, type TokenFor } from '../slack/daily-round.js';
import { installedBotToken, sqlInstallationStore } from '../slack/installation-store.js';
import { REQUEST_CHECKS } from '../slack/request-checks.js';
import { SqlSeenEvents } from '../state/sql/seen-events.js';
import { sourcePages } from '../web/routes.js';
import { openConfiguredState } from './stores.js';
import { runChat } from './chat.js';

type Mode = { botToken: string } | { oauth: Omit<OAuthOptions, 'installationStore'> };

export async function runStart(_args: string[]): Promise<number> {
  const config = readConfig();
  const mode = slackMode(config);
  if ('problem' in mode) {
    process.stderr.write(`${mode.problem}\n`);
    if (mode.chat && process.stdin.isTTY) {
      process.stderr.write('Starting the local chat instead.\n\n');
      return runChat();
    }
    return 1;
  }
  await runSlack(config, mode, config.SLACK_SIGNING_SECRET!);
  return 0;
}

function slackMode(config: Config): Mode | { problem: string; chat: boolean } {
  const {
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_CLIENT_ID: clientId,
    SLACK_CLIENT_SECRET: clientSecret,
    SLACK_STATE_SECRET: stateSecret,
  } = config;
  if (clientId || clientSecret) {
    const missing = [
      clientId ? '' : 'SLACK_CLIENT_ID',
      clientSecret ? '' : 'SLACK_CLIENT_SECRET',
      signingSecret ? '' : 'SLACK_SIGNING_SECRET',
      stateSecret ? '' : 'SLACK_STATE_SECRET',
    ].filter(Boolean);
    if (missing.length) return { problem: `Installing by OAuth needs ${missing.join(', ')} too (see .env.example).`, chat: false };
    if (config.SLACK_APP_TOKEN)
      return { problem: 'Installing by OAuth needs HTTP mode (Slack redirects to /slack/oauth_redirect): leave SLACK_APP_TOKEN empty.', chat: false };
    if (botToken)
      return { problem: 'Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (installed by OAuth), not both.', chat: false };
    return { oauth: { clientId: clientId!, clientSecret: clientSecret!, stateSecret: stateSecret! } };
  }
  if (!botToken || !signingSecret) {
    const missing = [botToken ? '' : 'SLACK_BOT_TOKEN', signingSecret ? '' : 'SLACK_SIGNING_SECRET'].filter(Boolean);
    return {
      problem:
        `Slack is not configured: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (copy .env.example to .env; ` +
        'the values are in your Slack app settings: Basic Information → Signing Secret, OAuth & Permissions → Bot User OAuth Token).',
      chat: true,
    };
  }
  return { botToken };
}

/** Runs until SIGINT or SIGTERM, then stops the schedule and the server. */
async function runSlack(config: Config, mode: Mode, signingSecret: string): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (err) => logger.error('unhandled rejection (the app keeps running)', err));
  // This thread reads the base (sources, calendar, help); the answers come from a worker thread, which loads the
  // engine from the snapshot this load has written if there was none, and makes its lazy parts before the first request.
  const engine = await openEngine(config.DATA_DIR);
  const answers = new EngineWorker({ root: defaultDataRoot(), dataDir: config.DATA_DIR }, (message, err) => logger.error(message, err));
  await answers.ready;
  const links = config.PUBLIC_BASE_URL ? { publicBaseUrl: config.PUBLIC_BASE_URL } : {};
  const state = await openConfiguredState(config, logger);
  const subscriptions = new Subscriptions(state.subscriptions);
  const running = await startSlackApp({
    attache: {
      engine,
      answers,
      links,
      timeZone: config.TZ_NAME,
      now: () => new Date(),
      subscriptions,
      feedback: state.feedback,
      conversations: state.conversations,
    },
    ...('botToken' in mode ? { botToken: mode.botToken } : { oauth: { ...mode.oauth, installationStore: sqlInstallationStore(state.installations) } }),
    signingSecret,
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    port: config.PORT,
    ...(config.HOST ? { host: config.HOST } : {}),
    logger,
    logLevel: config.LOG_LEVEL,
    seenEvents: state.seenEvents,
    // Replayed commands and clicks are recognised by every replica, for as long as a replay could pass.
    replays: new SqlSeenEvents(state.database, Date.now, REQUEST_CHECKS.replayMemoryMs),
    sources: sourcePages(engine.kb, links),
  });
  const tokenFor: TokenFor = 'botToken' in mode ? async () => mode.botToken : (teamId) => installedBotToken(state.installations, teamId);
  const leaseMs = config.ONTHISDAY_CLAIM_LEASE_SECONDS ? config.ONTHISDAY_CLAIM_LEASE_SECONDS * 1000 : undefined;
  const roundDeps = slackRoundDeps(teamClients(tokenFor, config.SLACK_API_URL, logger, config.LOG_LEVEL), subscriptions, engine.kb, links, logger, leaseMs);
  logger.info(
    running.mode === 'http'
      ? `Attaché is listening on ${config.HOST ?? 'every interface'}, port ${running.port}: POST /slack/events (events, commands, interactivity), GET /healthz, GET /sources${'oauth' in mode ? ', GET /slack/install' : ''}`
      : `Attaché is connected in Socket Mode; GET /healthz and /sources on port ${running.port}`,
  );
  // After the server is up: the first round (what was missed while down) may take a while.
  const scheduler = new DailyScheduler(subscriptions, (only) => postDue(roundDeps, only ? { only } : {}), logger);
  await scheduler.start();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  logger.info('Stopping');
  scheduler.stop();
  await running.stop();
  await answers.stop();
  await state.database.close();
}
