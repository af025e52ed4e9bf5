// The subscribe form submitted: checked (time, zone, that the user is in the channel and the bot can post there) before it is
// acknowledged, so that problems show under the field they concern; then stored and the Home tab refreshed.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { canonicalTimeZone } from '../../../config.js';
import { SUBSCRIBE_FIELD } from '../../../render/action-ids.js';
import { DEFAULT_TIME, parseTime } from '../../../onthisday/subscription.js';
import type { Attache } from '../../attache.js';
import { checkCanPost } from '../../channel-access.js';
import { refusal, subscribedText } from '../../daily-posts.js';
import { publishHome } from '../../home.js';

export const subscribeFormSubmitted =
  (attache: Attache) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const values = view.state.values;
    const channelId = values[SUBSCRIBE_FIELD.channel]?.[SUBSCRIBE_FIELD.channel]?.selected_conversation ?? '';
    const time = parseTime(values[SUBSCRIBE_FIELD.time]?.[SUBSCRIBE_FIELD.time]?.selected_time ?? DEFAULT_TIME);
    const timeZone = canonicalTimeZone(values[SUBSCRIBE_FIELD.timeZone]?.[SUBSCRIBE_FIELD.timeZone]?.value ?? '');
    const errors: Record<string, string> = {};
    if (!time) errors[SUBSCRIBE_FIELD.time] = 'Pick a time of day.';
    if (!timeZone) errors[SUBSCRIBE_FIELD.timeZone] = 'Not a time zone I know: use an IANA name such as Asia/Dushanbe or Europe/Berlin.';
    const refused = channelId ? await refusal(client, channelId, body.user.id, 'that channel') : undefined;
    const access = !channelId ? { ok: false as const, reason: 'Pick a channel.' } : refused ? { ok: false as const, reason: refused } : await checkCanPost(client, channelId, 'that channel');
    if (!access.ok) errors[SUBSCRIBE_FIELD.channel] = access.reason;
    if (!time || !timeZone || !access.ok) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const sub = await attache.subscriptions.subscribe({ teamId, channelId }, { time, timeZone }, body.user.id);
    await publishHome(attache, client, body.user.id, teamId, subscribedText(sub, attache.now()));
  };
