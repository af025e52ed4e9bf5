// "Share in channel": the private answer is computed again from its query and posted for everyone in the
// channel through the response_url (which works wherever the command was used, even where the bot is not a
// member); the private copy is deleted.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { unpackQuery } from '../../render/button-values.js';
import { NO_UNFURL } from '../../render/blockkit.js';
import type { Attache } from '../../attache.js';
import { replyTo } from '../../replies.js';

export const shareAnswer =
  (attache: Attache) =>
  async ({ ack, action, body, respond, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const query = unpackQuery(action.value);
    if (!query) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That button no longer works; please ask again.' });
      return;
    }
    const reply = await replyTo(attache, query, {
      logger,
      view: { echo: true, sharedBy: body.user.id, feedback: 'buttons' },
      request: { action: 'share', user: body.user.id },
    });
    await respond(
      reply.failed
        ? { response_type: 'ephemeral', replace_original: false, text: reply.text, blocks: reply.blocks }
        : { response_type: 'in_channel', delete_original: true, text: reply.text, blocks: reply.blocks, ...NO_UNFURL },
    );
  };
