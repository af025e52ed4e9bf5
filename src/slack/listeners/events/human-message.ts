// Which messages deserve an answer: a person's new message — plain, sent to the channel from a thread
// (thread_broadcast), or with a file attached (file_share). Not bots (this one included, or two bots could
// answer each other forever), not edits, not joins, deletions or any other subtype.
export type MessageLike = { subtype?: string; bot_id?: string; edited?: unknown };

/** A person's message with its text: the subtypes above, typed. */
export type HumanMessage = {
  subtype?: undefined | 'thread_broadcast' | 'file_share';
  user: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
};

const HUMAN_SUBTYPES: readonly (string | undefined)[] = [undefined, 'thread_broadcast', 'file_share'];

export function isNewHumanMessage<T extends MessageLike>(event: T): event is T & HumanMessage {
  return HUMAN_SUBTYPES.includes(event.subtype) && !event.bot_id && event.edited === undefined;
}
