// The one way a question asked in Slack reaches the engine. Every surface (a mention's thread, a DM, an
// assistant thread) names its conversation, so that a follow-up can be read in the context of what was asked
// before; slash commands and buttons have none.
import type { Answer } from '../core/answer.js';
import { today, type Attache } from './attache.js';

/** A Slack conversation: a thread (its parent's ts) in a channel or DM, or a DM's unthreaded messages, in a workspace. */
export type ConversationKey = { teamId: string; channelId: string; threadTs?: string };

/** The key as one string, for a ConversationStore. */
export function conversationId(key: ConversationKey): string {
  return `slack:${key.teamId}/${key.channelId}${key.threadTs ? `/${key.threadTs}` : ''}`;
}

/**
 * Answers `text` as asked in `conversation`. The conversation's context (ConversationStore, src/state) is to be
 * loaded before the engine answers and saved after; until the engine takes a context, each question stands alone.
 */
export async function askInConversation(attache: Attache, conversation: ConversationKey | undefined, text: string): Promise<Answer> {
  void conversation;
  return attache.engine.ask(text, { today: today(attache) });
}

/**
 * Which 👍/👎 an answer gets: Slack's feedback buttons in the assistant pane (threads of the app's DM, whose
 * channel ids start with D), ordinary buttons everywhere else.
 */
export function feedbackStyle(channelId: string | undefined, threadTs: string | undefined): 'native' | 'buttons' {
  return channelId?.startsWith('D') && threadTs ? 'native' : 'buttons';
}
