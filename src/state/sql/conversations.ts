// Conversation context on the database, so that a thread continues on whichever replica its next message
// reaches. Keys are the caller's (they name the workspace); the context is stored as JSON, opaque.
import type { ConversationStore } from '../conversations.js';
import type { StateDatabase } from '../database.js';

/** Expired contexts are deleted at most this often per process. */
const PRUNE_EVERY_MS = 5 * 60 * 1000;

export class SqlConversationStore implements ConversationStore {
  private prunedAt = 0;

  constructor(
    private readonly state: StateDatabase,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async load(key: string): Promise<unknown | undefined> {
    const db = await this.state.kysely();
    const row = await db.selectFrom('conversations').select('context').where('key', '=', key).where('expires_at', '>', this.now()).executeTakeFirst();
    return row ? (JSON.parse(row.context) as unknown) : undefined;
  }

  async save(key: string, context: unknown): Promise<void> {
    const db = await this.state.kysely();
    const now = this.now();
    const values = { context: JSON.stringify(context), expires_at: now + this.ttlMs };
    await db
      .insertInto('conversations')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
    if (now - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prunedAt = now;
      await db.deleteFrom('conversations').where('expires_at', '<=', now).execute();
    }
  }
}
