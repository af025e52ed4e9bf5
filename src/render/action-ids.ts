// The action and view ids the renderers put on buttons and forms, and the Slack listeners answer to.
export const ACTION = {
  /** Re-posts an ephemeral answer for the whole channel; the value is the packed query. */
  share: 'share_answer',
  /** Opens the quote in its paragraph of the source; the value is a packed quote reference. */
  showSource: 'show_source',
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
} as const;

/** Block and action ids inside the subscribe form, for reading its values. */
export const SUBSCRIBE_FIELD = {
  channel: 'channel',
  time: 'time',
  timeZone: 'time_zone',
} as const;
