// The optional "what was wrong" form after a 👎: one multi-line field; the answer it is about rides in
// private_metadata (Slack returns it on submit), packed to fit by packFeedbackNote.
import type { types } from '@slack/bolt';
import { FEEDBACK_FIELD, VIEW } from './action-ids.js';
import { escapeMrkdwn, plain, section, truncate } from './blockkit.js';

export function feedbackForm(question: string, metadata: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEW.feedback,
    private_metadata: metadata,
    title: plain('What was wrong?', 24),
    submit: plain('Send', 24),
    close: plain('Skip', 24),
    blocks: [
      section(`Thanks — your 👎 is noted for _${escapeMrkdwn(truncate(question, 200))}_. If you like, say what was wrong or missing, for the curators.`),
      {
        type: 'input',
        block_id: FEEDBACK_FIELD.comment,
        optional: true,
        label: plain('What was wrong or missing', 2000),
        element: { type: 'plain_text_input', action_id: FEEDBACK_FIELD.comment, multiline: true, max_length: 2000 },
      },
    ],
  };
}
