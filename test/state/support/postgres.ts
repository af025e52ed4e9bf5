// PostgreSQL for the tests that need one: TEST_DATABASE_URL (`.ci/run` starts a throwaway server and sets
// it). Each test file gets a database of its own, dropped afterwards. Without a reachable server those
// tests are skipped, and the skip says why.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export type Postgres = { url: string } | { skip: string };

/** The server of TEST_DATABASE_URL if it answers, or why not. */
export async function reachablePostgres(): Promise<Postgres> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { skip: 'TEST_DATABASE_URL is not set (.ci/run starts a PostgreSQL and sets it)' };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url };
  } catch (err) {
    return { skip: `no PostgreSQL answers at TEST_DATABASE_URL (${(err as Error).message})` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A new, empty database on the server; `drop` removes it (after every connection to it is closed). */
export async function freshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `attache_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(serverUrl, `drop database if exists ${name} with (force)`) };
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
