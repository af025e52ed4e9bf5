// The "what was wrong" form submitted: the reader's 👎 stored again, now with their words (it replaces the
// verdict stored at the click). Acknowledged first, so Slack closes the form at once.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Feedback } from '../../../state/feedback.js';
import { FEEDBACK_FIELD } from '../../render/action-ids.js';
import type { Attache } from '../../attache.js';

export const feedbackFormSubmitted =
  (attache: Attache) =>
  async ({ ack, view, body, logger }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    await ack();
    const comment = view.state.values[FEEDBACK_FIELD.comment]?.[FEEDBACK_FIELD.comment]?.value?.trim();
    const stored = readFeedback(view.private_metadata);
    // The reader in the payload is the one who submitted: nobody can file a note as someone else.
    if (!stored || stored.userId !== body.user.id) {
      logger.warn(`feedback form: unreadable or foreign metadata from ${body.user.id}`);
      return;
    }
    if (!comment) return;
    await attache.feedback.recordFeedback({ ...stored, comment, at: attache.now().toISOString() });
  };

function readFeedback(metadata: string): Feedback | undefined {
  try {
    const f = JSON.parse(metadata) as Partial<Feedback>;
    const strings = [f.teamId, f.channelId, f.messageTs, f.userId, f.question, f.answerText, f.at];
    return strings.every((s) => typeof s === 'string') && typeof f.answered === 'boolean' && f.verdict === 'down' ? (f as Feedback) : undefined;
  } catch {
    return undefined;
  }
}
