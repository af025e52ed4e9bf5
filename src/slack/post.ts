// Posting a reply with the Web API (in a thread when there is one) or to a command's response_url; never unfurled.
import type { webApi } from '@slack/bolt';
import { NO_UNFURL, type SlackMessage } from './render/blockkit.js';
import type { Attache } from './attache.js';

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

/**
 * A command's private reply, as Bolt's respond() sends it (a JSON POST to its response_url, an error when Slack
 * refuses it), but posted by the engine's worker thread: the post is work the main thread's next acks would wait for.
 */
export async function respondPrivately(attache: Attache, responseUrl: string, message: SlackMessage): Promise<void> {
  const body = { response_type: 'ephemeral', text: message.text, blocks: message.blocks, ...NO_UNFURL };
  const { status, statusText } = await attache.answers.postJson(responseUrl, JSON.stringify(body));
  if (status < 200 || status > 299) throw new Error(`Failed to respond to the response_url: ${status} ${statusText}`);
}
