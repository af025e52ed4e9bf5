// `@Attaché <question>` in a channel (also in a thread reply sent to the channel): the answer goes in the thread.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { postReply } from '../../post.js';
import { replyTo } from '../../replies.js';
import { isNewHumanMessage } from './human-message.js';

export const appMention =
  (attache: Attache) =>
  async ({ event, client, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    if (!isNewHumanMessage(event)) return;
    const teamId = context.teamId ?? '';
    const threadTs = event.thread_ts ?? event.ts;
    const reply = await replyTo(
      attache,
      { kind: 'ask', text: event.text },
      {
        logger,
        view: { feedback: 'buttons' },
        conversation: { teamId, channelId: event.channel, threadTs },
        askedIn: { teamId },
        request: { event: 'app_mention', subtype: event.subtype, channel: event.channel, user: event.user, ts: event.ts },
      },
    );
    await postReply(client, event.channel, threadTs, reply);
  };
