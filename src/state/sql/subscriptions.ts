// Subscriptions and the daily-post log on the database. Every change is one statement (an upsert, a
// conditional update), so two replicas acting at once each see the other's work and the database decides.
import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Claim, SubscriptionStore } from '../../onthisday/store.js';
import type { ChannelKey, Schedule, Subscription } from '../../onthisday/subscription.js';
import type { StateDatabase } from '../database.js';
import type { DailyPostsTable, SubscriptionsTable, Tables } from '../schema.js';

/** The claim row `claim` holds, not yet posted. */
const heldBy = (key: ChannelKey, day: string, claim: Claim) => (eb: ExpressionBuilder<Tables, 'daily_posts'>) =>
  eb.and([
    eb('team_id', '=', key.teamId),
    eb('channel_id', '=', key.channelId),
    eb('day', '=', day),
    eb('claim_token', '=', claim.token),
    eb('posted_at', 'is', null),
  ]);

type Row = Selectable<SubscriptionsTable> & { [K in 'day' | 'claimed_at' | 'ts' | 'fact_ids' | 'posted_at']: DailyPostsTable[K] | null };

export class SqlSubscriptionStore implements SubscriptionStore {
  constructor(private readonly state: StateDatabase) {}

  async list(): Promise<Subscription[]> {
    return (await this.select(await this.state.kysely()).execute()).map(toSubscription);
  }

  async inTeam(teamId: string): Promise<Subscription[]> {
    return (
      await this.select(await this.state.kysely())
        .where('s.team_id', '=', teamId)
        .execute()
    ).map(toSubscription);
  }

  async get(key: ChannelKey): Promise<Subscription | undefined> {
    const row = await this.select(await this.state.kysely())
      .where('s.team_id', '=', key.teamId)
      .where('s.channel_id', '=', key.channelId)
      .executeTakeFirst();
    return row && toSubscription(row);
  }

