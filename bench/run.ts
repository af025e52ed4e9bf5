// `npm run bench`: measures answer latency, scale, cold start and the Slack receiver in one run, and writes
// bench/results.md. Run with node --expose-gc (the npm script does).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../src/core/index.js';
import { defaultDataRoot, loadCorpus } from '../src/core/load.js';
import { BENCH_QUESTIONS, devQuestions } from './questions.js';
import { timeRounds } from './latency.js';
import { summarize } from './stats.js';
import { measureScale, type ScaleBudget } from './scale.js';
import { startFakeSlack } from './fake-slack.js';
import { cliColdStart, COLD_QUESTION, healthzColdStart } from './coldstart.js';
import { slackLoad } from './slack-load.js';
import { stateSections } from './state.js';
import { ms, report, type Row, type Section } from './report.js';

const TODAY = '2025-06-01';
const COLD_RUNS = 5;
const LOAD_SECONDS = 10;
const SCALES: [number, ScaleBudget][] = [
  [1_000, { engineMs: 2_000, naiveMs: 3_000 }],
  [10_000, { engineMs: 4_000, naiveMs: 8_000 }],
  [100_000, { engineMs: 8_000, naiveMs: 20_000 }],
];

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\|/g, '/');
const na = (what: string, err: unknown, target?: string): Row => ({ what, value: `n/a (${reason(err)})`, target });
const count = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

