// "More": the next page of a list answer, computed again from the query in the button and shown in place of
// the page before (through the response_url, which edits private and public messages alike).
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { unpackPage } from '../../render/button-values.js';
import { NO_UNFURL } from '../../render/blockkit.js';
import type { Attache } from '../../attache.js';
import { replyTo } from '../../replies.js';

export const moreOfAnswer =
  (attache: Attache) =>
  async ({ ack, action, body, respond, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const page = unpackPage(action.value);
    if (!page) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That button no longer works; please ask again.' });
      return;
    }
    const reply = await replyTo(attache, page.query, {
      logger,
      view: page.view,
      offset: page.offset,
      request: { action: 'more', user: body.user.id, offset: page.offset },
    });
    await respond({ replace_original: true, text: reply.text, blocks: reply.blocks, ...NO_UNFURL });
  };
