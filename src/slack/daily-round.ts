// The daily round wired to Slack: the day rendered as Block Kit and posted with chat.postMessage, and its
// failures read as Slack means them.
import type { webApi } from '@slack/bolt';
import type { KnowledgeBase } from '../core/knowledge.js';
import type { Logger } from '../log.js';
import type { LinkOptions } from '../render/links.js';
import type { RoundDeps } from '../onthisday/round.js';
import type { Subscriptions } from '../onthisday/subscriptions.js';
import { renderOnThisDay } from './render/onthisday-blocks.js';
import { explainPostError } from './post-errors.js';
import { NO_UNFURL } from './render/blockkit.js';

export function slackRoundDeps(client: webApi.WebClient, subscriptions: Subscriptions, kb: KnowledgeBase, links: LinkOptions, logger: Logger): RoundDeps {
  return {
    subscriptions,
    kb,
    post: async (channel, day) => {
      const message = renderOnThisDay(day, links);
      const { ts } = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, ...NO_UNFURL });
      return ts ? { ts } : {};
    },
    explain: explainPostError,
    logger,
    now: () => new Date(),
  };
}
