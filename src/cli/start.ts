// `attache start` (npm start): the Slack app with its daily posts when credentials are set; otherwise say
// what is missing (and open the local chat when a person is at the terminal).
import { readConfig, type Config } from '../config.js';
import { loadEngine } from '../core/index.js';
import { createLogger } from '../log.js';
import { JsonFileSubscriptionStore } from '../onthisday/json-file-store.js';
import { Subscriptions } from '../onthisday/subscriptions.js';
import { DailyScheduler } from '../onthisday/scheduler.js';
import { postDue } from '../onthisday/round.js';
import { startSlackApp } from '../slack/app.js';
import { slackRoundDeps } from '../slack/daily-round.js';
import { sourcePages } from '../web/routes.js';
import { openFeedbackStore } from './stores.js';
import { runChat } from './chat.js';

export async function runStart(_args: string[]): Promise<number> {
  const config = readConfig();
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret } = config;
  if (!botToken || !signingSecret) {
    const missing = [botToken ? '' : 'SLACK_BOT_TOKEN', signingSecret ? '' : 'SLACK_SIGNING_SECRET'].filter(Boolean);
    process.stderr.write(
      `Slack is not configured: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (copy .env.example to .env; ` +
        'the values are in your Slack app settings: Basic Information → Signing Secret, OAuth & Permissions → Bot User OAuth Token).\n',
    );
    if (process.stdin.isTTY) {
      process.stderr.write('Starting the local chat instead.\n\n');
      return runChat();
    }
    return 1;
  }
  await runSlack(config, botToken, signingSecret);
  return 0;
}

/** Runs until SIGINT or SIGTERM, then stops the schedule and the server. */
async function runSlack(config: Config, botToken: string, signingSecret: string): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (err) => logger.error('unhandled rejection (the app keeps running)', err));
  const engine = loadEngine();
  const links = config.PUBLIC_BASE_URL ? { publicBaseUrl: config.PUBLIC_BASE_URL } : {};
  const subscriptions = new Subscriptions(new JsonFileSubscriptionStore(config.DATA_DIR, logger));
  const running = await startSlackApp({
    attache: { engine, links, timeZone: config.TZ_NAME, now: () => new Date(), subscriptions, feedback: openFeedbackStore() },
    botToken,
    signingSecret,
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    port: config.PORT,
    ...(config.HOST ? { host: config.HOST } : {}),
    logger,
    logLevel: config.LOG_LEVEL,
    sources: sourcePages(engine.kb, links),
  });
  const roundDeps = slackRoundDeps(running.app.client, subscriptions, engine.kb, links, logger);
  const scheduler = new DailyScheduler(subscriptions, (only) => postDue(roundDeps, only ? { only } : {}), logger);
  await scheduler.start();
  logger.info(
    running.mode === 'http'
      ? `Attaché is listening on ${config.HOST ?? 'every interface'}, port ${running.port}: POST /slack/events (events, commands, interactivity), GET /healthz, GET /sources`
      : `Attaché is connected in Socket Mode; GET /healthz and /sources on port ${running.port}`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  logger.info('Stopping');
  scheduler.stop();
  await running.stop();
}
