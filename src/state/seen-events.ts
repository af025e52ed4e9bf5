// Which Events API deliveries were handled already: Slack retries an event it thinks went unanswered
// (x-slack-retry-num), and a retry must not answer twice.
export interface SeenEvents {
  /** True when `id` was seen before; otherwise records it and returns false. */
  seen(id: string): boolean | Promise<boolean>;
}

/** In memory, for one process: ids are kept an hour (Slack retries within minutes). */
export class MemorySeenEvents implements SeenEvents {
  /** id → when to forget it; a Map keeps insertion order, which here is expiry order. */
  private readonly until = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  seen(id: string): boolean {
    const now = this.now();
    for (const [old, expiry] of this.until) {
      if (expiry > now) break;
      this.until.delete(old);
    }
    if (this.until.has(id)) return true;
    this.until.set(id, now + this.ttlMs);
    return false;
  }
}
