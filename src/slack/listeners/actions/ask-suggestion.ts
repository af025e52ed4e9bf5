// A suggested or example question clicked: answered where it was offered. Under a private reply, the
// private reply is replaced; under a public message, the answer goes in its thread; from the Home tab, in the DM.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { replyTo } from '../../replies.js';

type Container = { type?: string; is_ephemeral?: boolean; channel_id?: string; message_ts?: string; thread_ts?: string };

export const askSuggestion =
  (attache: Attache) =>
  async ({ ack, action, body, respond, client, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const question = action.value ?? '';
    const container = body.container as Container;
    const where = container.type !== 'message' ? 'dm' : container.is_ephemeral ? 'private' : 'thread';
    const reply = replyTo(
      attache,
      { kind: 'ask', text: question },
      // In a thread others read, say who asked; privately, offer to share.
      { logger, echo: true, shareable: where === 'private', ...(where === 'thread' ? { sharedBy: body.user.id } : {}), request: { action: 'suggestion', user: body.user.id, question } },
    );
    const message = { text: reply.text, blocks: reply.blocks };
    if (where === 'private') {
      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    } else if (where === 'thread' && container.channel_id) {
      await client.chat.postMessage({ channel: container.channel_id, thread_ts: container.thread_ts ?? container.message_ts, ...message });
    } else {
      // Posting to a user id posts in the app's DM with them (its Messages tab).
      await client.chat.postMessage({ channel: body.user.id, ...message });
    }
  };
