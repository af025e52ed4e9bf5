// Cold start: wall time from spawn to exit of `node -e 0`, `node bin/attache.js ask "…"` and `npx attache ask "…"`,
// run in turn (paired), and from spawning `npm start` to GET /healthz → 200.
import { spawn } from 'node:child_process';
import { spread, type Spread } from './stats.js';
import { spawnApp, stopApp, waitForHealthz } from './app.js';
import type { FakeSlack } from './fake-slack.js';

export const COLD_QUESTION = 'When did Tajikistan and Kyrgyzstan establish diplomatic relations?';

export const COLD_COMMANDS: { name: string; command: string; args: string[] }[] = [
  { name: '`node -e 0`', command: process.execPath, args: ['-e', '0'] },
  { name: '`node bin/attache.js ask "…"`', command: process.execPath, args: ['bin/attache.js', 'ask', COLD_QUESTION] },
  { name: '`npx attache ask "…"`', command: 'npx', args: ['--no-install', 'attache', 'ask', COLD_QUESTION] },
];

/** Milliseconds from spawn to a successful exit. */
function wallOnce(root: string, command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, [...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`${command} ${args.join(' ')} exited with code ${code}`)),
    );
  });
}

/**
 * Each command's wall time over `runs` rounds; each round runs every command once, in turn. One round first is not
 * timed: it writes the knowledge snapshot in DATA_DIR when the base or the engine changed since the last start.
 */
export async function pairedColdStarts(root: string, runs: number): Promise<Spread[]> {
  for (const c of COLD_COMMANDS) await wallOnce(root, c.command, c.args);
  const times: number[][] = COLD_COMMANDS.map(() => []);
  for (let r = 0; r < runs; r++) for (const [i, c] of COLD_COMMANDS.entries()) times[i]!.push(await wallOnce(root, c.command, c.args));
  return times.map(spread);
}

/** Milliseconds from spawning `npm start` (as node dist/src/cli/main.js start) to GET /healthz → 200, per run. */
export async function healthzColdStart(root: string, fake: FakeSlack, runs: number): Promise<Spread> {
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
  return spread(times);
}
