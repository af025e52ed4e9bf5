// A question in the bot's DM: answered in the DM, in the thread when the question was asked in one.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { replyTo } from '../../replies.js';
import { isNewHumanMessage } from './human-message.js';

export const directMessage =
  (attache: Attache) =>
  async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    // (The subtype test is isNewHumanMessage's too; spelt out here, it tells TypeScript this is a plain message.)
    if (event.channel_type !== 'im' || event.subtype !== undefined || !isNewHumanMessage(event)) return;
    const reply = replyTo(attache, { kind: 'ask', text: event.text ?? '' }, { logger, request: { event: 'message.im', channel: event.channel, user: event.user, ts: event.ts } });
    await client.chat.postMessage({ channel: event.channel, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}), text: reply.text, blocks: reply.blocks });
  };
