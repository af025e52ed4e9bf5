// Which messages deserve an answer: a person's new message. Not bots (this one included, or two bots
// could answer each other forever), not edits, not joins, deletions or any other subtype.
export type MessageLike = { subtype?: string; bot_id?: string; edited?: unknown };

export function isNewHumanMessage(event: MessageLike): boolean {
  return event.subtype === undefined && !event.bot_id && event.edited === undefined;
}
