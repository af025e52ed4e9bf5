// State at 10k subscriptions, on SQLite (a file in a temporary DATA_DIR) and on PostgreSQL (BENCH_DATABASE_URL
// or TEST_DATABASE_URL, a database of its own, dropped after): what a list, a change and a daily round cost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { StateDatabase } from '../src/state/database.js';
import { SqlSubscriptionStore } from '../src/state/sql/subscriptions.js';
import { SqlSeenEvents } from '../src/state/sql/seen-events.js';
import { Subscriptions } from '../src/onthisday/subscriptions.js';
import { postDue, type RoundDeps } from '../src/onthisday/round.js';
import type { KnowledgeBase } from '../src/core/knowledge.js';
import { median } from './stats.js';
import { ms, type Row, type Section } from './report.js';

const SUBSCRIPTIONS = 10_000;
/** Days of post log each channel already has (the round keeps 35). */
const HISTORY_DAYS = 30;
const SAMPLES = 200;
const TODAY = '2026-01-10';
const ZONES = ['Asia/Dushanbe', 'Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Tokyo'];

const channel = (i: number) => `C${String(i).padStart(6, '0')}`;

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function measure(database: StateDatabase, kb: KnowledgeBase): Promise<Row[]> {
  const db = await database.kysely();
  const store = new SqlSubscriptionStore(database);
  // 10k channels at 09:00 in five zones, each with a post log of the last 30 days (yesterday the latest).
  const fill = await timeOnce(async () => {
    for (let start = 0; start < SUBSCRIPTIONS; start += 500) {
      const rows = Array.from({ length: Math.min(500, SUBSCRIPTIONS - start) }, (_, k) => start + k);
      await db
        .insertInto('subscriptions')
        .values(
          rows.map((i) => ({
            team_id: `T${i % 10}`,
            channel_id: channel(i),
            time: '09:00',
            time_zone: ZONES[i % ZONES.length]!,
            created_by: 'U1',
            created_at: '2025-01-01T00:00:00.000Z',
            paused_reason: null,
            paused_at: null,
          })),
        )
        .execute();
      for (let d = HISTORY_DAYS; d >= 1; d--) {
        const day = new Date(Date.parse(`${TODAY}T00:00:00Z`) - d * 86_400_000).toISOString().slice(0, 10);
        await db
          .insertInto('daily_posts')
          .values(
            rows.map((i) => ({
              team_id: `T${i % 10}`,
              channel_id: channel(i),
              day,
              first_claimed_at: `${day}T04:00:00.000Z`,
              claimed_at: `${day}T04:00:00.000Z`,
              claim_token: null,
              ts: `${day}.${i}`,
              fact_ids: '[]',
              posted_at: `${day}T04:00:01.000Z`,
            })),
          )
          .execute();
      }
    }
  });
  const list = await timeEach(5, () => store.list());
  const inTeam = await timeEach(20, (i) => store.inTeam(`T${i % 10}`));
  const get = await timeEach(SAMPLES, (i) => store.get({ teamId: `T${i % 10}`, channelId: channel(i * 37) }));
  const put = await timeEach(SAMPLES, (i) =>
    store.put(
      { teamId: `T${(i * 41) % 10}`, channelId: channel(i * 41) },
      { time: '09:00', timeZone: ZONES[(i * 41) % ZONES.length]! },
      'U2',
      new Date().toISOString(),
    ),
  );
  const claim = await timeEach(SAMPLES, async (i) => {
    const key = { teamId: `T${(i * 43) % 10}`, channelId: channel(i * 43) };
    const c = await store.claim(key, TODAY, new Date(`${TODAY}T05:00:00Z`), 120_000);
    await store.confirm(key, TODAY, c!, `${TODAY}.${i}`, [], new Date(`${TODAY}T05:00:01Z`));
  });
  const seen = new SqlSeenEvents(database);
  const seenMs = await timeEach(SAMPLES, (i) => seen.seen(`Ev${randomUUID()}${i}`));

  // A round with the fake poster (no network): at 14:30 UTC every zone's 09:00 has come on 10 January, so
  // every channel not claimed above is due.
  let posted = 0;
  const deps = (now: Date): RoundDeps => ({
    subscriptions: new Subscriptions(store, () => now),
    kb,
    post: async () => ({ ts: String(++posted) }),
    findPosted: async () => undefined,
    explain: () => ({ permanent: false, reason: 'bench' }),
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    now: () => now,
  });
  const dueRound = await timeOnce(() => postDue(deps(new Date(`${TODAY}T14:30:00Z`))));
  const postedInRound = posted;
  const idleRound = await timeOnce(() => postDue(deps(new Date(`${TODAY}T14:45:00Z`))));
  return [
    {
      what: `fill: ${SUBSCRIPTIONS / 1000}k subscriptions + ${HISTORY_DAYS} days of post log (${(SUBSCRIPTIONS * HISTORY_DAYS) / 1000}k rows), batches of 500`,
      value: ms(fill),
    },
    { what: 'list all 10k, each with its latest post (median of 5)', value: ms(list) },
    { what: 'list one team’s 1k (Home tab; median of 20)', value: ms(inTeam) },
    { what: 'get one channel (median)', value: ms(get) },
    { what: 'subscribe / change one channel (median)', value: ms(put) },
    { what: 'claim + confirm one day’s post (median)', value: ms(claim) },
    { what: 'event id seen? (insert if absent; median)', value: ms(seenMs) },
    { what: `round with every channel due: list, claim, post (fake), confirm — ${postedInRound} posts`, value: ms(dueRound) },
    { what: 'round with nothing due (the 5-minute sweep)', value: ms(idleRound) },
  ];
}

