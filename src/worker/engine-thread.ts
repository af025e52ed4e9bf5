// The thread of engine-worker.ts: loads the engine as a start does (openEngine: from the snapshot in DATA_DIR),
// makes its lazy parts now, and answers.
import { workerData } from 'node:worker_threads';
import { openEngine } from '../core/open.js';
import { serveEngine, type ThreadData } from './engine-worker.js';

const { root, dataDir } = workerData as ThreadData;
serveEngine((await openEngine(dataDir, root)).prepare());
