// How our Web API client behaves, for the app and for `attache post-onthisday` alike.
import type { webApi } from '@slack/bolt';

/**
 * On a 429 the WebClient waits out Retry-After and tries again; other failures back off. Slack's default is ten
 * retries over about half an hour; three, over well under a minute, suit a bot someone is waiting on.
 */
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 15_000, randomize: true };

/** A call still unanswered after this is abandoned (and the daily posts' claims outlast it, see round.ts). */
const TIMEOUT_MS = 30_000;

/** `slackApiUrl` (SLACK_API_URL) points the client at another Web API, such as a test double. */
export function webClientOptions(slackApiUrl?: string): webApi.WebClientOptions {
  return { retryConfig: RETRY_CONFIG, timeout: TIMEOUT_MS, ...(slackApiUrl ? { slackApiUrl } : {}) };
}
