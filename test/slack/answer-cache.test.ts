// A question asked again outside a conversation on the same day is answered from the cache, not the engine, and its
// message for the same view is rendered once.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import type { Engine } from '../../src/core/engine.js';
import type { Attache } from '../../src/slack/attache.js';
import { askInConversation } from '../../src/slack/conversation.js';
import { MemoryConversationStore } from '../../src/state/conversations.js';
import { replyTo } from '../../src/slack/replies.js';
import { testAttache } from './support/attache.js';
import { inProcess } from '../../src/worker/engine-worker.js';

function countingAttache(day: string): { attache: Attache; asked: string[] } {
  const asked: string[] = [];
  const answer = (q: string, opts: { today?: string }) => {
    asked.push(`${opts.today} ${q}`);
    return { text: q } as unknown as Answer;
  };
  const engine = {
    ask: answer,
    converse: (q: string, _c: unknown, _now: string, opts: { today?: string }) => ({ answer: answer(q, opts), conversation: { turns: [] } }),
  } as unknown as Engine;
  const attache = {
    engine,
    answers: inProcess(engine),
    conversations: new MemoryConversationStore(),
    timeZone: 'UTC',
    now: () => new Date(`${day}T12:00:00Z`),
  } as unknown as Attache;
  return { attache, asked };
}

describe('answers outside a conversation', () => {
  it('asks the engine once for the same question on the same day', async () => {
    const { attache, asked } = countingAttache('2025-06-01');
    const first = await askInConversation(attache, undefined, 'Who is Sirojiddin Muhriddin?');
    const again = await askInConversation(attache, undefined, 'Who is Sirojiddin Muhriddin?');
    await askInConversation(attache, undefined, 'help');
    expect(again).toBe(first);
    expect(asked).toEqual(['2025-06-01 Who is Sirojiddin Muhriddin?', '2025-06-01 help']);
  });

  it('asks again on another day, and always inside a conversation', async () => {
    const { attache, asked } = countingAttache('2025-06-01');
    await askInConversation(attache, undefined, 'What happened today?');
    (attache as { now: () => Date }).now = () => new Date('2025-06-02T12:00:00Z');
    await askInConversation(attache, undefined, 'What happened today?');
    const thread = { teamId: 'T1', channelId: 'C1', threadTs: '1.2' };
    await askInConversation(attache, thread, 'What happened today?');
    await askInConversation(attache, thread, 'What happened today?');
    expect(asked).toEqual([
      '2025-06-01 What happened today?',
      '2025-06-02 What happened today?',
      '2025-06-02 What happened today?',
      '2025-06-02 What happened today?',
    ]);
  });
});

describe('the message of a cached answer', () => {
  it('is rendered once per view, and never shown in another view', async () => {
    const attache = testAttache();
    const logger = { error: () => {} };
    const query = { kind: 'ask' as const, text: 'When were diplomatic relations between Tajikistan and Kyrgyzstan established?' };
    const echoed = await replyTo(attache, query, { logger, view: { echo: true } });
    const again = await replyTo(attache, query, { logger, view: { echo: true } });
    const plain = await replyTo(attache, query, { logger, view: {} });
    expect(again).toBe(echoed);
    expect(JSON.stringify(echoed.blocks)).toContain('asked');
    expect(JSON.stringify(plain.blocks)).not.toEqual(JSON.stringify(echoed.blocks));
  });
});
