// The core's front door: load the base once, then ask.
import { loadCorpus } from './load.js';
import { KnowledgeBase } from './knowledge.js';
import { Engine } from './engine.js';

export function loadEngine(root?: string): Engine {
  return new Engine(new KnowledgeBase(loadCorpus(root)));
}

export { Engine } from './engine.js';
export { KnowledgeBase } from './knowledge.js';
export type { Answer, Citation, Conflict, SourceRef } from './answer.js';
