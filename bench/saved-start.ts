// One start from a saved index, in a fresh process as `attache ask` makes it: the snapshot file opened as a start
// reads it, the KnowledgeBase and Engine made, then one question answered. Prints {"startMs","firstAnswerMs"} as JSON.
import { KnowledgeBase } from '../src/core/knowledge.js';
import { readSnapshot } from '../src/core/snapshot.js';
import { Engine } from '../src/core/engine.js';

const [file, hash, question, today] = process.argv.slice(2) as [string, string, string, string];
const t0 = performance.now();
const state = readSnapshot(file, hash);
if (!state) throw new Error(`${file}: no snapshot for ${hash}`);
const engine = new Engine(new KnowledgeBase(state));
const startMs = performance.now() - t0;
const t1 = performance.now();
engine.ask(question, { today });
process.stdout.write(`${JSON.stringify({ startMs, firstAnswerMs: performance.now() - t1 })}\n`);
