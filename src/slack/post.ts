// Posting a reply with the Web API: in a thread when there is one, never unfurled.
import type { webApi } from '@slack/bolt';
import { NO_UNFURL, type SlackMessage } from './render/blockkit.js';

export async function postReply(client: webApi.WebClient, channel: string, threadTs: string | undefined, message: SlackMessage): Promise<void> {
  await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: message.text, blocks: message.blocks, ...NO_UNFURL });
}

/**
 * A message for one person: ephemeral in the channel it concerns, or — when the bot cannot post there, which
 * is often the very problem being reported — in the app's DM with them.
 */
export async function tellPrivately(client: webApi.WebClient, channelId: string, userId: string, text: string): Promise<void> {
  try {
    await client.chat.postEphemeral({ channel: channelId, user: userId, text, ...NO_UNFURL });
  } catch {
    await client.chat.postMessage({ channel: userId, text, ...NO_UNFURL });
  }
}
