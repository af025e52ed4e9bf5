// Where each conversation's context is kept between turns (a Slack thread, a DM, an assistant thread, a chat
// session, a --jsonl "thread"). The core builds and reads the context; a store only keeps it, opaque, for a while.
export interface ConversationStore {
  /** The context saved for `key`, or undefined when there is none or it has expired. */
  load(key: string): Promise<unknown | undefined>;
  /** Replaces the context of `key`; it expires `ttlMs` after this save. */
  save(key: string, context: unknown): Promise<void>;
}

/** In memory, for one process (the chat, `ask --jsonl`, tests). */
export class MemoryConversationStore implements ConversationStore {
  private readonly saved = new Map<string, { context: unknown; until: number }>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async load(key: string): Promise<unknown | undefined> {
    const hit = this.saved.get(key);
    if (!hit || hit.until <= this.now()) return undefined;
    return hit.context;
  }

  async save(key: string, context: unknown): Promise<void> {
    this.saved.set(key, { context, until: this.now() + this.ttlMs });
  }
}
