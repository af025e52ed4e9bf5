// An Attaché over the real engine, with subscriptions in an in-memory SQLite database (the real store) or a
// given one, and fake Bolt arguments (ack, respond, client, logger) for calling listeners directly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { LogLevel, type Logger } from '@slack/bolt';
import { engine } from '../../helpers.js';
import type { Attache } from '../../../src/slack/attache.js';
import { Subscriptions } from '../../../src/onthisday/subscriptions.js';
import type { SubscriptionStore } from '../../../src/onthisday/store.js';
import type { Subscription } from '../../../src/onthisday/subscription.js';
import { MemoryFeedbackStore, type FeedbackStore } from '../../../src/state/feedback.js';
import { MemoryConversationStore, type ConversationStore } from '../../../src/state/conversations.js';
import { memoryStore } from '../../state/support/stores.js';
import { inProcess, type EngineCalls } from '../../../src/worker/engine-worker.js';

/** A fixed moment: 10 January 2026, 12:00 in Dushanbe. */
export const NOW = new Date('2026-01-10T07:00:00Z');

/** A subscription of channel C1 in T1 at 09:00 Dushanbe time since 1 January 2026, with changes. */
export function aSubscription(over: Partial<Subscription> = {}): Subscription {
  return { teamId: 'T1', channelId: 'C1', time: '09:00', timeZone: 'Asia/Dushanbe', createdBy: 'U1', createdAt: '2026-01-01T00:00:00Z', ...over };
}

export function testAttache(
  opts: { now?: () => Date; store?: SubscriptionStore; publicBaseUrl?: string; feedback?: FeedbackStore; conversations?: ConversationStore } = {},
): Attache {
  const now = opts.now ?? (() => NOW);
  return {
    engine: engine(),
    answers: { ...inProcess(engine()), postJson: postToResponder },
    links: opts.publicBaseUrl ? { publicBaseUrl: opts.publicBaseUrl } : {},
    timeZone: 'Asia/Dushanbe',
    now,
    subscriptions: new Subscriptions(opts.store ?? memoryStore(), now),
    feedback: opts.feedback ?? new MemoryFeedbackStore(),
    conversations: opts.conversations ?? new MemoryConversationStore(),
  };
}

/** A temporary DATA_DIR, removed by `cleanup`. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'attache-data-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type RecordingLogger = Logger & { [K in 'debug' | 'info' | 'warn' | 'error']: ReturnType<typeof vi.fn> };

export function recordingLogger(): RecordingLogger {
  return {
    debug: vi.fn(),
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn(),
    setLevel: () => undefined,
    getLevel: () => LogLevel.DEBUG,
    setName: () => undefined,
  } as RecordingLogger;
}

/** The Web API methods the listeners use, as mocks answering ok. */
export function fakeClient() {
  return {
    chat: {
      postMessage: vi.fn(async (args: { channel: string }) => ({ ok: true, channel: args.channel, ts: '1700000000.000100' })),
      postEphemeral: vi.fn(async () => ({ ok: true })),
    },
    views: { open: vi.fn(async () => ({ ok: true })), publish: vi.fn(async () => ({ ok: true })) },
    conversations: {
      info: vi.fn(async (args: { channel: string }) => ({ ok: true, channel: { id: args.channel, is_member: true } })),
      // U1, the user of every request here, is in every channel unless a test says otherwise.
      members: vi.fn(async (_args: { channel: string }) => ({ ok: true, members: ['U1'] })),
    },
    users: { conversations: vi.fn(async (_args: { user: string }) => ({ ok: true, channels: [] as { id: string }[] })) },
  };
}

// A command's private reply is posted to its response_url (respondPrivately), not through Bolt's respond(): the
// commands of boltArgs get a response_url of their own, and what is posted there reaches their `respond` mock.
const responders = new Map<string, (message: unknown) => Promise<void>>();

/** The in-process post, but to a boltArgs response_url its `respond` mock: the tests over HTTP post for real. */
const postToResponder: EngineCalls['postJson'] = async (url, json) => {
  const respond = responders.get(url);
  if (!respond) return inProcess(engine()).postJson(url, json);
  await respond(JSON.parse(json));
  return { status: 200, statusText: 'OK' };
};

/** Listener arguments: the real fields a listener reads plus mocks for everything it calls. */
export function boltArgs<T extends object>(fields: T) {
  const calls: string[] = [];
  const ack = vi.fn(async () => void calls.push('ack'));
  const respond = vi.fn(async (_message: unknown) => void calls.push('respond'));
  const client = fakeClient();
  const logger = recordingLogger();
  const command = (fields as { command?: object }).command;
  const responseUrl = `https://hooks.test/commands/${responders.size}`;
  if (command) responders.set(responseUrl, respond);
  // Bolt's argument types are wide unions; the listeners read only what is given here.
  const args = {
    ack,
    respond,
    client,
    logger,
    context: { teamId: 'T1' },
    ...fields,
    ...(command ? { command: { response_url: responseUrl, ...command } } : {}),
  } as never;
  return { args, ack, respond, client, logger, calls };
}
