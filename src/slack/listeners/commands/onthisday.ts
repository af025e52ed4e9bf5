// `/onthisday [date]`, and `/onthisday subscribe [HH:MM] [zone] | unsubscribe | status | help` for the channel
// it is typed in. Acknowledged at once; the reply goes privately to the person who typed it.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../render/blockkit.js';
import { respondPrivately } from '../../post.js';
import type { Attache } from '../../attache.js';
import { ackFirst } from './ack-first.js';
import { channelStatus, subscribeCommand, unsubscribeChannel } from '../../daily-posts.js';
import { APOLOGY, notice, onThisDayUsage, replyTo } from '../../replies.js';

export const onThisDayCommand =
  (attache: Attache) =>
  async ({ ack, command, client, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ackFirst(ack);
    const [first = '', ...rest] = command.text.trim().split(/\s+/);
    const key = { teamId: command.team_id, channelId: command.channel_id };
    const request = { command: command.command, text: command.text, user: command.user_id, channel: command.channel_id };
    let message: SlackMessage;
    try {
      switch (first.toLowerCase()) {
        case 'subscribe':
          message = notice(await subscribeCommand(attache, client, key, rest, command.user_id));
          break;
        case 'unsubscribe':
          message = notice(await unsubscribeChannel(attache, client, key, command.user_id));
          break;
        case 'status':
          message = notice(await channelStatus(attache, key));
          break;
        case 'help':
          message = onThisDayUsage(attache);
          break;
        default:
          message = await replyTo(attache, { kind: 'onthisday', text: command.text }, { logger, view: { shareable: true }, request });
      }
    } catch (err) {
      logger.error(`/onthisday failed ${JSON.stringify(request)}`, err);
      message = notice(APOLOGY);
    }
    await respondPrivately(attache, command.response_url, message);
  };
