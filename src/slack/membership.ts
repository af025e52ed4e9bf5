// Who may change a channel's daily post: its members. Asked of Slack each time (memberships change), one
// page of 1,000 at a time, stopping as soon as the answer is known.
import type { webApi } from '@slack/bolt';

const PAGE = 1000;

/** Whether `userId` is in the channel; undefined when Slack will not tell (a private channel the bot left). */
export async function isChannelMember(client: webApi.WebClient, channelId: string, userId: string): Promise<boolean | undefined> {
  let cursor: string | undefined;
  try {
    do {
      const res = await client.conversations.members({ channel: channelId, limit: PAGE, ...(cursor ? { cursor } : {}) });
      if (res.members?.includes(userId)) return true;
      cursor = res.response_metadata?.next_cursor || undefined;
    } while (cursor);
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code === 'channel_not_found' || code === 'not_in_channel') return undefined;
    throw err;
  }
  return false;
}

/** The channels `userId` is in that the bot can see (every channel it posts daily in is one). */
export async function channelsOf(client: webApi.WebClient, userId: string): Promise<Set<string>> {
  const channels = new Set<string>();
  let cursor: string | undefined;
  do {
    const res = await client.users.conversations({
      user: userId,
      types: 'public_channel,private_channel,mpim,im',
      exclude_archived: false,
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    for (const c of res.channels ?? []) if (c.id) channels.add(c.id);
    cursor = res.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return channels;
}
