// The core's front door: load the base once, then ask.
import { loadCorpus } from './load.js';
import { buildKnowledge } from './knowledge-build.js';
import { Engine } from './engine.js';

/** The engine over the base in `root`, loaded from its YAML (with every check) and built, every time. */
export function loadEngine(root?: string): Engine {
  return new Engine(buildKnowledge(loadCorpus(root)));
}

export { openEngine } from './open.js';
export { buildKnowledge } from './knowledge-build.js';
export { Engine } from './engine.js';
export { KnowledgeBase } from './knowledge.js';
export type { Answer, Citation, Conflict, SourceRef } from './answer.js';
