// Both databases the app runs on, for tests that must hold on each: SQLite in a temporary DATA_DIR, and
// PostgreSQL in a fresh database when a server is reachable (else a visible skip with the reason).
import { StateDatabase } from '../../../src/state/database.js';
import { tempDir } from '../../slack/support/attache.js';
import { freshDatabase, reachablePostgres } from './postgres.js';

/** Where one test's state lives: the app's environment for it, and a way to open it from the test. */
export type Place = { env: { DATA_DIR: string; DATABASE_URL: string }; open: () => StateDatabase; done: () => Promise<void> };

export type Backend = { name: string; skip?: string; place: () => Promise<Place> };

const postgres = await reachablePostgres();
if ('skip' in postgres) console.warn(`The PostgreSQL tests are skipped: ${postgres.skip}.`);

export const BACKENDS: Backend[] = [
  {
    name: 'SQLite',
    place: async () => {
      const data = tempDir();
      return { env: { DATA_DIR: data.dir, DATABASE_URL: '' }, open: () => StateDatabase.open({ dataDir: data.dir }), done: async () => data.cleanup() };
    },
  },
  {
    name: 'PostgreSQL',
    ...('skip' in postgres ? { skip: postgres.skip } : {}),
    place: async () => {
      if (!('url' in postgres)) throw new Error(postgres.skip);
      const data = tempDir();
      const db = await freshDatabase(postgres.url);
      return {
        env: { DATA_DIR: data.dir, DATABASE_URL: db.url },
        open: () => StateDatabase.open({ databaseUrl: db.url, dataDir: data.dir }),
        done: async () => {
          await db.drop();
          data.cleanup();
        },
      };
    },
  },
];

/** "on SQLite", or "on PostgreSQL (skipped: why)". */
export const titleOf = (b: Backend) => `on ${b.name}${b.skip ? ` (skipped: ${b.skip})` : ''}`;
