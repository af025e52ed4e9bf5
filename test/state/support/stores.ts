// The real SQL stores on an in-memory SQLite database, and subscriptions planted in them as a test needs.
import { SqlSubscriptionStore } from '../../../src/state/sql/subscriptions.js';
import { StateDatabase } from '../../../src/state/database.js';
import { insertSubscriptions } from '../../../src/state/legacy-subscriptions.js';
import type { Subscription } from '../../../src/onthisday/subscription.js';

export function memoryDatabase(): StateDatabase {
  return StateDatabase.open({ sqliteMemory: true });
}

/** An empty subscription store of its own. */
export function memoryStore(): SqlSubscriptionStore {
  return new SqlSubscriptionStore(memoryDatabase());
}

/** A store holding `subs`, with their last posts. */
export async function plantedStore(subs: Subscription[], database = memoryDatabase()): Promise<SqlSubscriptionStore> {
  await insertSubscriptions(await database.kysely(), subs);
  return new SqlSubscriptionStore(database);
}
