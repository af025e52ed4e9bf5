// Where the base is: a module of its own, so a start from the snapshot (snapshot.ts) need not load load.ts.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder that holds facts/ and intents/ (two levels above dist/src/core or src/core). */
export function defaultDataRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'facts')) || !existsSync(join(dir, 'intents'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`could not find the facts/ and intents/ folders above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}
