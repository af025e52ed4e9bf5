// `/ask <question>` and `/treaty [words]`: acknowledged at once, answered privately (response_url) with a
// button to share the answer in the channel and 👍/👎.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Query } from '../../render/button-values.js';
import { respondPrivately } from '../../post.js';
import type { Attache } from '../../attache.js';
import { ackFirst } from './ack-first.js';
import { replyTo } from '../../replies.js';

export const answerCommand =
  (attache: Attache, kind: Query['kind']) =>
  async ({ ack, command, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ackFirst(ack);
    const request = { command: command.command, text: command.text, user: command.user_id, channel: command.channel_id };
    const reply = await replyTo(
      attache,
      { kind, text: command.text },
      { logger, view: { echo: true, shareable: true, feedback: 'buttons' }, askedIn: { teamId: command.team_id }, request },
    );
    await respondPrivately(attache, command.response_url, reply);
  };
