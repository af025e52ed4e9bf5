// How our Web API client behaves, for the app and for `attache post-onthisday` alike.
import { webApi } from '@slack/bolt';
import type { Logger, LogLevel } from '../log.js';
import { boltLogger } from './bolt-logger.js';

/**
 * On a 429 the WebClient waits out Retry-After and tries again; other failures back off. Slack's default is ten
 * retries over about half an hour; three, over well under a minute, suit a bot someone is waiting on.
 */
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 15_000, randomize: true };

/** `slackApiUrl` (SLACK_API_URL) points the client at another Web API, such as a test double. */
export function webClientOptions(slackApiUrl?: string): webApi.WebClientOptions {
  return { retryConfig: RETRY_CONFIG, ...(slackApiUrl ? { slackApiUrl } : {}) };
}

/** A client of its own, outside the Bolt app (the cron command). */
export function createWebClient(token: string | undefined, logger: Logger, level: LogLevel, slackApiUrl?: string): webApi.WebClient {
  return new webApi.WebClient(token, { ...webClientOptions(slackApiUrl), logger: boltLogger(logger, level) });
}
