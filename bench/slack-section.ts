// The Slack receiver beside bare Bolt apps: in each round every app is loaded in turn by the same tool, so the
// rounds pair them under the same load on the shared machine; each ratio is taken within a round, and the
// section gives the median ratio of the rounds with its min and max.
import type { FakeSlack } from './fake-slack.js';
import { slackLoad, type LoadResult } from './slack-load.js';
import { spread, type Spread } from './stats.js';
import { ms, type Row, type Section } from './report.js';

/** Rounds (each loads every app once) and the seconds of load per app and round. */
export const SLACK_LOAD = { rounds: 5, seconds: 5 };

const APPS: { name: string; script?: string[] }[] = [
  { name: 'Attaché (`npm start`)' },
  { name: 'bare Bolt, no-op handler (ack only)', script: ['dist/bench/bare-bolt.js', 'noop'] },
  { name: 'bare Bolt, ack + reply to response_url', script: ['dist/bench/bare-bolt.js', 'reply'] },
];
const [ATTACHE, NOOP, REPLY] = [0, 1, 2];

const range = (s: Spread, fmt: (x: number) => string) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
const times = (x: number) => `${x.toFixed(2)}×`;
const whole = (x: number) => x.toFixed(0);

export async function slackSection(root: string, fake: FakeSlack, questions: readonly string[], log: (line: string) => void): Promise<Section> {
  const rounds: LoadResult[][] = [];
  const rows: Row[] = [];
  try {
    for (let r = 0; r < SLACK_LOAD.rounds; r++) {
      log(`Slack receiver: round ${r + 1} of ${SLACK_LOAD.rounds}`);
      const round: LoadResult[] = [];
      for (const app of APPS) round.push(await slackLoad(root, fake, questions, SLACK_LOAD.seconds, app.script));
      rounds.push(round);
    }
    const of = (app: number, f: (l: LoadResult) => number) => spread(rounds.map((round) => f(round[app]!)));
    const ratio = (f: (l: LoadResult) => number, a: number, b: number) => spread(rounds.map((round) => f(round[a]!) / f(round[b]!)));
    const [rps, answers, p99, cpu] = [
      (l: LoadResult) => l.requestsPerSecond,
      (l: LoadResult) => l.answeredPerSecond,
      (l: LoadResult) => l.p99Ms,
      (l: LoadResult) => l.cpuMsPerRequest,
    ];
    APPS.forEach(({ name }, i) => {
      const all = rounds.map((round) => round[i]!);
      const failed = all.reduce((n, l) => n + l.errors + l.non2xx + (l.sent - l.acked), 0);
      const answered = all.reduce((n, l) => n + l.followUps, 0);
      const acked = all.reduce((n, l) => n + l.acked, 0);
      rows.push({
        what: `${name}: acks/s · answers/s · ack p99 · CPU per request · failed · follow-ups/acked`,
        value: `${range(of(i, rps), whole)} · ${i === NOOP ? '—' : range(of(i, answers), whole)} · ${range(of(i, p99), ms)} · ${range(of(i, cpu), ms)} · ${failed} · ${answered}/${acked}`,
      });
    });
    const throughput = ratio(answers, ATTACHE, REPLY);
    const ackP99 = ratio(p99, ATTACHE, NOOP);
    rows.push(
      { what: 'Attaché ÷ Bolt ack+reply, throughput: answers/s (per round)', value: range(throughput, times), target: '≥ 0.8×', met: throughput.median >= 0.8 },
      { what: 'Attaché ÷ bare Bolt no-op, ack p99 (per round)', value: range(ackP99, times), target: '≤ 2×', met: ackP99.median <= 2 },
      { what: 'Attaché ÷ Bolt ack+reply, CPU per request (per round)', value: range(ratio(cpu, ATTACHE, REPLY), times) },
    );
  } catch (err) {
    rows.push({ what: 'Slack load', value: `n/a (${(err instanceof Error ? err.message : String(err)).replace(/\|/g, '/')})` });
  }
  return {
    title: 'Slack HTTP receiver under load (signed `/ask` slash commands)',
    rows,
    notes: [
      `autocannon, 10 connections to 127.0.0.1, a 2 s warm-up then a fixed number of requests (the warm-up rate × ${SLACK_LOAD.seconds} s); ${SLACK_LOAD.rounds} rounds, each loading the three apps in turn, so that each ratio compares apps under the same load; a ratio is the median of the rounds' ratios (min–max).`,
      'Answers/s: follow-ups landed on the fake response_url per second, from the first measured request to the last follow-up, so that an answer put off past its ack is counted when it is sent; acks/s alone would reward putting work off.',
      "CPU per request: the app process's user + system time (/proc) from the first measured request until the last follow-up landed, over the requests acked; unlike rates and latencies it hardly moves with the load the rest of the machine puts on it.",
      'The questions are the 65 of the latency section, round and round: after the first round Attaché answers a question asked before from its answer cache (src/slack/conversation.ts), as it would a repeated slash command.',
    ],
  };
}
