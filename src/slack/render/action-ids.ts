// The action and view ids the renderers put on buttons and forms, and the Slack listeners answer to.
export const ACTION = {
  /** Re-posts an ephemeral answer for the whole channel; the value is the packed query. */
  share: 'share_answer',
  /** Opens the quote in its paragraph of the source (a button, or a menu of the page's quotes); values are packed quote references. */
  showSource: 'show_source',
  /** The next page of a list answer; the value is the packed page. */
  more: 'answer_more',
  /** 👍/👎 on an answer: Slack's feedback buttons, or ordinary buttons suffixed _up and _down; the value is packed feedback. */
  feedback: 'answer_feedback',
  /** Asks a suggested or example question; the value is the question. Suffixed with its index (ids are unique per block). */
  askSuggestion: 'ask_suggestion',
  /** App Home: open the subscribe form, stop a channel's posts, resume paused ones; the value names the channel. */
  openSubscribe: 'onthisday_open_subscribe',
  unsubscribe: 'onthisday_unsubscribe',
  resume: 'onthisday_resume',
} as const;

export const VIEW = {
  /** The App Home form that subscribes a channel to the daily post. */
  subscribe: 'onthisday_subscribe',
  /** "What was wrong", after a 👎; its private_metadata says which answer. */
  feedback: 'answer_feedback_note',
} as const;

/** Block and action ids inside the feedback form. */
export const FEEDBACK_FIELD = { comment: 'comment' } as const;

/** Block and action ids inside the subscribe form, for reading its values. */
export const SUBSCRIBE_FIELD = {
  channel: 'channel',
  time: 'time',
  timeZone: 'time_zone',
} as const;
