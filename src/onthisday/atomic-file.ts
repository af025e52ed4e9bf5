// Durable file writes: readers (and a restart after kill -9) see the old content or the new, never a part;
// and a lock file so that processes sharing the data folder (the app, `attache post-onthisday`) take turns.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp file in the same folder (so rename is atomic), fsync, rename over the target, fsync the folder. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  const file = await open(temp, 'w', 0o600);
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncFolder(dir);
}

/** Makes the rename itself durable; some file systems cannot fsync a folder, and then there is nothing more to do. */
async function syncFolder(dir: string): Promise<void> {
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } catch {
    // EINVAL/EISDIR on file systems without directory fsync.
  } finally {
    await folder.close();
  }
}

export type LockOptions = { staleMs?: number; waitMs?: number };

/**
 * Runs `fn` holding `lockPath` (created exclusively). A lock left by a dead process, or older than `staleMs`,
 * is taken over; waiting longer than `waitMs` for a live holder is an error naming the file.
 */
export async function withLockFile<T>(lockPath: string, fn: () => Promise<T>, { staleMs = 30_000, waitMs = 10_000 }: LockOptions = {}): Promise<T> {
  await mkdir(dirname(lockPath), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const lock = await open(lockPath, 'wx');
      await lock.writeFile(String(process.pid));
      await lock.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (await isStale(lockPath, staleMs)) {
        await unlink(lockPath).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${lockPath} is held by another process; delete it if no attache process is running`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

const EMPTY_LOCK_GRACE_MS = 1_000;

async function isStale(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const [owner, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    const age = Date.now() - info.mtimeMs;
    // An empty lock is one its owner has created but not yet written its pid into — or one whose owner was
    // killed (kill -9) in between: the pid follows creation at once, so an empty lock that has aged is dead.
    if (owner.trim() === '') return age > EMPTY_LOCK_GRACE_MS;
    return age > staleMs || !isAlive(Number(owner));
  } catch {
    return false; // gone already, or half-written by its owner: try again
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