  async put(key: ChannelKey, schedule: Schedule, userId: string, at: string): Promise<Subscription> {
    const db = await this.state.kysely();
    // The row as this statement left it (a read after it could see another replica's change instead).
    const row = await db
      .insertInto('subscriptions')
      .values({
        team_id: key.teamId,
        channel_id: key.channelId,
        time: schedule.time,
        time_zone: schedule.timeZone,
        created_by: userId,
        created_at: at,
        paused_reason: null,
        paused_at: null,
      })
      .onConflict((oc) =>
        oc.columns(['team_id', 'channel_id']).doUpdateSet({ time: schedule.time, time_zone: schedule.timeZone, paused_reason: null, paused_at: null }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    const last = await db
      .selectFrom('daily_posts')
      .select(['day', 'claimed_at', 'ts', 'fact_ids', 'posted_at'])
      .where('team_id', '=', key.teamId)
      .where('channel_id', '=', key.channelId)
      .orderBy('day', 'desc')
      .limit(1)
      .executeTakeFirst();
    return toSubscription({ ...row, day: null, claimed_at: null, ts: null, fact_ids: null, posted_at: null, ...last });
  }

  async remove(key: ChannelKey): Promise<boolean> {
    const db = await this.state.kysely();
    const { numDeletedRows } = await db
      .deleteFrom('subscriptions')
      .where('team_id', '=', key.teamId)
      .where('channel_id', '=', key.channelId)
      .executeTakeFirst();
    return numDeletedRows > 0n;
  }

  async pause(key: ChannelKey, reason: string, at: string): Promise<boolean> {
    const db = await this.state.kysely();
    const { numUpdatedRows } = await db
      .updateTable('subscriptions')
      .set({ paused_reason: reason, paused_at: at })
      .where('team_id', '=', key.teamId)
      .where('channel_id', '=', key.channelId)
      .executeTakeFirst();
    return numUpdatedRows > 0n;
  }

  async claim(key: ChannelKey, day: string, now: Date, leaseMs: number): Promise<Claim | undefined> {
    const db = await this.state.kysely();
    const token = randomUUID();
    const at = now.toISOString();
    // A fresh claim: only for a channel still subscribed and not paused, and only if no one has the day.
    const fresh = await db
      .insertInto('daily_posts')
      .columns(['team_id', 'channel_id', 'day', 'first_claimed_at', 'claimed_at', 'claim_token'])
      .expression((eb) =>
        eb
          .selectFrom('subscriptions')
          .select([
            eb.val(key.teamId).as('team_id'),
            eb.val(key.channelId).as('channel_id'),
            eb.val(day).as('day'),
            eb.val(at).as('first_claimed_at'),
            eb.val(at).as('claimed_at'),
            eb.val(token).as('claim_token'),
          ])
          .where('team_id', '=', key.teamId)
          .where('channel_id', '=', key.channelId)
          .where('paused_reason', 'is', null),
      )
      .onConflict((oc) => oc.columns(['team_id', 'channel_id', 'day']).doNothing())
      .executeTakeFirst();
    if ((fresh.numInsertedOrUpdatedRows ?? 0n) > 0n) return { token, unconfirmed: false, since: at };
    // Taking over: a claim not posted whose holder gave up, or has not renewed it within the lease.
    const lapsed = new Date(now.getTime() - leaseMs).toISOString();
    const taken = await db
      .updateTable('daily_posts')
      .set({ claim_token: token, claimed_at: at })
      .where('team_id', '=', key.teamId)
      .where('channel_id', '=', key.channelId)
      .where('day', '=', day)
      .where('posted_at', 'is', null)
      .where((eb) => eb.or([eb('claim_token', 'is', null), eb('claimed_at', '<', lapsed)]))
      .returning('first_claimed_at')
      .executeTakeFirst();
    return taken ? { token, unconfirmed: true, since: taken.first_claimed_at } : undefined;
  }

  async renew(key: ChannelKey, day: string, claim: Claim, now: Date): Promise<boolean> {
    const db = await this.state.kysely();
    const { numUpdatedRows } = await db
      .updateTable('daily_posts')
      .set({ claimed_at: now.toISOString() })
      .where(heldBy(key, day, claim))
      .executeTakeFirst();
    return numUpdatedRows > 0n;
  }

  async confirm(key: ChannelKey, day: string, claim: Claim, ts: string, factIds: string[], now: Date): Promise<boolean> {
    const db = await this.state.kysely();
    const { numUpdatedRows } = await db
      .updateTable('daily_posts')
      .set({ ts, fact_ids: JSON.stringify(factIds), posted_at: now.toISOString(), claim_token: null })
      .where(heldBy(key, day, claim))
      .executeTakeFirst();
    return numUpdatedRows > 0n;
  }

  async abandon(key: ChannelKey, day: string, claim: Claim): Promise<void> {
    const db = await this.state.kysely();
    await db
      .updateTable('daily_posts')
      .set({ claim_token: null })
      .where(heldBy(key, day, claim))
      .execute();
  }

  async release(key: ChannelKey, day: string, claim: Claim): Promise<void> {
    const db = await this.state.kysely();
    await db
      .deleteFrom('daily_posts')
      .where(heldBy(key, day, claim))
      .execute();
  }

  async forgetBefore(day: string): Promise<void> {
    const db = await this.state.kysely();
    await db.deleteFrom('daily_posts').where('day', '<', day).execute();
  }

  /** Subscriptions with their latest day (a correlated max over the log's primary key: one index seek each). */
  private select(db: Kysely<Tables>) {
    return db
      .selectFrom('subscriptions as s')
      .leftJoin('daily_posts as p', (join) =>
        join
          .onRef('p.team_id', '=', 's.team_id')
          .onRef('p.channel_id', '=', 's.channel_id')
          .on((eb) =>
            eb(
              'p.day',
              '=',
              eb
                .selectFrom('daily_posts as q')
                .select((q) => q.fn.max('q.day').as('day'))
                .whereRef('q.team_id', '=', 's.team_id')
                .whereRef('q.channel_id', '=', 's.channel_id'),
            ),
          ),
      )
      .selectAll('s')
      .select(['p.day', 'p.claimed_at', 'p.ts', 'p.fact_ids', 'p.posted_at'])
      .orderBy('s.team_id')
      .orderBy('s.channel_id');
  }
}

function toSubscription(r: Row): Subscription {
  return {
    teamId: r.team_id,
    channelId: r.channel_id,
    time: r.time,
    timeZone: r.time_zone,
    createdBy: r.created_by,
    createdAt: r.created_at,
    ...(r.paused_reason !== null ? { paused: { reason: r.paused_reason, at: r.paused_at ?? r.created_at } } : {}),
    ...(r.day
      ? {
          lastPost: {
            date: r.day,
            at: r.posted_at ?? r.claimed_at!,
            ...(r.ts ? { ts: r.ts } : {}),
            ...(r.fact_ids ? { factIds: JSON.parse(r.fact_ids) as string[] } : {}),
            ...(r.posted_at ? {} : { pending: true as const }),
          },
        }
      : {}),
  };
}
