// `attache post-onthisday [--dry-run]`: one round of the daily posts, for running from cron instead of (or as
// well as) the app's own schedule. Each channel still gets one post a day: a day is claimed in the database
// before it is posted. --dry-run prints what each channel would get and posts and records nothing.
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openEngine } from '../core/open.js';
import { createLogger } from '../log.js';
import { Subscriptions } from '../onthisday/subscriptions.js';
import { postDue, type RoundOutcome } from '../onthisday/round.js';
import { formatLocal, keyOf, nextPostAt } from '../onthisday/subscription.js';
import { slackRoundDeps, teamClients, type TokenFor } from '../slack/daily-round.js';
import { installedBotToken } from '../slack/installation-store.js';
import { openConfiguredState, quietStateLogger } from './stores.js';

export async function runPostOnThisDay(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' } } });
  const dryRun = values['dry-run'] ?? false;
  const config = readConfig();
  const botToken = config.SLACK_BOT_TOKEN;
  if (!dryRun && !botToken && !config.SLACK_CLIENT_ID) {
    process.stderr.write(
      'attache post-onthisday: SLACK_BOT_TOKEN is not set (Slack app settings → OAuth & Permissions → Bot User OAuth Token), nor SLACK_CLIENT_ID for the workspaces installed by OAuth; --dry-run needs neither.\n',
    );
    return 1;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const state = await openConfiguredState(
    config,
    quietStateLogger((m) => logger.error(m)),
  );
  try {
    const tokenFor: TokenFor = botToken ? async () => botToken : (teamId) => installedBotToken(state.installations, teamId);
    const links = config.PUBLIC_BASE_URL ? { publicBaseUrl: config.PUBLIC_BASE_URL } : {};
    const leaseMs = config.ONTHISDAY_CLAIM_LEASE_SECONDS ? config.ONTHISDAY_CLAIM_LEASE_SECONDS * 1000 : undefined;
    const deps = slackRoundDeps(
      teamClients(tokenFor, config.SLACK_API_URL, logger, config.LOG_LEVEL),
      new Subscriptions(state.subscriptions),
      (await openEngine(config.DATA_DIR)).kb,
      links,
      logger,
      leaseMs,
    );
    const outcomes = await postDue(deps, { dryRun });
    if (!outcomes.length) process.stdout.write(`No channel is subscribed (${state.database.where}).\n`);
    const now = new Date();
    for (const o of outcomes) process.stdout.write(`${describe(o, now)}\n`);
    // Non-zero when a post failed or a subscription was paused just now, so that cron reports it.
    return outcomes.some((o) => o.status === 'failed' || (o.status === 'paused' && o.date)) ? 1 : 0;
  } finally {
    await state.database.close();
  }
}

function describe(o: RoundOutcome, now: Date): string {
  const sub = o.subscription;
  const head = `${keyOf(sub)} (every day at ${sub.time} ${sub.timeZone})`;
  switch (o.status) {
    case 'would-post':
      return `${head}: would post for ${o.date}${o.reason ? ` (${o.reason})` : ''}:\n${indent(o.day?.text ?? '')}`;
    case 'posted':
      return `${head}: ${o.found ? 'found already posted' : 'posted'} for ${o.date} (ts ${o.ts})`;
    case 'not-due': {
      const next = nextPostAt(sub, now);
      return `${head}: nothing due${o.reason ? ` (${o.reason})` : ''}${next ? `; next post ${formatLocal(next, sub.timeZone)}` : ''}`;
    }
    case 'paused':
      return `${head}: paused — ${o.reason}`;
    case 'failed':
      return `${head}: failed for ${o.date} — ${o.reason}; the next run tries again`;
  }
}

const indent = (text: string) => text.replace(/^/gm, '    ');
