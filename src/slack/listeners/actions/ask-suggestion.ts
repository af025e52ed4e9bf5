// A suggested or example question clicked: answered where it was offered. Under a private reply, the
// private reply is replaced; under a public message, the answer goes in its thread; from the Home tab, in the DM.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { feedbackStyle } from '../../conversation.js';
import { postReply } from '../../post.js';
import { NO_UNFURL } from '../../render/blockkit.js';
import { replyTo } from '../../replies.js';

type Container = { type?: string; is_ephemeral?: boolean; channel_id?: string; message_ts?: string; thread_ts?: string };

export const askSuggestion =
  (attache: Attache) =>
  async ({ ack, action, body, respond, client, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const question = action.value ?? '';
    const container = body.container as Container;
    const where = container.type !== 'message' ? 'dm' : container.is_ephemeral ? 'private' : 'thread';
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const threadTs = container.thread_ts ?? container.message_ts;
    const inThread = where === 'thread' && container.channel_id;
    const reply = await replyTo(
      attache,
      { kind: 'ask', text: question },
      {
        logger,
        // In a thread others read, say who asked; privately, offer to share.
        view:
          where === 'private'
            ? { echo: true, shareable: true, feedback: 'buttons' }
            : { echo: true, ...(inThread ? { sharedBy: body.user.id } : {}), feedback: inThread ? feedbackStyle(container.channel_id, threadTs) : 'buttons' },
        ...(inThread ? { conversation: { teamId, channelId: container.channel_id!, ...(threadTs ? { threadTs } : {}) } } : {}),
        askedIn: { teamId },
        request: { action: 'suggestion', user: body.user.id, question },
      },
    );
    if (where === 'private') {
      await respond({ response_type: 'ephemeral', replace_original: true, text: reply.text, blocks: reply.blocks, ...NO_UNFURL });
    } else if (inThread) {
      await postReply(client, container.channel_id!, threadTs, reply);
    } else {
      // Posting to a user id posts in the app's DM with them (its Messages tab).
      await postReply(client, body.user.id, undefined, reply);
    }
  };
