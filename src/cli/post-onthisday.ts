// `attache post-onthisday [--dry-run]`: one round of the daily posts, for running from cron instead of (or as
// well as) the app's own schedule. Each channel still gets one post a day: a day is claimed in the store
// before it is posted. --dry-run prints what each channel would get and records nothing.
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { loadEngine } from '../core/index.js';
import { createLogger } from '../log.js';
import { JsonFileSubscriptionStore, SubscriptionsFileError } from '../onthisday/json-file-store.js';
import { Subscriptions } from '../onthisday/subscriptions.js';
import { postDue, type RoundOutcome } from '../onthisday/round.js';
import { formatLocal, keyOf } from '../onthisday/subscription.js';
import { slackRoundDeps } from '../slack/daily-round.js';
import { createWebClient } from '../slack/web-client.js';

export async function runPostOnThisDay(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' } } });
  const dryRun = values['dry-run'] ?? false;
  const config = readConfig();
  if (!dryRun && !config.SLACK_BOT_TOKEN) {
    process.stderr.write('attache post-onthisday: SLACK_BOT_TOKEN is not set (Slack app settings → OAuth & Permissions → Bot User OAuth Token); --dry-run needs none.\n');
    return 1;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const store = new JsonFileSubscriptionStore(config.DATA_DIR, logger, { readOnly: dryRun });
  const client = createWebClient(config.SLACK_BOT_TOKEN, logger, config.LOG_LEVEL, config.SLACK_API_URL);
  const links = config.PUBLIC_BASE_URL ? { publicBaseUrl: config.PUBLIC_BASE_URL } : {};
  let outcomes: RoundOutcome[];
  try {
    outcomes = await postDue(slackRoundDeps(client, new Subscriptions(store), loadEngine().kb, links, logger), { dryRun });
  } catch (err) {
    if (!(err instanceof SubscriptionsFileError)) throw err;
    process.stderr.write(`attache post-onthisday: ${err.message}\n`);
    return 1;
  }
  if (!outcomes.length) process.stdout.write(`No channel is subscribed (${store.path}).\n`);
  for (const o of outcomes) process.stdout.write(`${describe(o)}\n`);
  // Non-zero when a post failed or a subscription was paused just now, so that cron reports it.
  return outcomes.some((o) => o.status === 'failed' || (o.status === 'paused' && o.date)) ? 1 : 0;
}

function describe(o: RoundOutcome): string {
  const sub = o.subscription;
  const head = `${keyOf(sub)} (every day at ${sub.time} ${sub.timeZone})`;
  switch (o.status) {
    case 'would-post':
      return `${head}: would post for ${o.date}:\n${indent(o.day?.text ?? '')}`;
    case 'posted':
      return `${head}: posted for ${o.date}${o.ts ? ` (ts ${o.ts})` : ''}`;
    case 'not-due':
      return `${head}: nothing due${o.reason ? ` (${o.reason})` : ''}${o.next ? `; next post ${formatLocal(o.next, sub.timeZone)}` : ''}`;
    case 'paused':
      return `${head}: paused — ${o.reason}`;
    case 'failed':
      return `${head}: failed for ${o.date} — ${o.reason}; the next run tries again`;
  }
}

const indent = (text: string) => text.replace(/^/gm, '    ');
