// 👍/👎 on an answer (Slack's feedback buttons or ordinary ones): stored at once, one verdict per reader per
// message; a 👎 also opens the optional "what was wrong" form.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, FeedbackButtonsAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Feedback } from '../../../state/feedback.js';
import { packFeedbackNote, unpackFeedback } from '../../render/button-values.js';
import { askedQuestion } from '../../render/blocks.js';
import { feedbackForm } from '../../render/feedback-form.js';
import type { Attache } from '../../attache.js';
import { replyTo } from '../../replies.js';

type Container = { channel_id?: string; message_ts?: string; thread_ts?: string };
type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction | FeedbackButtonsAction>>;

export const answerFeedback =
  (attache: Attache) =>
  async ({ ack, action, body, respond, client, logger }: Args): Promise<void> => {
    await ack();
    const value = unpackFeedback(action.value);
    if (!value) {
      logger.warn(`feedback: unreadable value ${JSON.stringify(action.value)}`);
      return;
    }
    const container = body.container as Container;
    // A public message is in the payload; a private reply is not, so its answer is computed again.
    const answerText = body.message?.text ?? (await replyTo(attache, value.query, { logger })).text;
    const feedback: Feedback = {
      teamId: body.team?.id ?? body.user.team_id ?? '',
      channelId: container.channel_id ?? body.channel?.id ?? '',
      messageTs: container.message_ts ?? '',
      userId: body.user.id,
      question: askedQuestion(value.query.kind === 'ask' ? value.query.text : `/${value.query.kind} ${value.query.text}`),
      answerText,
      answered: value.answered,
      verdict: value.verdict,
      at: attache.now().toISOString(),
    };
    await attache.feedback.recordFeedback(feedback);
    if (value.verdict === 'down') {
      await client.views.open({ trigger_id: body.trigger_id, view: feedbackForm(feedback.question, packFeedbackNote(feedback)) });
    } else if (action.type === 'button') {
      // Slack's own feedback buttons show the choice; ordinary ones get a word of thanks, to the reader alone.
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'Thanks — noted that this answer was right.' });
    }
  };
