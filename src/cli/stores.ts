// Where the app and the CLI keep their state, chosen in one place from the settings: DATABASE_URL's
// PostgreSQL, or the SQLite file in DATA_DIR. `attache start`, `post-onthisday` and `feedback` open the same
// one, so `attache feedback` sees what the app recorded.
import type { Config } from '../config.js';
import { openState, type State } from '../state/open.js';

export function openConfiguredState(config: Config, logger: { info(message: string): void; error(message: string): void }): Promise<State> {
  return openState({ dataDir: config.DATA_DIR, ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}) }, logger);
}

/** For a command that prints its own output: only the state's problems reach stderr. */
export const quietStateLogger = (error: (message: string) => void) => ({ info: () => undefined, error });
