// The one way a question asked in Slack reaches the engine. Every surface (a mention's thread, a DM, an
// assistant thread) names its conversation, so that a follow-up is read in the context of what was asked
// before; slash commands and buttons have none and are answered alone.
import type { Answer } from '../core/answer.js';
import type { Conversation } from '../core/conversation.js';
import type { EngineCalls } from '../worker/engine-worker.js';
import { LRUCache } from 'lru-cache';
import { today, type Attache } from './attache.js';

/** How many answers to questions asked outside a conversation are kept, per engine, for the same question again. */
const CACHED_ANSWERS = 1_000;

// The engine answers the same question on the same day the same way, so a repeated slash command or button
// press (a question shared in a channel and asked again) is answered from here, without a trip to the worker.
// Keyed by the engine's answers, so a reloaded base starts with an empty cache; an error is not kept.
const answerCaches = new WeakMap<EngineCalls, LRUCache<string, Answer>>();

async function cachedAsk(answers: EngineCalls, text: string, day: string): Promise<Answer> {
  let cache = answerCaches.get(answers);
  if (!cache) answerCaches.set(answers, (cache = new LRUCache<string, Answer>({ max: CACHED_ANSWERS })));
  const key = `${day}\n${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = await answers.ask(text, { today: day });
  cache.set(key, answer);
  return answer;
}

/** A Slack conversation: a thread (its parent's ts) in a channel or DM, or a DM's unthreaded messages, in a workspace. */
export type ConversationKey = { teamId: string; channelId: string; threadTs?: string };

/** The key as one string, for a ConversationStore. */
export function conversationId(key: ConversationKey): string {
  return `slack:${key.teamId}/${key.channelId}${key.threadTs ? `/${key.threadTs}` : ''}`;
}

/**
 * Answers `text` as asked in `conversation`: its context is loaded from the ConversationStore, the engine reads
 * the question against it, and the context that comes back is saved for the next message there.
 */
export async function askInConversation(attache: Attache, conversation: ConversationKey | undefined, text: string): Promise<Answer> {
  const date = today(attache);
  if (!conversation) return cachedAsk(attache.answers, text, date);
  const id = conversationId(conversation);
  const before = asConversation(await attache.conversations.load(id));
  const turn = await attache.answers.converse(text, before, attache.now().toISOString(), { today: date });
  await attache.conversations.save(id, turn.conversation);
  return turn.answer;
}

/** A stored context as the engine's Conversation; anything else (an older shape, a damaged row) is no context. */
function asConversation(stored: unknown): Conversation | undefined {
  const turns = (stored as { turns?: unknown } | undefined)?.turns;
  return Array.isArray(turns) ? (stored as Conversation) : undefined;
}

/**
 * Which 👍/👎 an answer gets: Slack's feedback buttons in the assistant pane (threads of the app's DM, whose
 * channel ids start with D), ordinary buttons everywhere else.
 */
export function feedbackStyle(channelId: string | undefined, threadTs: string | undefined): 'native' | 'buttons' {
  return channelId?.startsWith('D') && threadTs ? 'native' : 'buttons';
}
