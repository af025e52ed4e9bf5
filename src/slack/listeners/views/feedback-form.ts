// The "what was wrong" form submitted: the reader's 👎 stored again, now with their words (it replaces the
// verdict stored at the click). Acknowledged first, so Slack closes the form at once.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { FEEDBACK_FIELD } from '../../render/action-ids.js';
import { unpackFeedbackNote } from '../../render/button-values.js';
import type { Attache } from '../../attache.js';

export const feedbackFormSubmitted =
  (attache: Attache) =>
  async ({ ack, view, body, logger }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    await ack();
    const comment = view.state.values[FEEDBACK_FIELD.comment]?.[FEEDBACK_FIELD.comment]?.value?.trim();
    const stored = unpackFeedbackNote(view.private_metadata);
    // The reader in the payload is the one who submitted: nobody can file a note as someone else.
    if (!stored || stored.userId !== body.user.id) {
      logger.warn(`feedback form: unreadable or foreign metadata from ${body.user.id}`);
      return;
    }
    if (!comment) return;
    await attache.feedback.recordFeedback({ ...stored, comment, at: attache.now().toISOString() });
  };
