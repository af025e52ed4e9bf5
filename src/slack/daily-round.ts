// The daily round wired to Slack: each post carries message metadata naming its day, so that a post whose
// answer was lost (a 5xx, a timeout, a replica killed mid-call) is found in the channel's history instead of
// being sent again. chat.postMessage is therefore never retried blindly: only a 429 (which Slack did not
// process) is waited out and sent again, and only while the claim is still ours.
import { webApi } from '@slack/bolt';
import type { KnowledgeBase } from '../core/knowledge.js';
import type { Logger, LogLevel } from '../log.js';
import type { LinkOptions } from '../render/links.js';
import type { FindPosted, Poster, RoundDeps } from '../onthisday/round.js';
import type { Subscriptions } from '../onthisday/subscriptions.js';
import { renderOnThisDay } from './render/onthisday-blocks.js';
import { NO_UNFURL } from './render/blockkit.js';
import { boltLogger } from './bolt-logger.js';
import { explainPostError } from './post-errors.js';
import { webClientOptions } from './web-client.js';

export const ONTHISDAY_EVENT_TYPE = 'attache_onthisday';

const OPTIONS = {
  /** Sends of one post after a 429, each after the Retry-After Slack gave. */
  rateLimitedTries: 3,
  /** Pages of history read looking for a lost post (from the day's first claim on, so normally one). */
  historyPages: 5,
};

/** The bot token of a workspace, or undefined when the app is not installed there. */
export type TokenFor = (teamId: string) => Promise<string | undefined>;

type TeamClients = { reader: webApi.WebClient; poster: webApi.WebClient };

/** Web API clients per token: `poster` never retries by itself, `reader` keeps the usual retries. */
export function teamClients(tokenFor: TokenFor, slackApiUrl: string | undefined, logger: Logger, level?: LogLevel): (teamId: string) => Promise<TeamClients> {
  const byToken = new Map<string, TeamClients>();
  return async (teamId) => {
    const token = await tokenFor(teamId);
    if (!token) throw Object.assign(new Error(`no installation for ${teamId}`), { data: { ok: false, error: 'team_access_not_granted' } });
    let clients = byToken.get(token);
    if (!clients) {
      const options = { ...webClientOptions(slackApiUrl), logger: boltLogger(logger, level) };
      clients = {
        reader: new webApi.WebClient(token, options),
        poster: new webApi.WebClient(token, { ...options, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true }),
      };
      byToken.set(token, clients);
    }
    return clients;
  };
}

export function slackRoundDeps(
  clients: (teamId: string) => Promise<TeamClients>,
  subscriptions: Subscriptions,
  kb: KnowledgeBase,
  links: LinkOptions,
  logger: Logger,
  leaseMs?: number,
): RoundDeps {
  const post: Poster = async (key, day, date, stillMine) => {
    const { poster } = await clients(key.teamId);
    const message = renderOnThisDay(day, links);
    for (let attempt = 1; ; attempt++) {
      try {
        const { ts } = await poster.chat.postMessage({
          channel: key.channelId,
          text: message.text,
          blocks: message.blocks,
          ...NO_UNFURL,
          metadata: { event_type: ONTHISDAY_EVENT_TYPE, event_payload: { day: date } },
        });
        if (!ts) throw new Error('chat.postMessage answered without a ts');
        return { ts };
      } catch (err) {
        const retryAfter =
          (err as { code?: string; retryAfter?: number }).code === webApi.ErrorCode.RateLimitedError ? (err as { retryAfter: number }).retryAfter : undefined;
        if (retryAfter === undefined || attempt >= OPTIONS.rateLimitedTries) throw err;
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
        if (!(await stillMine())) throw new Error('the claim on this day lapsed while waiting out a rate limit');
      }
    }
  };

  const findPosted: FindPosted = async (key, day, since) => {
    const { reader } = await clients(key.teamId);
    // A minute earlier than the claim, for clocks that differ between this host and Slack.
    const oldest = String(Math.floor(Date.parse(since) / 1000) - 60);
    let cursor: string | undefined;
    for (let page = 0; page < OPTIONS.historyPages; page++) {
      const res = await reader.conversations.history({ channel: key.channelId, oldest, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) });
      const mine = res.messages?.find(
        (m) => m.metadata?.event_type === ONTHISDAY_EVENT_TYPE && (m.metadata.event_payload as { day?: unknown } | undefined)?.day === day,
      );
      if (mine?.ts) return mine.ts;
      cursor = res.response_metadata?.next_cursor;
      if (!res.has_more || !cursor) return undefined;
    }
    return undefined;
  };

  return { subscriptions, kb, post, findPosted, explain: explainPostError, logger, now: () => new Date(), ...(leaseMs ? { leaseMs } : {}) };
}
