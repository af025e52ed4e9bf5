// The assistant pane (Agents & AI Apps), with Bolt's Assistant: a new thread gets a greeting and suggested
// prompts the engine can answer; each question sets a status while it is answered, names the thread the
// first time, and is answered in the thread through the one conversation path (follow-ups included).
import { Assistant, type AssistantThreadStartedMiddleware, type AssistantUserMessageMiddleware, type App } from '@slack/bolt';
import { today, type Attache } from '../../attache.js';
import { AssistantThreads, threadKey } from '../../assistant-threads.js';
import { NO_UNFURL, channelMention } from '../../render/blockkit.js';
import { askedQuestion } from '../../render/blocks.js';
import { postReply } from '../../post.js';
import { replyTo } from '../../replies.js';
import { answerableExamples, pickPrompts } from '../../suggested-prompts.js';
import { isNewHumanMessage } from '../events/human-message.js';

export const STATUS = 'is looking up sources…';
/** Slack cuts thread titles; ours stay short enough to read in the history list. */
const TITLE_MAX = 80;

export function registerAssistant(app: App, attache: Attache): void {
  const threads = new AssistantThreads();
  let examples: Promise<string[][]> | undefined;
  // Checked once; a check that failed is tried again by the next thread.
  const prompts = async (seed: string) => {
    examples ??= answerableExamples(attache.engine.kb, attache.answers, today(attache)).catch((err: unknown) => {
      examples = undefined;
      throw err;
    });
    return pickPrompts(await examples, seed);
  };

  const threadStarted: AssistantThreadStartedMiddleware = async ({ event, say, setSuggestedPrompts, saveThreadContext, logger }) => {
    await saveThreadContext();
    const viewing = event.assistant_thread.context.channel_id;
    // The channel being viewed matters for one thing: answers here are private, so say how to share there.
    const where = viewing ? ` To answer in ${channelMention(viewing)} for everyone, use \`/ask\` there.` : '';
    await say({ text: `Ask me about diplomatic history: I answer briefly, quoting my sources word for word.${where}`, ...NO_UNFURL });
    const offered = await prompts(event.assistant_thread.thread_ts).catch((err: unknown) => {
      logger.warn('assistant: could not check the suggested prompts', err);
      return [];
    });
    if (offered.length)
      await setSuggestedPrompts({ title: 'Questions I can answer', prompts: offered }).catch((err: unknown) =>
        logger.warn('assistant: could not set suggested prompts', err),
      );
  };

  const userMessage: AssistantUserMessageMiddleware = async ({ message, client, context, setStatus, setTitle, logger }) => {
    if (!isNewHumanMessage(message) || !message.thread_ts) return;
    const key = threadKey(message)!;
    const question = askedQuestion(message.text ?? '');
    // Status and title are niceties: a failure there must not cost the answer.
    await setStatus(STATUS).catch((err: unknown) => logger.warn('assistant: could not set the status', err));
    if (question && threads.firstQuestion(key)) {
      await setTitle(question.length > TITLE_MAX ? `${question.slice(0, TITLE_MAX - 1)}…` : question).catch((err: unknown) =>
        logger.warn('assistant: could not set the title', err),
      );
    }
    const teamId = context.teamId ?? '';
    const reply = await replyTo(
      attache,
      { kind: 'ask', text: message.text ?? '' },
      {
        logger,
        view: { feedback: 'native' },
        conversation: { teamId, channelId: message.channel, threadTs: message.thread_ts },
        askedIn: { teamId },
        request: { event: 'assistant message', channel: message.channel, user: message.user, ts: message.ts },
      },
    );
    await postReply(client, message.channel, message.thread_ts, reply);
  };

  app.assistant(new Assistant({ threadContextStore: threads, threadStarted, userMessage }));
}
