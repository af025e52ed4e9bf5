// The App Home form that subscribes a channel to the daily post: which channel, what time, which time zone.
import type { types } from '@slack/bolt';
import { SUBSCRIBE_FIELD, VIEW } from './action-ids.js';

export function subscribeForm(defaultTime: string, defaultTimeZone: string): types.ModalView {
  const label = (text: string): types.PlainTextElement => ({ type: 'plain_text', text });
  return {
    type: 'modal',
    callback_id: VIEW.subscribe,
    title: label('Daily “on this date”'),
    submit: label('Subscribe'),
    close: label('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: SUBSCRIBE_FIELD.channel,
        label: label('Channel'),
        hint: label('I must be a member: invite me there first with /invite @Attaché.'),
        element: { type: 'conversations_select', action_id: SUBSCRIBE_FIELD.channel, filter: { include: ['public', 'private'], exclude_bot_users: true } },
      },
      {
        type: 'input',
        block_id: SUBSCRIBE_FIELD.time,
        label: label('Time of day'),
        element: { type: 'timepicker', action_id: SUBSCRIBE_FIELD.time, initial_time: defaultTime },
      },
      {
        type: 'input',
        block_id: SUBSCRIBE_FIELD.timeZone,
        label: label('Time zone'),
        hint: label('An IANA name, such as Asia/Dushanbe, Europe/Berlin or America/New_York.'),
        element: { type: 'plain_text_input', action_id: SUBSCRIBE_FIELD.timeZone, initial_value: defaultTimeZone },
      },
    ],
  };
}
