// A question in the bot's DM (a file attached is fine): answered in the DM, in the thread when the question was
// asked in one. Messages in assistant threads never get here: the Assistant takes them first.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { postReply } from '../../post.js';
import { replyTo } from '../../replies.js';
import { isNewHumanMessage } from './human-message.js';

export const directMessage =
  (attache: Attache) =>
  async ({ event, client, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    if (event.channel_type !== 'im' || !isNewHumanMessage(event)) return;
    const teamId = context.teamId ?? '';
    const reply = await replyTo(
      attache,
      { kind: 'ask', text: event.text ?? '' },
      {
        logger,
        view: { feedback: 'buttons' },
        conversation: { teamId, channelId: event.channel, ...(event.thread_ts ? { threadTs: event.thread_ts } : {}) },
        askedIn: { teamId },
        request: { event: 'message.im', subtype: event.subtype, channel: event.channel, user: event.user, ts: event.ts },
      },
    );
    await postReply(client, event.channel, event.thread_ts, reply);
  };
