// One synthetic base: its index build time and memory, the engine's latency, and the naive baseline's.
import { KnowledgeBase } from '../src/core/knowledge.js';
import { Engine } from '../src/core/engine.js';
import type { Corpus } from '../src/core/load.js';
import { naiveSearch } from './naive.js';
import { timeOnce, timeRounds } from './latency.js';
import { median, summarize, type Summary } from './stats.js';
import { seededRng, synthesize } from './synthetic.js';

export type ScaleResult = {
  facts: number;
  entities: number;
  sources: number;
  buildMs: number;
  heapMb: number;
  questions: number;
  engine: Summary;
  naive: Summary;
  /** The baseline's median over the engine's, on the questions the baseline had time for. */
  ratio: number;
};

export type ScaleBudget = { engineMs: number; naiveMs: number };

function collectGarbage(): void {
  if (!globalThis.gc) throw new Error('run the bench with node --expose-gc (npm run bench does)');
  globalThis.gc();
}

/** A deterministic shuffle, so the baseline's share of the questions is a fair sample. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = seededRng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Measures a base of `size` facts made from `real`, asked `questions` as they stand and renamed into one of its batches. */
export function measureScale(real: Corpus, size: number, questions: readonly string[], today: string, budget: ScaleBudget): ScaleResult {
  const { corpus, renamed } = synthesize(real, size);
  const asked = shuffled([...questions, ...renamed(questions, 1)], size);

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const kb = new KnowledgeBase(corpus);
  const buildMs = performance.now() - start;
  collectGarbage();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const engine = new Engine(kb);
  const timings = timeRounds(asked, (q) => engine.ask(q, { today }), { warmUp: 1, budgetMs: budget.engineMs, minRounds: 1 });
  const search = naiveSearch(corpus.facts);
  const naive = timeOnce(asked, search, budget.naiveMs);
  const both = asked.flatMap((_, i) => (Number.isNaN(naive.perQuestion[i]!) ? [] : [i]));
  return {
    facts: corpus.facts.length,
    entities: corpus.entities.length,
    sources: corpus.sources.length,
    buildMs,
    heapMb,
    questions: asked.length,
    engine: summarize(timings.samples),
    naive: summarize(naive.samples),
    ratio: median(both.map((i) => naive.perQuestion[i]!)) / median(both.map((i) => timings.perQuestion[i]!)),
  };
}
