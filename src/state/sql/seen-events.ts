// Handled Events API deliveries on the shared database, so that a retry reaching another replica is
// recognised: insert if absent, or if the earlier record has expired.
import type { SeenEvents } from '../seen-events.js';
import type { StateDatabase } from '../database.js';

const OPTIONS = {
  /** How long an event id is remembered (Slack retries within minutes). */
  ttlMs: 60 * 60 * 1000,
  /** Expired ids are deleted at most this often per process. */
  pruneEveryMs: 60 * 1000,
};

export class SqlSeenEvents implements SeenEvents {
  private prunedAt = 0;

  constructor(
    private readonly state: StateDatabase,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = OPTIONS.ttlMs,
  ) {}

  async seen(id: string): Promise<boolean> {
    const db = await this.state.kysely();
    const now = this.now();
    // One statement: a new id is inserted, an expired one renewed; a live one is left alone and counts no row.
    const { numInsertedOrUpdatedRows } = await db
      .insertInto('seen_events')
      .values({ event_id: id, expires_at: now + this.ttlMs })
      .onConflict((oc) =>
        oc
          .column('event_id')
          .doUpdateSet({ expires_at: now + this.ttlMs })
          .where('seen_events.expires_at', '<=', now),
      )
      .executeTakeFirst();
    if (now - this.prunedAt >= OPTIONS.pruneEveryMs) {
      this.prunedAt = now;
      await db.deleteFrom('seen_events').where('expires_at', '<=', now).execute();
    }
    return (numInsertedOrUpdatedRows ?? 0n) === 0n;
  }
}
