// The JSON file the daily posts used to be kept in (DATA_DIR/subscriptions.json), imported into the database
// once and left where it is. A day it had claimed without a message ts is imported unconfirmed, so the next
// round looks in the channel for that day's post before posting it again.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import { subscriptionSchema, type Subscription } from '../onthisday/subscription.js';
import type { Tables } from './schema.js';
import type { StateDatabase } from './database.js';

export const LEGACY_FILE = 'subscriptions.json';
const IMPORTED = `imported ${LEGACY_FILE}`;

const fileSchema = z.object({ version: z.literal(1), subscriptions: z.array(subscriptionSchema) });

export type ImportOutcome = { imported: number } | { skipped: 'none' | 'done before' } | { problem: string };

/** Imports `dataDir`/subscriptions.json unless it was imported before; a file that cannot be read is reported, not imported. */
export async function importLegacySubscriptions(state: StateDatabase, dataDir: string): Promise<ImportOutcome> {
  const path = join(resolve(dataDir), LEGACY_FILE);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { skipped: 'none' };
    throw err;
  }
  const db = await state.kysely();
  if (await db.selectFrom('meta').select('value').where('key', '=', IMPORTED).executeTakeFirst()) return { skipped: 'done before' };
  let parsed: z.infer<typeof fileSchema>;
  try {
    const result = fileSchema.safeParse(JSON.parse(raw));
    if (!result.success)
      return {
        problem: `${path} was not imported (${result.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}); fix it and start again`,
      };
    parsed = result.data;
  } catch (err) {
    return { problem: `${path} was not imported (not JSON: ${(err as Error).message}); fix it and start again` };
  }
  // Replicas starting together may both import: rows already there are left alone.
  await db.transaction().execute(async (trx) => {
    await insertSubscriptions(trx, parsed.subscriptions);
    await trx
      .insertInto('meta')
      .values({ key: IMPORTED, value: new Date().toISOString() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  });
  return { imported: parsed.subscriptions.length };
}

/** Subscriptions as rows, with each one's last post in the log; rows already there are left alone. */
export async function insertSubscriptions(db: Kysely<Tables>, subs: Subscription[]): Promise<void> {
  for (const s of subs) {
    await db
      .insertInto('subscriptions')
      .values({
        team_id: s.teamId,
        channel_id: s.channelId,
        time: s.time,
        time_zone: s.timeZone,
        created_by: s.createdBy,
        created_at: s.createdAt,
        paused_reason: s.paused?.reason ?? null,
        paused_at: s.paused?.at ?? null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const last = s.lastPost;
    if (!last) continue;
    const posted = Boolean(last.ts) && !last.pending;
    await db
      .insertInto('daily_posts')
      .values({
        team_id: s.teamId,
        channel_id: s.channelId,
        day: last.date,
        first_claimed_at: last.at,
        claimed_at: last.at,
        claim_token: null,
        ts: last.ts ?? null,
        fact_ids: last.factIds ? JSON.stringify(last.factIds) : null,
        posted_at: posted ? last.at : null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
