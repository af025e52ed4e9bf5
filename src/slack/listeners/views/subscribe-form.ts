// The subscribe form submitted. The time and zone are checked before acknowledging (no network: problems show
// under their fields at once); then the form is acknowledged well within Slack's 3 seconds, and only after that
// are the user's membership and the channel checked with Slack (conversations.members and .info, which may be
// slow or rate limited). Any problem there reaches the user privately; otherwise the subscription is stored and
// the Home tab refreshed with the outcome.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { canonicalTimeZone } from '../../../config.js';
import { SUBSCRIBE_FIELD } from '../../render/action-ids.js';
import { channelMention } from '../../render/blockkit.js';
import { DEFAULT_TIME, parseTime } from '../../../onthisday/subscription.js';
import type { Attache } from '../../attache.js';
import { checkCanPost } from '../../channel-access.js';
import { refusal, subscribedText } from '../../daily-posts.js';
import { publishHome } from '../../home.js';
import { slackErrorCode } from '../../post-errors.js';
import { tellPrivately } from '../../post.js';

export const subscribeFormSubmitted =
  (attache: Attache) =>
  async ({ ack, view, body, client, logger }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const values = view.state.values;
    const channelId = values[SUBSCRIBE_FIELD.channel]?.[SUBSCRIBE_FIELD.channel]?.selected_conversation ?? '';
    const time = parseTime(values[SUBSCRIBE_FIELD.time]?.[SUBSCRIBE_FIELD.time]?.selected_time ?? DEFAULT_TIME);
    const timeZone = canonicalTimeZone(values[SUBSCRIBE_FIELD.timeZone]?.[SUBSCRIBE_FIELD.timeZone]?.value ?? '');
    const errors: Record<string, string> = {};
    if (!channelId) errors[SUBSCRIBE_FIELD.channel] = 'Pick a channel.';
    if (!time) errors[SUBSCRIBE_FIELD.time] = 'Pick a time of day.';
    if (!timeZone) errors[SUBSCRIBE_FIELD.timeZone] = 'Not a time zone I know: use an IANA name such as Asia/Dushanbe or Europe/Berlin.';
    if (!channelId || !time || !timeZone) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const userId = body.user.id;
    let problem: string | undefined;
    try {
      const refused = await refusal(client, channelId, userId);
      const access = refused ? { ok: false as const, reason: refused } : await checkCanPost(client, channelId);
      if (!access.ok) problem = `${access.reason} Nothing was subscribed.`;
    } catch (err) {
      logger.warn(`subscribe form: could not check ${channelId}`, err);
      problem = `I couldn't check ${channelMention(channelId)} with Slack just now (${slackErrorCode(err) ?? 'no answer'}), so nothing was subscribed. Please try again in a minute.`;
    }
    if (problem) {
      await tellPrivately(client, channelId, userId, problem);
      return;
    }
    const sub = await attache.subscriptions.subscribe({ teamId, channelId }, { time: time, timeZone: timeZone }, userId);
    await publishHome(attache, client, userId, teamId, subscribedText(sub, attache.now()));
  };
