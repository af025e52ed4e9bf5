// Who may change a channel's daily post: its members only, by command, Home tab button or form; and the
// Home tab lists only the channels of the person looking at it.
import { describe, expect, it } from 'vitest';
import { onThisDayCommand } from '../../src/slack/listeners/commands/onthisday.js';
import { resumeFromHome, unsubscribeFromHome } from '../../src/slack/listeners/actions/home-subscriptions.js';
import { subscribeFormSubmitted } from '../../src/slack/listeners/views/subscribe-form.js';
import { appHomeOpened } from '../../src/slack/listeners/events/app-home-opened.js';
import { TODAY } from '../helpers.js';
import { boltArgs, testAttache } from './support/attache.js';
import type { Json } from './support/json.js';

const first = (mock: { mock: { calls: unknown[][] } }) => mock.mock.calls[0]![0] as Json;
const PRIVATE = { teamId: 'T1', channelId: 'G0SECRET' };
const NINE = { time: '09:00', timeZone: 'Asia/Dushanbe' };
const REFUSED = 'Only members of <#G0SECRET> can change its daily post, and you are not one.';

/** An Attaché with G0SECRET subscribed, and Bolt arguments for U2, who is not in it (only U1 is). */
async function outsider<T extends object>(fields: T) {
  const attache = testAttache({ now: () => new Date(`${TODAY}T07:00:00Z`) });
  await attache.subscriptions.subscribe(PRIVATE, NINE, 'U1');
  const bolt = boltArgs(fields);
  bolt.client.conversations.members.mockImplementation(async ({ channel }: { channel: string }) => ({
    ok: true,
    members: channel === 'G0SECRET' ? ['U1'] : ['U2'],
  }));
  return { attache, ...bolt };
}

const command = (text: string) => ({ command: { command: '/onthisday', text, team_id: 'T1', channel_id: 'G0SECRET', user_id: 'U2' } });
const homeBody = { user: { id: 'U2', team_id: 'T1' }, team: { id: 'T1' }, trigger_id: 't', container: { type: 'view' } };

describe('changing a daily post', () => {
  it("refuses an outsider's /onthisday unsubscribe and subscribe, clearly and changing nothing", async () => {
    for (const text of ['unsubscribe', 'subscribe 07:00 UTC']) {
      const { attache, args, respond, client } = await outsider(command(text));
      await onThisDayCommand(attache)(args);
      expect(first(respond)).toMatchObject({ response_type: 'ephemeral', text: REFUSED });
      expect(first(client.conversations.members)).toMatchObject({ channel: 'G0SECRET' });
      expect(await attache.subscriptions.get(PRIVATE)).toMatchObject({ time: '09:00', timeZone: 'Asia/Dushanbe' });
    }
  });

  it('refuses an outsider from the Home tab buttons and the subscribe form', async () => {
    const unsubscribe = await outsider({ action: { action_id: 'onthisday_unsubscribe', value: 'G0SECRET' }, body: homeBody });
    await unsubscribeFromHome(unsubscribe.attache)(unsubscribe.args);
    expect(JSON.stringify(first(unsubscribe.client.views.publish).view)).toContain(REFUSED);
    expect(await unsubscribe.attache.subscriptions.get(PRIVATE)).toBeDefined();

    const resume = await outsider({ action: { action_id: 'onthisday_resume', value: 'G0SECRET' }, body: homeBody });
    await resume.attache.subscriptions.pause(PRIVATE, 'the channel is archived');
    await resumeFromHome(resume.attache)(resume.args);
    expect((await resume.attache.subscriptions.get(PRIVATE))?.paused).toBeDefined();

    const values = {
      channel: { channel: { selected_conversation: 'G0SECRET' } },
      time: { time: { selected_time: '07:00' } },
      time_zone: { time_zone: { value: 'UTC' } },
    };
    const form = await outsider({ view: { state: { values } }, body: homeBody });
    await form.attache.subscriptions.unsubscribe(PRIVATE);
    await subscribeFormSubmitted(form.attache)(form.args);
    // Acknowledged at once (membership is Slack's to say, which may be slow); the refusal comes privately.
    expect(first(form.ack)).toBeUndefined();
    expect(first(form.client.chat.postEphemeral)).toMatchObject({
      channel: 'G0SECRET',
      user: 'U2',
      text: 'Only members of <#G0SECRET> can change its daily post, and you are not one. Nothing was subscribed.',
    });
    expect(await form.attache.subscriptions.all()).toEqual([]);
  });

  it('lets a member unsubscribe', async () => {
    const { attache, args, respond } = await outsider({ command: { ...command('unsubscribe').command, user_id: 'U1' } });
    await onThisDayCommand(attache)(args);
    expect(first(respond).text).toBe('Unsubscribed: no more daily posts in <#G0SECRET>.');
    expect(await attache.subscriptions.get(PRIVATE)).toBeUndefined();
  });

  it('refuses when Slack will not say who is in the channel (a private channel the bot was removed from)', async () => {
    const { attache, args, respond, client } = await outsider({ command: { ...command('unsubscribe').command, user_id: 'U1' } });
    client.conversations.members.mockRejectedValue(
      Object.assign(new Error('An API error occurred: channel_not_found'), { data: { ok: false, error: 'channel_not_found' } }),
    );
    await onThisDayCommand(attache)(args);
    expect(first(respond).text).toBe(
      "I can't see who is in <#G0SECRET>, so I can't let anyone change its daily post: invite me with `/invite @Attaché` first.",
    );
    expect(await attache.subscriptions.get(PRIVATE)).toBeDefined();
  });
});

describe('the Home tab', () => {
  it('lists only the daily posts of channels the viewer is in', async () => {
    const attache = testAttache({ now: () => new Date(`${TODAY}T07:00:00Z`) });
    for (const channelId of ['C0MINE', 'G0SECRET', 'C0ALSO']) await attache.subscriptions.subscribe({ teamId: 'T1', channelId }, NINE, 'U1');
    const { args, client } = boltArgs({ event: { type: 'app_home_opened', user: 'U2', channel: 'D2', tab: 'home' } });
    client.users.conversations.mockResolvedValue({ ok: true, channels: [{ id: 'C0MINE' }, { id: 'C0ALSO' }, { id: 'C0UNSUBSCRIBED' }] });
    await appHomeOpened(attache)(args);
    expect(first(client.users.conversations)).toMatchObject({ user: 'U2' });
    const view = JSON.stringify(first(client.views.publish).view);
    expect(view).toContain('<#C0MINE>');
    expect(view).toContain('<#C0ALSO>');
    expect(view).not.toContain('G0SECRET');
    expect(view).not.toContain('C0UNSUBSCRIBED');
  });
});
