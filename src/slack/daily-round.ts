// The daily round wired to Slack: posts with chat.postMessage, and reads its failures as Slack means them.
import type { Logger, webApi } from '@slack/bolt';
import type { KnowledgeBase } from '../core/knowledge.js';
import type { LinkOptions } from '../render/links.js';
import type { RoundDeps } from '../onthisday/round.js';
import type { Subscriptions } from '../onthisday/subscriptions.js';
import { explainPostError } from './post-errors.js';

export function slackRoundDeps(client: webApi.WebClient, subscriptions: Subscriptions, kb: KnowledgeBase, links: LinkOptions, logger: Logger): RoundDeps {
  return {
    subscriptions,
    kb,
    links,
    post: async (channel, message) => {
      const { ts } = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
      return ts ? { ts } : {};
    },
    explain: explainPostError,
    logger,
    now: () => new Date(),
  };
}
