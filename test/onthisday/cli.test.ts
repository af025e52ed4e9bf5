// `attache post-onthisday` as cron runs it: the built CLI, a DATA_DIR in a temporary folder (its SQLite
// database, and an old subscriptions.json imported from it), and (when it really posts) a fake Slack Web API.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onThisDay } from '../../src/core/onthisday.js';
import { todayIn } from '../../src/core/dates.js';
import type { Subscription } from '../../src/onthisday/subscription.js';
import { engine, ROOT, runCli } from '../helpers.js';
import { aSubscription, tempDir } from '../slack/support/attache.js';
import { FakeSlack } from '../slack/support/fake-slack.js';
import { StateDatabase } from '../../src/state/database.js';
import { SqlSubscriptionStore } from '../../src/state/sql/subscriptions.js';

/** Due every day from midnight UTC. */
const sub = (channelId: string, over: Partial<Subscription> = {}) =>
  aSubscription({ channelId, time: '00:00', timeZone: 'UTC', createdAt: '2020-01-01T00:00:00Z', ...over });

let data: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  data = tempDir();
  file = join(data.dir, 'subscriptions.json');
});
afterEach(() => data.cleanup());

const write = (subs: Subscription[]) => writeFileSync(file, `${JSON.stringify({ version: 1, subscriptions: subs }, null, 2)}\n`);
/** What the database in DATA_DIR holds. */
async function stored(): Promise<Subscription[]> {
  const database = StateDatabase.open({ dataDir: data.dir });
  try {
    return await new SqlSubscriptionStore(database).list();
  } finally {
    await database.close();
  }
}
/** The environment of every run here: DATA_DIR's SQLite, whatever the developer's shell says. */
const envFor = (extra: Record<string, string> = {}) => ({ DATA_DIR: data.dir, DATABASE_URL: '', ...extra });

describe('attache post-onthisday', () => {
  it('--dry-run prints what each channel would get (from the old file, imported) and records no post', async () => {
    const before = todayIn('UTC');
    write([
      sub('C0DUE'),
      sub('C0DONE', { lastPost: { date: before, at: `${before}T00:00:01Z`, ts: '1700000000.000009' } }),
      sub('C0UNSURE', { lastPost: { date: before, at: `${before}T00:00:01Z` } }),
      sub('C0PAUSED', { paused: { reason: 'the channel is archived', at: '2025-01-01T00:00:00Z' } }),
    ]);
    const content = readFileSync(file, 'utf8');
    const r = runCli(['post-onthisday', '--dry-run'], { env: envFor() });
    const today = todayIn('UTC');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // (Should the test straddle midnight UTC, the CLI's day is one of the two.)
    const day = [before, today].map((d) => onThisDay(engine().kb, d.slice(5), Number(d.slice(0, 4))));
    const printed = day.map((d, i) => `T1/C0DUE (every day at 00:00 UTC): would post for ${[before, today][i]}:\n${d.text.replace(/^/gm, '    ')}\n`);
    expect(printed.some((p) => r.stdout.includes(p))).toBe(true);
    expect(r.stdout).toMatch(/^T1\/C0DONE \(every day at 00:00 UTC\): nothing due; next post .+ \(UTC\)$/m);
    // Claimed by the old store with no message ts: it may have gone out, so the channel is looked at first.
    expect(r.stdout).toMatch(
      /^T1\/C0UNSURE \(every day at 00:00 UTC\): would post for \d{4}-\d\d-\d\d \(an earlier attempt may have posted it: the channel is looked at first\):$/m,
    );
    expect(r.stdout).toContain('T1/C0PAUSED (every day at 00:00 UTC): paused — the channel is archived');
    // The old file is kept as it was; nothing was claimed.
    expect(readFileSync(file, 'utf8')).toBe(content);
    expect((await stored()).find((s) => s.channelId === 'C0DUE')?.lastPost).toBeUndefined();
  });

  it('reports an old subscriptions file it cannot read, imports nothing from it and leaves it as it is', async () => {
    writeFileSync(file, '{"version":1,"subscriptions":[{"teamId":');
    const r = runCli(['post-onthisday', '--dry-run'], { env: envFor() });
    expect(r.stderr).toContain(`${file} was not imported (not JSON`);
    expect(r.stdout).toContain('No channel is subscribed');
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"subscriptions":[{"teamId":');
    expect(await stored()).toEqual([]);
  });

  it('needs the bot token unless it is a dry run', () => {
    write([sub('C0DUE')]);
    const r = runCli(['post-onthisday'], { env: envFor() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN is not set');
  });

  it('posts what is due once: a second run the same day posts nothing', async () => {
    const fake = await FakeSlack.start();
    try {
      write([sub('C0DUE')]);
      const env = envFor({ SLACK_BOT_TOKEN: 'xoxb-cli', SLACK_API_URL: fake.apiUrl });
      const first = await runCliAsync(['post-onthisday'], env);
      expect(first.stdout).toMatch(/^T1\/C0DUE \(every day at 00:00 UTC\): posted for \d{4}-\d\d-\d\d \(ts 1700000000\.000001\)$/m);
      const second = await runCliAsync(['post-onthisday'], env);
      expect(second.stdout).toMatch(/nothing due; next post/);
      const posts = fake.callsTo('chat.postMessage');
      expect(posts).toHaveLength(1);
      expect(posts[0]!.body.channel).toBe('C0DUE');
      expect(posts[0]!.body.metadata).toEqual({ event_type: 'attache_onthisday', event_payload: { day: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) } });
      expect((await stored())[0]!.lastPost).toMatchObject({ ts: '1700000000.000001' });
    } finally {
      await fake.close();
    }
  });
});

/** Like runCli, but without blocking this process, which serves the fake Slack the CLI talks to. */
async function runCliAsync(args: string[], extra: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('SLACK_')) env[k] = v;
  Object.assign(env, { TZ_NAME: 'Asia/Dushanbe', PUBLIC_BASE_URL: '', LOG_LEVEL: 'error' }, extra);
  return promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'attache.js'), ...args], { cwd: data.dir, env, timeout: 15_000 });
}
