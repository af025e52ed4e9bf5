// Handled Events API deliveries and signed requests on the shared database, so that a retry or a replay reaching
// another replica is recognised: insert if absent, or if the earlier record has expired.
import type { SeenEvents } from '../seen-events.js';
import type { StateDatabase } from '../database.js';

const OPTIONS = {
  /** How long an event id is remembered (Slack retries within minutes). */
  ttlMs: 60 * 60 * 1000,
  /** Expired ids are deleted at most this often per process. */
  pruneEveryMs: 60 * 1000,
  /** At most this many ids go in one insert (well under either database's limit on bound values). */
  batchSize: 500,
};

type Batch = { waiting: Map<string, { resolve: (seen: boolean) => void; reject: (err: unknown) => void }> };

/**
 * The ids asked about in one turn of the event loop are written by one statement in the next: under load a commit
 * per request cost more than the rest of its checks. The statement returns the ids it inserted or renewed; an id
 * it left alone was live, so seen before.
 */
export class SqlSeenEvents implements SeenEvents {
  private prunedAt = 0;
  private pending: Batch | undefined;

  constructor(
    private readonly state: StateDatabase,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = OPTIONS.ttlMs,
  ) {}

  seen(id: string): Promise<boolean> {
    if (!this.pending || this.pending.waiting.size >= OPTIONS.batchSize) {
      const batch: Batch = { waiting: new Map() };
      setImmediate(() => void this.write(batch));
      this.pending = batch;
    }
    // The same id twice in one turn: the second is the repeat.
    if (this.pending.waiting.has(id)) return Promise.resolve(true);
    const { waiting } = this.pending;
    return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
  }

  private async write(batch: Batch): Promise<void> {
    if (this.pending === batch) this.pending = undefined;
    try {
      const db = await this.state.kysely();
      const now = this.now();
      const expiresAt = now + this.ttlMs;
      const written = await db
        .insertInto('seen_events')
        .values([...batch.waiting.keys()].map((event_id) => ({ event_id, expires_at: expiresAt })))
        .onConflict((oc) => oc.column('event_id').doUpdateSet({ expires_at: expiresAt }).where('seen_events.expires_at', '<=', now))
        .returning('event_id')
        .execute();
      const fresh = new Set(written.map((row) => row.event_id));
      for (const [id, { resolve }] of batch.waiting) resolve(!fresh.has(id));
      if (now - this.prunedAt >= OPTIONS.pruneEveryMs) {
        this.prunedAt = now;
        await db.deleteFrom('seen_events').where('expires_at', '<=', now).execute();
      }
    } catch (err) {
      for (const { reject } of batch.waiting.values()) reject(err);
    }
  }
}