async function postgresPlace(): Promise<{ database: StateDatabase; done: () => Promise<void> } | { skip: string }> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!server) return { skip: 'no BENCH_DATABASE_URL or TEST_DATABASE_URL' };
  const name = `attache_bench_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  try {
    await admin(`create database ${name}`);
  } catch (err) {
    return { skip: (err as Error).message };
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = StateDatabase.open({ databaseUrl: url.toString(), dataDir: '.' });
  return {
    database,
    done: async () => {
      await database.close();
      await admin(`drop database ${name} with (force)`);
    },
  };
}

export async function stateSections(kb: KnowledgeBase, log: (line: string) => void): Promise<Section[]> {
  const rows: Row[] = [];
  const notes: string[] = [];
  log('state: SQLite, 10k subscriptions');
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
  const sqlite = StateDatabase.open({ dataDir: dir });
  try {
    rows.push(...(await measure(sqlite, kb)).map((r) => ({ ...r, what: `SQLite: ${r.what}` })));
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  log('state: PostgreSQL, 10k subscriptions');
  const place = await postgresPlace();
  if ('skip' in place) notes.push(`PostgreSQL not measured: ${place.skip}.`);
  else {
    try {
      rows.push(...(await measure(place.database, kb)).map((r) => ({ ...r, what: `PostgreSQL: ${r.what}` })));
    } finally {
      await place.done();
    }
  }
  notes.push(
    `${SUBSCRIPTIONS} subscriptions in 10 teams at 09:00 in ${ZONES.length} zones; medians of ${SAMPLES} calls unless said. SQLite is a WAL file in a temporary folder; PostgreSQL a local server on 127.0.0.1 (the one .ci/run starts: fsync off), one database per run.`,
    'A change touches only its own rows (one upsert or conditional update); a round reads the list once and writes two rows per channel it posts to, none for the rest. The rounds here post to a fake that answers at once, so they measure the state work alone; real posts wait on Slack.',
    'The old JSON store, for comparison (issue 14): at 1,381 subscriptions a list took 200 ms and an update 146 ms.',
  );
  return [{ title: 'State: 10k subscriptions (SQLite and PostgreSQL)', rows, notes }];
}
