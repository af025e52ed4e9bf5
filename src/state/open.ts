// Everything the app keeps, opened together on one database: migrated, and the old subscriptions.json
// imported on the first start.
import { StateDatabase, type DatabaseLocation } from './database.js';
import { importLegacySubscriptions } from './legacy-subscriptions.js';
import { SqlSubscriptionStore } from './sql/subscriptions.js';
import { SqlSeenEvents } from './sql/seen-events.js';
import { SqlConversationStore } from './sql/conversations.js';
import { SqlFeedbackStore } from './sql/feedback.js';
import { SqlInstallations } from './sql/installations.js';

export type State = {
  database: StateDatabase;
  subscriptions: SqlSubscriptionStore;
  seenEvents: SqlSeenEvents;
  conversations: SqlConversationStore;
  feedback: SqlFeedbackStore;
  installations: SqlInstallations;
};

export function stateOn(database: StateDatabase): State {
  return {
    database,
    subscriptions: new SqlSubscriptionStore(database),
    seenEvents: new SqlSeenEvents(database),
    conversations: new SqlConversationStore(database),
    feedback: new SqlFeedbackStore(database),
    installations: new SqlInstallations(database),
  };
}

/** Opens DATABASE_URL's database, or DATA_DIR's SQLite file; says which, and what became of an old subscriptions.json. */
export async function openState(
  location: DatabaseLocation & { dataDir: string },
  logger: { info(message: string): void; error(message: string): void },
): Promise<State> {
  const database = StateDatabase.open(location);
  await database.kysely();
  logger.info(`State: ${database.backend} (${database.where})`);
  const legacy = await importLegacySubscriptions(database, location.dataDir);
  if ('imported' in legacy) logger.info(`State: imported ${legacy.imported} subscriptions from the old subscriptions.json (left in place)`);
  if ('problem' in legacy) logger.error(`State: ${legacy.problem}`);
  return stateOn(database);
}
