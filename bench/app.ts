// Starting `npm start` (the Slack app in HTTP mode) against the fake Slack, and waiting for GET /healthz.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SIGNING_SECRET = 'bench';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `startedAt`: performance.now() just before the spawn; `dataDir`: its DATA_DIR, removed when it stops. */
export type AppProcess = { child: ChildProcess; port: number; startedAt: number; dataDir: string; exited: Promise<string> };

/** The app `npm start` runs. */
export const ATTACHE_APP = ['dist/src/cli/main.js', 'start'];

/** `node <script>` (`npm start`'s by default) with fake credentials; its output is kept only to explain an early exit. */
export async function spawnApp(root: string, apiUrl: string, script: readonly string[] = ATTACHE_APP): Promise<AppProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...script], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`exited (${signal ?? `code ${code}`}): ${stderr.trim().split('\n').pop() ?? ''}`)),
  );
  return { child, port, startedAt, dataDir, exited };
}

/** Polls GET /healthz until it answers 200; rejects with the reason when the app exits or `timeoutMs` passes. */
export async function waitForHealthz(app: AppProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: string | undefined;
  void app.exited.then((why) => (exit = why));
  while (Date.now() < deadline) {
    if (exit) throw new Error(`npm start ${exit}`);
    try {
      const res = await fetch(`http://127.0.0.1:${app.port}/healthz`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`GET /healthz did not answer 200 within ${timeoutMs} ms`);
}

export async function stopApp(app: AppProcess): Promise<void> {
  if (app.child.exitCode === null && app.child.signalCode === null) {
    app.child.kill('SIGTERM');
    const timer = setTimeout(() => app.child.kill('SIGKILL'), 3000);
    await app.exited;
    clearTimeout(timer);
  }
  rmSync(app.dataDir, { recursive: true, force: true });
}
