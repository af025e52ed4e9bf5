// The core's front door: load the base once, then ask.
import { loadCorpus } from './load.js';
import { defaultDataRoot } from './data-root.js';
import { loadCorpusSnapshot } from './snapshot.js';
import { KnowledgeBase } from './knowledge.js';
import { Engine } from './engine.js';

export function loadEngine(root?: string): Engine {
  return new Engine(new KnowledgeBase(loadCorpus(root)));
}

/** The same engine, from the base's snapshot in `dataDir` when it is up to date (see snapshot.ts). */
export async function openEngine(dataDir: string, root: string = defaultDataRoot()): Promise<Engine> {
  return new Engine(new KnowledgeBase(await loadCorpusSnapshot(root, dataDir)));
}

export { Engine } from './engine.js';
export { KnowledgeBase } from './knowledge.js';
export type { Answer, Citation, Conflict, SourceRef } from './answer.js';
