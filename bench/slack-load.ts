// The Slack HTTP receiver under load: signed `/ask` slash commands from autocannon on 127.0.0.1.
import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';
import { ATTACHE_APP, SIGNING_SECRET, spawnApp, stopApp, waitForHealthz } from './app.js';
import type { FakeSlack } from './fake-slack.js';

export type LoadResult = {
  requestsPerSecond: number;
  p99Ms: number;
  sent: number;
  acked: number;
  non2xx: number;
  errors: number;
  followUps: number;
  seconds: number;
};

const CONNECTIONS = 10;
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
    const run = await autocannon({ ...signedCommands(url, questions, fake, counter), amount });
    const deadline = Date.now() + 10_000;
    while (fake.followUpsFrom(first) < run['2xx'] && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const elapsed = (run.finish.getTime() - run.start.getTime()) / 1000;
    return {
      requestsPerSecond: run['2xx'] / elapsed,
      p99Ms: run.latency.p99,
      sent: run.requests.sent,
      acked: run['2xx'],
      non2xx: run.non2xx,
      errors: run.errors,
      followUps: fake.followUpsFrom(first),
      seconds: elapsed,
    };
  } finally {
    await stopApp(app);
  }
}
