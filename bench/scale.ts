// One synthetic base: each contender (the engine, then its peers over the same units) built and queried in
// `runs` runs; build time, index heap and query p50/p99 as the median, min and max of those runs.
import { buildKnowledge } from '../src/core/knowledge-build.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSnapshot } from '../src/core/snapshot.js';
import { Engine } from '../src/core/engine.js';
import type { Corpus } from '../src/core/load.js';
import { peers } from './peers.js';
import { timeCyclic } from './latency.js';
import { spread, summarize, type Spread } from './stats.js';
import { seededRng, synthesize } from './synthetic.js';

/** `heapMb`: the first build's index heap (later builds overlap with the one before them being freed, so read near 0). */
/** `cpuP50`, `cpuP99`: of the CPU time per query (see timeCyclic). */
export type Contender = {
  name: string;
  config?: string;
  buildMs: Spread;
  heapMb: number;
  p50: Spread;
  p99: Spread;
  cpuP50: Spread;
  cpuP99: Spread;
  samples: number;
};

export type ScaleResult = {
  facts: number;
  units: number;
  entities: number;
  sources: number;
  questions: number;
  contenders: Contender[];
  /** The real questions whose answer differs from the real base's (when asked to compare). */
  differing?: string[];
  /** Opening the engine from the saved index in a fresh process: the file read, the KnowledgeBase and Engine made, per run; the first answer then; and its size. */
  savedStart: { ms: Spread; firstAnswerMs: Spread; mb: number };
};

export type ScaleOptions = { today: string; runs: number; queryBudgetMs: number; compare?: { questions: readonly string[]; signatures: readonly string[] } };

function collectGarbage(): void {
  if (!globalThis.gc) throw new Error('run the bench with node --expose-gc (npm run bench does)');
  globalThis.gc();
}

/** A deterministic shuffle, so every contender is asked the same questions in the same order. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = seededRng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * What an answer says: its text and the quotes it cites, for comparing one base's answers with another's. The help
 * answer says how many sources the base has ("from 5 sources"): that number is the base's size, so it is left out.
 */
export function signature(engine: Engine, question: string, today: string): string {
  const a = engine.ask(question, { today });
  const text = a.intent === 'help' ? a.text.replace(/\b\d+ sources\b/, 'N sources') : a.text;
  return JSON.stringify([text, a.citations.map((c) => c.quote), a.suggestions]);
}

/** Builds with `build` `runs` times and times queries on each build; the index is dropped between runs. */
function contend(name: string, config: string | undefined, build: () => (q: string) => unknown, asked: readonly string[], opts: ScaleOptions): Contender {
  const builds: number[] = [];
  const heaps: number[] = [];
  const p50s: number[] = [];
  const p99s: number[] = [];
  const cpuP50s: number[] = [];
  const cpuP99s: number[] = [];
  let samples = 0;
  for (let r = 0; r < opts.runs; r++) {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    let ask: ((q: string) => unknown) | undefined = build();
    builds.push(performance.now() - start);
    collectGarbage();
    heaps.push((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
    const timings = timeCyclic(asked, ask, opts.queryBudgetMs);
    ask = undefined;
    const [s, c] = [summarize(timings.wall), summarize(timings.cpu)];
    p50s.push(s.p50);
    p99s.push(s.p99);
    cpuP50s.push(c.p50);
    cpuP99s.push(c.p99);
    samples += s.n;
  }
  return {
    name,
    ...(config ? { config } : {}),
    buildMs: spread(builds),
    heapMb: heaps[0]!,
    p50: spread(p50s),
    p99: spread(p99s),
    cpuP50: spread(cpuP50s),
    cpuP99: spread(cpuP99s),
    samples,
  };
}

/**
 * The engine's index saved as `attache ask` saves it, then opened `runs` times, each in a fresh process as a start
 * opens it (bench/saved-start.ts: the file read as a start reads it, KnowledgeBase and Engine made), and one question
 * answered there. In this process the figure would mostly be garbage collection of the large heap the bench holds.
 */
function openSaved(engine: Engine, runs: number, question: string, today: string): { ms: Spread; firstAnswerMs: Spread; mb: number } {
  const bytes = encodeSnapshot('bench', engine.kb.state);
  const dir = mkdtempSync(join(tmpdir(), 'attache-saved-'));
  const file = join(dir, 'knowledge-snapshot.bin');
  writeFileSync(file, bytes);
  const starts: number[] = [];
  const answers: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const out = execFileSync(process.execPath, ['dist/bench/saved-start.js', file, 'bench', question, today], { encoding: 'utf8' });
      const { startMs, firstAnswerMs } = JSON.parse(out) as { startMs: number; firstAnswerMs: number };
      starts.push(startMs);
      answers.push(firstAnswerMs);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { ms: spread(starts), firstAnswerMs: spread(answers), mb: bytes.length / 2 ** 20 };
}

/** Measures a base of `size` facts made from `real`, asked `questions` as they stand and renamed into one of its batches. */
export function measureScale(real: Corpus, size: number, questions: readonly string[], opts: ScaleOptions): ScaleResult {
  const { corpus, renamed } = synthesize(real, size);
  const asked = shuffled([...questions, ...renamed(questions, 1)], size);
  const units = buildKnowledge(corpus).facts;
  let last: Engine | undefined;
  const engine = contend(
    'Attaché engine',
    '`buildKnowledge(corpus)` + `new Engine(kb).prepare()`; `engine.ask(q, { today })`',
    () => {
      const e = (last = new Engine(buildKnowledge(corpus)).prepare());
      return (q) => e.ask(q, { today: opts.today });
    },
    asked,
    opts,
  );
  const differing = opts.compare?.questions.filter((q, i) => signature(last!, q, opts.today) !== opts.compare!.signatures[i]);
  const savedStart = openSaved(last!, opts.runs, questions[0]!, opts.today);
  last = undefined;
  const others = peers(corpus.lexicon.stopwords).map((p) => contend(p.name, p.config, () => p.build(units), asked, opts));
  return {
    facts: corpus.facts.length,
    units: units.length,
    entities: corpus.entities.length,
    sources: corpus.sources.length,
    questions: asked.length,
    contenders: [engine, ...others],
    ...(differing ? { differing } : {}),
    savedStart,
  };
}
