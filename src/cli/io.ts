// What a command reads and writes besides its arguments: the process's streams and environment by default; the
// tests pass their own, and an engine loader that loads the base once for all the commands a test file runs.
import { openEngine } from '../core/open.js';
import type { Engine } from '../core/engine.js';

export type Io = {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** The engine over the base, from its snapshot in DATA_DIR when there is one (see core/snapshot.ts). */
  loadEngine: (dataDir: string) => Engine | Promise<Engine>;
};

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  loadEngine: (dataDir) => openEngine(dataDir),
});
