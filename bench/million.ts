// One build of the index over 1M synthetic facts, in its own process (run.ts caps its time and heap):
// prints {"synthMs","buildMs","maxRssMb","heapMb"} as JSON on stdout.
import { buildKnowledge } from '../src/core/knowledge-build.js';
import { defaultDataRoot, loadCorpus } from '../src/core/load.js';
import { synthesize } from './synthetic.js';

const size = Number(process.argv[2] ?? 1_000_000);
const t0 = performance.now();
const { corpus } = synthesize(loadCorpus(defaultDataRoot()), size);
const synthMs = performance.now() - t0;
process.stderr.write(`bench: ${size} facts made in ${(synthMs / 1000).toFixed(0)} s; building\n`);
const t1 = performance.now();
const kb = buildKnowledge(corpus);
const buildMs = performance.now() - t1;
process.stdout.write(
  `${JSON.stringify({
    synthMs,
    buildMs,
    units: kb.facts.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
  })}\n`,
);
