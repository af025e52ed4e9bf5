// `@Attaché <question>` in a channel: the answer goes in the thread of the mention.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { replyTo } from '../../replies.js';
import { isNewHumanMessage } from './human-message.js';

export const appMention =
  (attache: Attache) =>
  async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    if (!isNewHumanMessage(event)) return;
    const reply = replyTo(attache, { kind: 'ask', text: event.text }, { logger, request: { event: 'app_mention', channel: event.channel, user: event.user, ts: event.ts } });
    await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text: reply.text, blocks: reply.blocks });
  };
