// The App Home buttons of the daily posts: open the subscribe form, unsubscribe a channel, resume a paused one.
// The Home tab is published again after each, with the outcome at its top.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { subscribeForm } from '../../render/subscribe-form.js';
import { DEFAULT_TIME } from '../../../onthisday/subscription.js';
import type { Attache } from '../../attache.js';
import { subscribeChannel, unsubscribeChannel } from '../../daily-posts.js';
import { publishHome } from '../../home.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const teamOf = (body: BlockButtonAction): string => body.team?.id ?? body.user.team_id ?? '';

export const openSubscribeForm =
  (attache: Attache) =>
  async ({ ack, body, client }: Args): Promise<void> => {
    await ack();
    await client.views.open({ trigger_id: body.trigger_id, view: subscribeForm(DEFAULT_TIME, attache.timeZone) });
  };

export const unsubscribeFromHome =
  (attache: Attache) =>
  async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const outcome = await unsubscribeChannel(attache, client, { teamId: teamOf(body), channelId: action.value ?? '' }, body.user.id);
    await publishHome(attache, client, body.user.id, teamOf(body), outcome);
  };

/** Subscribing again with the same schedule resumes, after checking the bot can post there now. */
export const resumeFromHome =
  (attache: Attache) =>
  async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const key = { teamId: teamOf(body), channelId: action.value ?? '' };
    const sub = await attache.subscriptions.get(key);
    const outcome = sub ? await subscribeChannel(attache, client, key, sub, body.user.id) : undefined;
    await publishHome(attache, client, body.user.id, key.teamId, outcome);
  };
