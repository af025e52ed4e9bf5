// The reply to a question, a /treaty lookup or an /onthisday date, rendered for Slack. An error inside the
// engine becomes a short apology and a log line with the request; it never reaches Bolt or the process.
import type { Logger } from '../log.js';
import type { Answer } from '../core/answer.js';
import { onThisDay } from '../core/onthisday.js';
import { parseDayArg } from '../core/dates.js';
import { askedQuestion, renderBlocks, type AnswerBlocksOptions } from './render/blocks.js';
import { renderOnThisDay } from './render/onthisday-blocks.js';
import { escapeMrkdwn, section, type SlackMessage } from './render/blockkit.js';
import { packQuery, type Query, type View } from './render/button-values.js';
import { DEFAULT_TIME } from '../onthisday/subscription.js';
import { today, type Attache } from './attache.js';
import { askInConversation, type ConversationKey } from './conversation.js';
import { answerTurn } from './answer-turns.js';

export type Reply = SlackMessage & { failed?: boolean };

export type ReplyOptions = {
  logger: Pick<Logger, 'error'>;
  /** How it is shown: the question echoed, who shared it, a Share button, which feedback buttons. */
  view?: View;
  /** The first item of a list's page. */
  offset?: number;
  /** The thread it was asked in, for follow-ups. */
  conversation?: ConversationKey;
  /** A question newly asked in this workspace (not a page or a share of an earlier one): recorded for curators. */
  askedIn?: { teamId: string };
  /** Where the request came from, for the log when something goes wrong. */
  request?: Record<string, unknown>;
};

/** A message of one mrkdwn section. */
export function notice(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: [section(mrkdwn)] };
}

export const APOLOGY = 'Sorry — something went wrong while answering that. It has been logged; please try again or ask another way.';

function treatyUsage(): SlackMessage {
  return notice(
    '`/treaty` lists every treaty, agreement and programme in my sources; `/treaty <words>` finds the one they name, for example `/treaty allied relations`.',
  );
}

export function onThisDayUsage(attache: Attache, problem?: string): SlackMessage {
  return notice(
    [
      ...(problem ? [escapeMrkdwn(problem), ''] : []),
      '*`/onthisday`* — what happened on this date in diplomatic history:',
      '• `/onthisday` today, `/onthisday 07-12` or `/onthisday 1996-07-12` another day',
      `• \`/onthisday subscribe [HH:MM] [time zone]\` — post it in this channel every day (default ${DEFAULT_TIME}, ${escapeMrkdwn(attache.timeZone)})`,
      '• `/onthisday status` — when the next post goes out · `/onthisday unsubscribe` — stop it',
    ].join('\n'),
  );
}

export async function replyTo(attache: Attache, query: Query, opts: ReplyOptions): Promise<Reply> {
  await answerTurn();
  try {
    return await compose(attache, query, opts);
  } catch (err) {
    opts.logger.error(`engine error answering ${JSON.stringify({ ...opts.request, query })}`, err);
    return { ...notice(APOLOGY), failed: true };
  }
}

// A cached answer (the same question again, see conversation.ts) is the same object, and so is its message for the
// same view: rendering it again cost a repeated slash command about a tenth of its CPU.
const renderings = new WeakMap<Answer, Map<string, SlackMessage>>();
function rendered(answer: Answer, opts: AnswerBlocksOptions): SlackMessage {
  let byView = renderings.get(answer);
  if (!byView) renderings.set(answer, (byView = new Map()));
  const key = JSON.stringify(opts);
  let message = byView.get(key);
  if (!message) byView.set(key, (message = renderBlocks(answer, opts)));
  return message;
}

async function compose(attache: Attache, query: Query, opts: ReplyOptions): Promise<SlackMessage> {
  const text = query.text.trim();
  const date = today(attache);
  const view = opts.view ?? {};
  // A question newly asked is recorded for curators; a store that fails is logged and the answer still goes out.
  const render = async (answer: Answer, asked: string) => {
    if (opts.askedIn) {
      const record = { teamId: opts.askedIn.teamId, question: asked, answered: answer.answered, at: attache.now().toISOString() };
      await attache.feedback
        .recordAsked(record)
        .catch((err: unknown) => opts.logger.error(`could not record the question asked ${JSON.stringify(record)}`, err));
    }
    const shown = { ...view, shareable: Boolean(view.shareable && answer.answered) };
    // The buttons ask again outside the conversation: a follow-up goes as the question it was made to be.
    const again: Query = answer.standalone ? { kind: 'ask', text: answer.standalone } : query;
    return rendered(answer, { ...attache.links, query: again, view: shown, ...(opts.offset ? { offset: opts.offset } : {}) });
  };
  switch (query.kind) {
    case 'ask': {
      const question = askedQuestion(text);
      // A bare mention ("@Attaché") or an empty /ask gets the help, with nothing to echo or share.
      if (!question) return renderBlocks(attache.engine.help(), { ...attache.links, view: {} });
      const answer = await askInConversation(attache, opts.conversation, text);
      return render(answer, question);
    }
    case 'treaty': {
      if (text.toLowerCase() === 'help') return treatyUsage();
      return render(await attache.answers.treaty(text, { today: date }), `/treaty ${askedQuestion(text)}`.trim());
    }
    case 'onthisday': {
      const day = parseDayArg(text || date);
      if ('error' in day) return onThisDayUsage(attache, day.error);
      const share = view.shareable ? { shareValue: packQuery(query) } : {};
      return renderOnThisDay(onThisDay(attache.engine.kb, day.monthDay, day.year ?? Number(date.slice(0, 4)), date), {
        ...attache.links,
        ...share,
        ...(view.sharedBy ? { sharedBy: view.sharedBy } : {}),
      });
    }
  }
}
