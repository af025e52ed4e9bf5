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

/** The process's CPU time so far (user + system, every thread: GC helpers too), in milliseconds. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * After a warm-up, the questions in order, round and round, until `budgetMs` is spent, each once at least unless
 * three budgets pass first: for answerers from well under a millisecond to a second per question. Each call's wall time, and
 * the CPU time the process spent on it (which another process taking the core does not add to).
 */
export function timeCyclic(questions: readonly string[], ask: (q: string) => unknown, budgetMs: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  // Untimed first, as a running process would have been (compiled, its lazy parts made): three rounds of the
  // questions, or a third of the budget.
  const warming = performance.now();
  for (let i = 0; i < 3 * questions.length && performance.now() - warming < budgetMs / 3; i++) ask(questions[i % questions.length]!);
  const start = performance.now();
  for (let i = 0; ; i++) {
    const spent = performance.now() - start;
    if (spent > 3 * budgetMs || (spent > budgetMs && i >= questions.length)) return { wall, cpu };
    const before = cpuNow();
    wall.push(timed(ask, questions[i % questions.length]!));
    cpu.push(cpuNow() - before);
  }
}
