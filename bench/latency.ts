// Timing an answerer over a list of questions, in milliseconds per call.
import { median } from './stats.js';

export type Timings = {
  /** Every timed call. */
  samples: number[];
  /** Each question's median, in the list's order; NaN for a question that was not timed. */
  perQuestion: number[];
  rounds: number;
};

function timed(ask: (q: string) => unknown, q: string): number {
  const t = performance.now();
  ask(q);
  return performance.now() - t;
}

/** `warmUp` untimed rounds, then whole timed rounds until `budgetMs` is spent (at least `minRounds`). */
export function timeRounds(questions: readonly string[], ask: (q: string) => unknown, opts: { warmUp: number; budgetMs: number; minRounds: number }): Timings {
  for (let r = 0; r < opts.warmUp; r++) for (const q of questions) ask(q);
  const byQuestion: number[][] = questions.map(() => []);
  const start = performance.now();
  let rounds = 0;
  while (rounds < opts.minRounds || performance.now() - start < opts.budgetMs) {
    questions.forEach((q, i) => byQuestion[i]!.push(timed(ask, q)));
    rounds++;
  }
  return { samples: byQuestion.flat(), perQuestion: byQuestion.map(median), rounds };
}

/** Each question once, in order, until `budgetMs` is spent (at least one): for an answerer too slow for rounds. */
export function timeOnce(questions: readonly string[], ask: (q: string) => unknown, budgetMs: number): Timings {
  const perQuestion = questions.map(() => NaN);
  const start = performance.now();
  for (let i = 0; i < questions.length && (i === 0 || performance.now() - start < budgetMs); i++) perQuestion[i] = timed(ask, questions[i]!);
  return { samples: perQuestion.filter((ms) => !Number.isNaN(ms)), perQuestion, rounds: 1 };
}
