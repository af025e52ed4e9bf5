// Whether the bot can post in a channel, asked before subscribing it rather than found out at 09:00.
import type { webApi } from '@slack/bolt';
import { channelMention } from './render/blockkit.js';
import { INVITE_HINT, slackErrorCode } from './post-errors.js';

export type Access = { ok: true } | { ok: false; reason: string };

/** `here` names the channel in the reason: its mention in messages, plain words where mrkdwn is not shown (form errors). */
export async function checkCanPost(client: webApi.WebClient, channelId: string, here = channelMention(channelId)): Promise<Access> {
  const invite: Access = { ok: false, reason: `I can't post in ${here} yet: ${INVITE_HINT}, then try again.` };
  try {
    const { channel } = await client.conversations.info({ channel: channelId });
    if (channel?.is_archived) return { ok: false, reason: `${here} is archived, so I can't post there.` };
    // A DM with the bot has no is_member; in a channel, the bot must have been invited.
    if (!channel?.is_im && channel?.is_member === false) return invite;
    return { ok: true };
  } catch (err) {
    const code = slackErrorCode(err);
    if (code === 'channel_not_found' || code === 'not_in_channel') return invite;
    if (code === 'missing_scope') return { ok: false, reason: `I can't post daily in ${here}: use a channel, or my DM.` };
    throw err;
  }
}
