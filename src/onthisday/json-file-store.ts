// Subscriptions as one JSON file in DATA_DIR, replaced atomically on every change and locked across processes.
// A file that cannot be read is never silently emptied: it is moved aside, and the error names both paths
// (or, opened read-only, left where it is and reported).
import { readFile, rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { subscriptionSchema, type Subscription } from './subscription.js';
import type { StoreChange, SubscriptionStore } from './store.js';
import { withLockFile, writeFileAtomic } from './atomic-file.js';

const fileSchema = z.object({ version: z.literal(1), subscriptions: z.array(subscriptionSchema) });

/** The subscriptions file cannot be read, and (read-only) it was left as it is. */
export class SubscriptionsFileError extends Error {}

export class JsonFileSubscriptionStore implements SubscriptionStore {
  readonly path: string;
  /** Operations of this process, one at a time (the lock file only keeps other processes out). */
  private queue: Promise<unknown> = Promise.resolve();

  /** `readOnly` (for dry runs) changes nothing on disk: no lock, no writes, a corrupt file left in place. */
  constructor(
    dataDir: string,
    private readonly logger: Pick<Logger, 'error'>,
    private readonly opts: { readOnly?: boolean } = {},
  ) {
    this.path = resolve(dataDir, 'subscriptions.json');
  }

  list(): Promise<Subscription[]> {
    // A rename replaces the file whole, so reading without the lock sees one version or the other.
    return this.opts.readOnly ? this.read() : this.exclusive(() => this.read());
  }

  update<T>(change: (current: Subscription[]) => StoreChange<T>): Promise<T> {
    if (this.opts.readOnly) return Promise.reject(new Error(`${this.path} is open read-only`));
    return this.exclusive(async () => {
      const current = await this.read();
      const { subscriptions, result } = change(current);
      if (subscriptions !== current) await writeFileAtomic(this.path, `${JSON.stringify({ version: 1, subscriptions }, null, 2)}\n`);
      return result;
    });
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => withLockFile(`${this.path}.lock`, fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<Subscription[]> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (err) {
      return this.setAside(`not JSON: ${(err as Error).message}`);
    }
    const parsed = fileSchema.safeParse(data);
    if (!parsed.success) return this.setAside(parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; '));
    return parsed.data.subscriptions;
  }

  private async setAside(reason: string): Promise<Subscription[]> {
    if (this.opts.readOnly) throw new SubscriptionsFileError(`Subscriptions file ${this.path} is unreadable (${reason}); it was left as it is.`);
    const aside = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.path, aside);
    this.logger.error(
      `Subscriptions file ${this.path} is unreadable (${reason}). It was moved to ${aside} and Attaché continues with no subscriptions; ` +
        'fix that file and move it back to restore them.',
    );
    return [];
  }
}