async function main(): Promise<void> {
  const began = performance.now();
  const root = defaultDataRoot();
  const dev = devQuestions(root);
  const questions = [...BENCH_QUESTIONS, ...dev];
  const sections: Section[] = [];

  log(`answer latency on the real base (${questions.length} questions)`);
  const engine = loadEngine(root);
  const real = timeRounds(questions, (q) => engine.ask(q, { today: TODAY }), { warmUp: 20, budgetMs: 3_000, minRounds: 20 });
  const r = summarize(real.samples);
  sections.push({
    title: 'Answer latency, real fact base (in-process)',
    rows: [
      { what: 'p50', value: ms(r.p50) },
      { what: 'p99', value: ms(r.p99), target: '< 1 ms', met: r.p99 < 1 },
      { what: 'max', value: ms(r.max) },
    ],
    notes: [
      `${engine.kb.facts.length} facts; ${questions.length} questions (${BENCH_QUESTIONS.length} of bench/questions.ts, ${dev.length} from ../shared/eval/dev-questions.jsonl), ${real.rounds} timed rounds after 20 untimed: ${r.n} samples.`,
    ],
  });

  const fake = await startFakeSlack();
  log('cold start');
  const cold: Row[] = [];
  try {
    const cli = await cliColdStart(root, COLD_RUNS);
    cold.push({ what: '`node bin/attache.js ask "…"`: spawn → first answer on stdout (median)', value: ms(cli), target: '< 1 s', met: cli < 1000 });
  } catch (err) {
    cold.push(na('`node bin/attache.js ask "…"`: spawn → first answer on stdout', err, '< 1 s'));
  }
  try {
    const healthz = await healthzColdStart(root, fake, COLD_RUNS);
    cold.push({ what: '`npm start` (node dist/src/cli/main.js start): spawn → GET /healthz 200 (median)', value: ms(healthz), target: '< 1 s', met: healthz < 1000 });
  } catch (err) {
    cold.push(na('`npm start`: spawn → GET /healthz 200', err, '< 1 s'));
  }
  sections.push({ title: 'Cold start', rows: cold, notes: [`Median of ${COLD_RUNS} runs each; the CLI is asked “${COLD_QUESTION}”.`] });

  log(`Slack receiver under load (${LOAD_SECONDS} s)`);
  try {
    const load = await slackLoad(root, fake, questions, LOAD_SECONDS);
    sections.push({
      title: 'Slack HTTP receiver under load (signed `/ask` slash commands)',
      rows: [
        { what: 'Acknowledged requests/s', value: load.requestsPerSecond.toFixed(0), target: '≥ 1,000', met: load.requestsPerSecond >= 1000 },
        { what: 'Ack latency p99', value: ms(load.p99Ms) },
        { what: 'Errors and non-2xx responses', value: String(load.errors + load.non2xx), target: '0', met: load.errors + load.non2xx === 0 },
        { what: 'Acknowledged (200) / sent', value: `${load.acked} / ${load.sent}`, target: 'all', met: load.acked === load.sent },
        { what: 'Answers delivered to response_url / acknowledged', value: `${load.followUps} / ${load.acked}`, target: 'all', met: load.followUps === load.acked },
      ],
      notes: [`${load.sent} requests in ${load.seconds.toFixed(1)} s over 10 connections after a 2 s warm-up.`],
    });
  } catch (err) {
    sections.push({ title: 'Slack HTTP receiver under load (signed `/ask` slash commands)', rows: [na('Acknowledged requests/s', err, '≥ 1,000')] });
  }
  await fake.close();

  const corpus = loadCorpus(root);
  const scaleRows: Row[] = [];
  const scaleNotes: string[] = [];
  for (const [size, budget] of SCALES) {
    log(`scale: ${count(size)} facts`);
    const s = measureScale(corpus, size, questions, TODAY, budget);
    const big = size === 100_000;
    const k = count(size);
    scaleRows.push(
      { what: `${k}: engine p50 / p99 / max`, value: `${ms(s.engine.p50)} / ${ms(s.engine.p99)} / ${ms(s.engine.max)}`, ...(big ? { target: 'p99 < 10 ms', met: s.engine.p99 < 10 } : {}) },
      { what: `${k}: naive fuse.js p50 / max (${s.naive.n} of ${s.questions} questions)`, value: `${ms(s.naive.p50)} / ${ms(s.naive.max)}` },
      { what: `${k}: naive ÷ engine (median per question)`, value: `${s.ratio.toFixed(0)}×`, ...(big ? { target: '≥ 100×', met: s.ratio >= 100 } : {}) },
      { what: `${k}: index build (\`new KnowledgeBase\`)`, value: ms(s.buildMs) },
      { what: `${k}: index heap (heap used delta after gc)`, value: `${s.heapMb.toFixed(1)} MiB` },
    );
    scaleNotes.push(`${k}: ${s.facts} facts, ${s.entities} entities, ${s.sources} sources; ${s.questions} questions, ${s.engine.n} engine samples.`);
  }
  sections.push({ title: 'Scale: synthetic fact bases', rows: scaleRows, notes: scaleNotes });
  sections.push(...(await stateSections(engine.kb, log)));

  const method = [
    `Latency is \`engine.ask(q, { today: '${TODAY}' })\` timed with performance.now() around each call; percentiles by nearest rank over every timed call.`,
    'Synthetic bases (bench/synthetic.ts, seeded): the real facts copied in batches; each batch renames the entities the real facts use to others of the same type (a real entity is kept in a quarter of the batches, so the real hub countries stay frequent; otherwise another real entity or a generated country, person, organisation or place with aliases), shifts the dates, varies the values, and writes new source texts from the renamed quotes and filler sentences of the real sources, so every quote is verbatim in its source. Real intents and lexicon. Only names are new: the vocabulary does not grow with the base, so a common word’s postings grow in proportion to it (a harder case than a real base, whose vocabulary grows).',
    'Scale questions: the bench questions as they stand (real names, the most frequent entities) and renamed into one batch, shuffled; one untimed round, then whole timed rounds within a time budget.',
    'Naive baseline (bench/naive.ts): fuse.js (ignoreLocation) over title + summary + quotes of every fact, one search per question, each question once until a time budget is spent; the ratio compares the medians of both on the questions the baseline had time for.',
    'Index memory: heap used after `new KnowledgeBase(corpus)` minus before, each after global.gc(); the corpus itself is not counted.',
    'Cold start: wall time from spawning node to the first byte of the answer, and to the first 200 from GET /healthz polled every 5 ms, with fake credentials and SLACK_API_URL pointing at a local fake Web API.',
    'Load: autocannon (10 connections, 127.0.0.1) posts `/ask` slash commands, each signed (HMAC-SHA256 of `v0:timestamp:body`), with a response_url on the local fake; a 2 s warm-up sets the number of requests for the timed run (a fixed amount, so every one sent must be acknowledged); then the follow-ups are awaited for up to 10 s. Load generator, fake Slack and app share the machine’s cores.',
    'Timings on a shared machine vary from run to run by some 10–20 %: compare runs of the same day, not single numbers.',
    'No timed assertions run in `npm test`; this file is the record.',
  ];
  const seconds = (performance.now() - began) / 1000;
  const markdown = report(sections, method, seconds);
  writeFileSync(join(root, 'bench', 'results.md'), markdown);
  process.stdout.write(markdown);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);
