// The reply to a question, a /treaty lookup or an /onthisday date, rendered for Slack. An error inside the
// engine becomes a short apology and a log line with the request; it never reaches Bolt or the process.
import type { Logger } from '@slack/bolt';
import { treaty } from '../core/treaty.js';
import { onThisDay } from '../core/onthisday.js';
import { parseDayArg } from '../core/dates.js';
import { askedQuestion, renderBlocks } from '../render/blocks.js';
import { renderOnThisDay } from '../render/onthisday-blocks.js';
import { escapeMrkdwn, section, type SlackMessage } from '../render/blockkit.js';
import { packQuery, type Query } from '../render/button-values.js';
import { DEFAULT_TIME } from '../onthisday/subscription.js';
import { today, type Attache } from './attache.js';

export type Reply = SlackMessage & { failed?: boolean };

export type ReplyOptions = {
  logger: Pick<Logger, 'error'>;
  /** Echo the question above the answer ("You asked: …"): for replies that do not sit under the question. */
  echo?: boolean;
  /** Offer a "Share in channel" button (ephemeral replies). */
  shareable?: boolean;
  /** The user who shared it into the channel. */
  sharedBy?: string;
  /** Where the request came from, for the log when something goes wrong. */
  request?: Record<string, unknown>;
};

/** A message of one mrkdwn section. */
export function notice(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: [section(mrkdwn)] };
}

export const APOLOGY = 'Sorry — something went wrong while answering that. It has been logged; please try again or ask another way.';

function treatyUsage(): SlackMessage {
  return notice('`/treaty` lists every treaty, agreement and programme in my sources; `/treaty <words>` finds the one they name, for example `/treaty allied relations`.');
}

export function onThisDayUsage(attache: Attache, problem?: string): SlackMessage {
  return notice(
    [
      ...(problem ? [escapeMrkdwn(problem), ''] : []),
      '*`/onthisday`* — what happened on this date in diplomatic history:',
      '• `/onthisday` today, `/onthisday 07-12` or `/onthisday 1996-07-12` another day',
      `• \`/onthisday subscribe [HH:MM] [time zone]\` — post it in this channel every day (default ${DEFAULT_TIME}, ${escapeMrkdwn(attache.timeZone)})`,
      '• `/onthisday status` — when the next post goes out · `/onthisday unsubscribe` — stop it',
    ].join('\n'),
  );
}

export function replyTo(attache: Attache, query: Query, opts: ReplyOptions): Reply {
  try {
    return compose(attache, query, opts);
  } catch (err) {
    opts.logger.error(`engine error answering ${JSON.stringify({ ...opts.request, query })}`, err);
    return { ...notice(APOLOGY), failed: true };
  }
}

function compose(attache: Attache, query: Query, opts: ReplyOptions): SlackMessage {
  const text = query.text.trim();
  const date = today(attache);
  // What every rendering takes: where links point, who shared it, and the Share button for what is worth sharing.
  const common = { ...attache.links, ...(opts.sharedBy ? { sharedBy: opts.sharedBy } : {}) };
  const share = (worthIt: boolean) => (opts.shareable && worthIt ? { shareValue: packQuery(query) } : {});
  switch (query.kind) {
    case 'ask': {
      const question = askedQuestion(text);
      // A bare mention ("@Attaché") or an empty /ask gets the help.
      const answer = question ? attache.engine.ask(text, { today: date }) : attache.engine.help();
      return renderBlocks(answer, { ...common, ...(opts.echo && question ? { asked: text } : {}), ...share(answer.answered && question !== '') });
    }
    case 'treaty': {
      if (text.toLowerCase() === 'help') return treatyUsage();
      const answer = treaty(attache.engine, text, { today: date });
      return renderBlocks(answer, { ...common, ...(opts.echo ? { asked: `/treaty ${text}` } : {}), ...share(answer.answered) });
    }
    case 'onthisday': {
      const day = parseDayArg(text || date);
      if ('error' in day) return onThisDayUsage(attache, day.error);
      return renderOnThisDay(onThisDay(attache.engine.kb, day.monthDay, day.year ?? Number(date.slice(0, 4))), { ...common, ...share(true) });
    }
  }
}
