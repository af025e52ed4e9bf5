// The Slack HTTP receiver under load: signed `/ask` slash commands from autocannon on 127.0.0.1.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { ATTACHE_APP, SIGNING_SECRET, spawnApp, stopApp, waitForHealthz } from './app.js';
import type { FakeSlack } from './fake-slack.js';

export type LoadResult = {
  requestsPerSecond: number;
  /** Follow-ups landed per second, from the first measured request to the last follow-up: work deferred past the ack counts. */
  answeredPerSecond: number;
  p99Ms: number;
  sent: number;
  acked: number;
  non2xx: number;
  errors: number;
  followUps: number;
  seconds: number;
  /** The app's CPU time (user + system) over the measured requests and their follow-ups, per acked request: load on the rest of the machine does not change it. */
  cpuMsPerRequest: number;
};

const CONNECTIONS = 10;
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** A process's CPU time so far (user + system, ms) from /proc; NaN where there is no /proc. */
function cpuMs(pid: number | undefined): number {
  try {
    // The fields after the command's closing bracket: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}
const WARM_UP_SECONDS = 2;

/** Autocannon options whose every request is a fresh, correctly signed `/ask` with the next question. */
function signedCommands(url: string, questions: readonly string[], fake: FakeSlack, counter: { n: number }): autocannon.Options {
  return {
    url,
    connections: CONNECTIONS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const n = counter.n++;
          const body = new URLSearchParams({
            token: 'bench',
            team_id: 'TBENCH',
            team_domain: 'bench',
            channel_id: 'CBENCH',
            channel_name: 'general',
            user_id: `U${n % 50}`,
            user_name: 'bench',
            command: '/ask',
            text: questions[n % questions.length]!,
            api_app_id: 'ABENCH',
            is_enterprise_install: 'false',
            response_url: fake.responseUrl(),
            trigger_id: `${n}.bench`,
          }).toString();
          const timestamp = String(Math.floor(Date.now() / 1000));
          const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
          return {
            ...req,
            body,
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
          };
        },
      },
    ],
  };
}

/**
 * Warms up for 2 s, then sends as many requests as the warm-up rate allows in `seconds` (a fixed amount, so
 * every request sent must be acknowledged), then waits for their follow-ups to land on the fake response_url.
 */
export async function slackLoad(
  root: string,
  fake: FakeSlack,
  questions: readonly string[],
  seconds: number,
  script: readonly string[] = ATTACHE_APP,
): Promise<LoadResult> {
  const app = await spawnApp(root, fake.apiUrl, script);
  try {
    await waitForHealthz(app);
    const url = `http://127.0.0.1:${app.port}/slack/events`;
    const counter = { n: 0 };
    const warm = await autocannon({ ...signedCommands(url, questions, fake, counter), duration: WARM_UP_SECONDS });
    const amount = Math.max(100, Math.round(warm.requests.average * seconds));
    const first = fake.issued();
    const cpuBefore = cpuMs(app.child.pid);
    const started = performance.now();
    const run = await autocannon({ ...signedCommands(url, questions, fake, counter), amount });
    const deadline = Date.now() + 10_000;
    while (fake.followUpsFrom(first) < run['2xx'] && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const cpuSpent = cpuMs(app.child.pid) - cpuBefore;
    const answered = fake.followUpsFrom(first);
    const elapsed = (run.finish.getTime() - run.start.getTime()) / 1000;
    return {
      requestsPerSecond: run['2xx'] / elapsed,
      answeredPerSecond: answered ? answered / ((fake.lastFollowUpAt() - started) / 1000) : 0,
      p99Ms: run.latency.p99,
      sent: run.requests.sent,
      acked: run['2xx'],
      non2xx: run.non2xx,
      errors: run.errors,
      followUps: answered,
      seconds: elapsed,
      cpuMsPerRequest: cpuSpent / run['2xx'],
    };
  } finally {
    await stopApp(app);
  }
}
