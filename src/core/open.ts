// Opening the engine for a start: from the snapshot in DATA_DIR when it is up to date (see snapshot.ts). This module
// and what it imports stay free of yaml, zod and chrono-node, so a start with a snapshot loads none of them.
import { defaultDataRoot } from './data-root.js';
import { openKnowledge } from './snapshot.js';
import { Engine } from './engine.js';

export async function openEngine(dataDir: string, root: string = defaultDataRoot()): Promise<Engine> {
  return new Engine(await openKnowledge(root, dataDir));
}
