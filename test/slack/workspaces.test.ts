// Installed in two workspaces through Bolt's OAuth installer (the fake Slack plays oauth.v2.access): each
// workspace's requests use its own bot token, and its daily posts stay its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../src/slack/scopes.js';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/app.js';
import { sqlInstallationStore, installedBotToken } from '../../src/slack/installation-store.js';
import { slackRoundDeps, teamClients } from '../../src/slack/daily-round.js';
import { postDue } from '../../src/onthisday/round.js';
import { Subscriptions } from '../../src/onthisday/subscriptions.js';
import { stateOn, type State } from '../../src/state/open.js';
import { sourcePages } from '../../src/web/routes.js';
import { engine, ROOT } from '../helpers.js';
import { FakeSlack } from './support/fake-slack.js';
import { postCommand, SIGNING_SECRET } from './support/requests.js';
import { recordingLogger, testAttache } from './support/attache.js';
import { memoryDatabase } from '../state/support/stores.js';

describe('two workspaces installed by OAuth', () => {
  let fake: FakeSlack;
  let app: RunningSlackApp;
  let origin: string;
  let state: State;
  const logger = recordingLogger();

  beforeAll(async () => {
    fake = await FakeSlack.start();
    fake.installs.set('code-T1', { teamId: 'T1', botToken: 'xoxb-T1' });
    fake.installs.set('code-T2', { teamId: 'T2', botToken: 'xoxb-T2' });
    state = stateOn(memoryDatabase());
    const attache = testAttache({ now: () => new Date(), store: state.subscriptions });
    app = await startSlackApp({
      attache,
      oauth: { clientId: '111.222', clientSecret: 'client-secret', stateSecret: 'state-secret', installationStore: sqlInstallationStore(state.installations) },
      signingSecret: SIGNING_SECRET,
      slackApiUrl: fake.apiUrl,
      port: 0,
      host: '127.0.0.1',
      logger,
      sources: sourcePages(engine().kb),
    });
    origin = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await fake.close();
    await state.database.close();
  });

  /** What a person's browser does: open the install link, let Slack redirect back with a code. */
  async function install(code: string): Promise<Response> {
    const start = await fetch(`${origin}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
    return fetch(`${origin}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, { headers: { cookie }, redirect: 'manual' });
  }

  const command = (team: string, text: string, name: string) =>
    postCommand(origin, { command: '/onthisday', text, response_url: fake.responseUrl(name), channel_id: 'C1', team_id: team });
  const reply = async (name: string) => String((await fake.waitFor((c) => c.path === `/respond/${name}`)).body.text);

  it('installs each workspace and keeps its bot token', async () => {
    for (const code of ['code-T1', 'code-T2']) expect((await install(code)).status).toBe(200);
    expect(await installedBotToken(state.installations, 'T1')).toBe('xoxb-T1');
    expect(await installedBotToken(state.installations, 'T2')).toBe('xoxb-T2');
    const asked = fake.callsTo('oauth.v2.access').map((c) => c.body.code);
    expect(asked).toEqual(['code-T1', 'code-T2']);
  });

  it('answers each workspace with its own token and keeps their subscriptions apart', async () => {
    await command('T1', 'subscribe 00:00 UTC', 't1-sub');
    await command('T2', 'subscribe 00:00 UTC', 't2-sub');
    expect(await reply('t1-sub')).toMatch(/^Subscribed: <#C1>/);
    expect(await reply('t2-sub')).toMatch(/^Subscribed: <#C1>/);
    const infoTokens = fake.callsTo('conversations.info').map((c) => c.headers.authorization);
    expect(infoTokens).toEqual(['Bearer xoxb-T1', 'Bearer xoxb-T2']);
    await command('T1', 'unsubscribe', 't1-unsub');
    expect(await reply('t1-unsub')).toBe('Unsubscribed: no more daily posts in <#C1>.');
    await command('T2', 'status', 't2-status');
    expect(await reply('t2-status')).toMatch(/^<#C1> gets “on this date” every day at 00:00 \(UTC\)\./);
    expect((await state.subscriptions.list()).map((s) => `${s.teamId}/${s.channelId}`)).toEqual(['T2/C1']);
  });

  it("posts each workspace's daily post with that workspace's token", async () => {
    await command('T1', 'subscribe 00:00 UTC', 't1-again');
    await reply('t1-again');
    // Tomorrow just after midnight UTC, both are due.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const now = () => new Date(`${tomorrow.toISOString().slice(0, 10)}T00:30:00Z`);
    const clients = teamClients((teamId) => installedBotToken(state.installations, teamId), fake.apiUrl, logger);
    const deps = { ...slackRoundDeps(clients, new Subscriptions(state.subscriptions, now), engine().kb, {}, logger), now };
    const outcomes = await postDue(deps);
    expect(outcomes.map((o) => `${o.subscription.teamId}:${o.status}`)).toEqual(['T1:posted', 'T2:posted']);
    expect(fake.callsTo('chat.postMessage').map((c) => c.headers.authorization)).toEqual(['Bearer xoxb-T1', 'Bearer xoxb-T2']);
  });
});

it('asks at install for the bot scopes manifest.yaml lists, and the manifest has the OAuth redirect', () => {
  const manifest = parse(readFileSync(join(ROOT, 'manifest.yaml'), 'utf8')) as { oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] } };
  expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  expect(manifest.oauth_config.redirect_urls).toEqual(['https://example.org/slack/oauth_redirect']);
});
