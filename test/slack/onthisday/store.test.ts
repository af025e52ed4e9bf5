// The subscriptions file: atomic replacement, survival of crashes and kill -9, corrupt files set aside, and
// several processes taking turns.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonFileSubscriptionStore } from '../../../src/onthisday/json-file-store.js';
import { withLockFile } from '../../../src/onthisday/atomic-file.js';
import { ROOT } from '../../helpers.js';
import { aSubscription, recordingLogger, tempDir } from '../support/attache.js';

const add = (store: JsonFileSubscriptionStore, channelId: string) => store.update((current) => ({ subscriptions: [...current, aSubscription({ channelId })], result: undefined }));

let data: ReturnType<typeof tempDir>;
beforeEach(() => {
  data = tempDir();
});
afterEach(() => data.cleanup());

describe('the JSON file store', () => {
  it('keeps subscriptions in DATA_DIR/subscriptions.json and reads them back', async () => {
    const store = new JsonFileSubscriptionStore(data.dir, recordingLogger());
    expect(await store.list()).toEqual([]);
    await add(store, 'C1');
    await add(store, 'C2');
    expect((await new JsonFileSubscriptionStore(data.dir, recordingLogger()).list()).map((s) => s.channelId)).toEqual(['C1', 'C2']);
    expect(JSON.parse(readFileSync(join(data.dir, 'subscriptions.json'), 'utf8')).version).toBe(1);
    // Neither temp files nor the lock are left behind.
    expect(readdirSync(data.dir)).toEqual(['subscriptions.json']);
  });

  it('writes nothing when a change returns the list unchanged', async () => {
    const store = new JsonFileSubscriptionStore(data.dir, recordingLogger());
    await store.update((current) => ({ subscriptions: current, result: undefined }));
    expect(existsSync(join(data.dir, 'subscriptions.json'))).toBe(false);
  });

  it('ignores a temp file left by a crash between write and rename: the previous content stands', async () => {
    const store = new JsonFileSubscriptionStore(data.dir, recordingLogger());
    await add(store, 'C1');
    // What a writer killed after writing its temp file, before renaming it, leaves behind.
    writeFileSync(join(data.dir, '.subscriptions.json.4242.0c1d.tmp'), '{"version":1,"subscriptions":[{"half":');
    const reopened = new JsonFileSubscriptionStore(data.dir, recordingLogger());
    expect((await reopened.list()).map((s) => s.channelId)).toEqual(['C1']);
    await add(reopened, 'C2');
    expect((await reopened.list()).map((s) => s.channelId)).toEqual(['C1', 'C2']);
  });

  it('loses nothing when its process is killed with SIGKILL in the middle of writing', async () => {
    const built = join(ROOT, 'dist', 'src', 'onthisday', 'json-file-store.js');
    if (!existsSync(built)) throw new Error('dist/ is missing: run `npm run build` first (npm test does it)');
    // A writer that adds one subscription after another and says each time it has stored one.
    const script = `
      const { JsonFileSubscriptionStore } = await import(${JSON.stringify(built)});
      const store = new JsonFileSubscriptionStore(${JSON.stringify(data.dir)}, console);
      for (let i = 0; ; i++) {
        await store.update((c) => ({ subscriptions: [...c, { teamId: 'T1', channelId: 'C' + i, time: '09:00', timeZone: 'UTC', createdBy: 'U', createdAt: '2026-01-01T00:00:00Z' }], result: 0 }));
        process.stdout.write(i + '\\n');
      }`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stored = -1;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stored = Math.max(stored, ...chunk.toString().trim().split('\n').map(Number));
        if (stored >= 30 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const logger = recordingLogger();
    // The dead writer's lock (if it held one) is taken over, and the file is whole: every confirmed write is there.
    const after = await new JsonFileSubscriptionStore(data.dir, logger).list();
    expect(logger.error).not.toHaveBeenCalled();
    expect(after.length).toBeGreaterThanOrEqual(stored + 1);
    expect(after.map((s) => s.channelId)).toEqual(after.map((_, i) => `C${i}`));
  });

  it('sets a corrupt file aside, says where, and never silently empties it', async () => {
    const path = join(data.dir, 'subscriptions.json');
    for (const corrupt of ['{"version":1,"subscriptions":[', '{"version":1,"subscriptions":[{"channelId":"C1"}]}']) {
      writeFileSync(path, corrupt);
      const logger = recordingLogger();
      const store = new JsonFileSubscriptionStore(data.dir, logger);
      expect(await store.list()).toEqual([]);
      const message = String(logger.error.mock.calls[0]![0]);
      const aside = /moved to (\S+) and/.exec(message)![1]!;
      expect(message).toContain(`Subscriptions file ${path} is unreadable`);
      expect(aside).toMatch(/subscriptions\.json\.corrupt-\d{4}-\d\d-\d\dT/);
      expect(readFileSync(aside, 'utf8')).toBe(corrupt);
      expect(existsSync(path)).toBe(false);
      // New subscriptions go to a new file; the one set aside is left alone.
      await add(store, 'C9');
      expect(readFileSync(aside, 'utf8')).toBe(corrupt);
    }
  });

  it('lets two stores on one folder (two processes) take turns without losing a change', async () => {
    const a = new JsonFileSubscriptionStore(data.dir, recordingLogger());
    const b = new JsonFileSubscriptionStore(data.dir, recordingLogger());
    await Promise.all(Array.from({ length: 20 }, (_, i) => add(i % 2 ? a : b, `C${i}`)));
    expect((await a.list()).map((s) => s.channelId).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `C${i}`).sort());
  });
});

describe('the lock file', () => {
  it('takes over an empty lock left by a writer killed between creating it and writing its pid', async () => {
    const dir = tempDir();
    const lock = join(dir.dir, 'x.lock');
    writeFileSync(lock, '');
    utimesSync(lock, new Date(Date.now() - 5_000), new Date(Date.now() - 5_000));
    await expect(withLockFile(lock, async () => 'ran', { waitMs: 500 })).resolves.toBe('ran');
    expect(existsSync(lock)).toBe(false);
    dir.cleanup();
  });
  it('waits for a fresh empty lock, whose owner is about to write its pid', async () => {
    const dir = tempDir();
    const lock = join(dir.dir, 'y.lock');
    writeFileSync(lock, '');
    await expect(withLockFile(lock, async () => 'ran', { waitMs: 100 })).rejects.toThrow(/is held by another process/);
    dir.cleanup();
  });
});
