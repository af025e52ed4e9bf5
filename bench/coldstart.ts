// Cold start: from spawning `node` to the CLI's first answer, and to `npm start` answering GET /healthz.
import { spawn } from 'node:child_process';
import { median } from './stats.js';
import { spawnApp, stopApp, waitForHealthz } from './app.js';
import type { FakeSlack } from './fake-slack.js';

export const COLD_QUESTION = 'When did Tajikistan and Kyrgyzstan establish diplomatic relations?';

/** Milliseconds from spawn to the first byte `attache ask` writes to standard output. */
function cliOnce(root: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['bin/attache.js', 'ask', COLD_QUESTION], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let first: number | undefined;
    child.stdout.once('data', () => (first = performance.now() - start));
    child.stdout.resume();
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 && first !== undefined ? resolve(first) : reject(new Error(`attache ask exited with code ${code}`))));
  });
}

export async function cliColdStart(root: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await cliOnce(root));
  return median(times);
}

/** Median milliseconds from spawning `npm start` (as node dist/src/cli/main.js start) to GET /healthz → 200. */
export async function healthzColdStart(root: string, fake: FakeSlack, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const app = await spawnApp(root, fake.apiUrl);
    try {
      await waitForHealthz(app);
      times.push(performance.now() - app.startedAt);
    } finally {
      await stopApp(app);
    }
  }
  return median(times);
}
