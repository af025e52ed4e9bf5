// The built app as a separate process (`attache start`), in HTTP mode on a free loopback port, its Web API
// a fake Slack: several of them on one database are replicas.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../helpers.js';
import { SIGNING_SECRET } from '../../slack/support/requests.js';

export type Replica = { origin: string; output: () => string; kill: (signal?: NodeJS.Signals) => Promise<void> };

export async function startReplica(env: Record<string, string>): Promise<Replica> {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('SLACK_') && k !== 'DATABASE_URL') clean[k] = v;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'attache.js'), 'start'], {
    cwd: ROOT,
    env: {
      ...clean,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      TZ_NAME: 'Asia/Dushanbe',
      PUBLIC_BASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /is listening on .*, port (\d+)/.exec(output);
      if (m) resolve(Number(m[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the app exited (${code}) before listening:\n${output}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
