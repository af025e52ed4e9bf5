// The app's answers come from the engine's worker thread (src/worker/engine-worker.ts): a slash command over HTTP
// is answered by the thread, not the main thread's engine; an error in the engine, or a thread that dies on every
// try, gets the polite reply and a log line; a thread that dies once is started again and the question answered.
// The threads run the built code (dist/, which `npm test` builds first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { todayIn } from '../../src/core/dates.js';
import { APOLOGY } from '../../src/slack/replies.js';
import { EngineWorker } from '../../src/worker/engine-worker.js';
import { engine, SEEDS, TempBase } from '../helpers.js';
import { startTestApp } from './support/app.js';
import { recordingLogger, tempDir, testAttache } from './support/attache.js';
import { postCommand, SIGNING_SECRET } from './support/requests.js';

const RELATIONS = 'When did Tajikistan and Kyrgyzstan establish diplomatic relations?';
const THREAD = new URL('../../dist/src/worker/engine-thread.js', import.meta.url);
const FAULTY_THREAD = new URL('../fixtures/faulty-engine-thread.mjs', import.meta.url);

const base = new TempBase({ sources: SEEDS });
afterAll(() => base.cleanup());

/** The app with its answers from a worker over the seed base; its main thread's engine refuses to answer. */
async function appWithWorker(script: URL) {
  const data = tempDir();
  const logged: string[] = [];
  const worker = new EngineWorker({ root: base.dir, dataDir: data.dir }, (message) => logged.push(message), script);
  await worker.ready;
  const refuse = () => {
    throw new Error('answered on the main thread');
  };
  const mainOnly = Object.create(engine(), { ask: { value: refuse }, converse: { value: refuse } }) as Engine;
  const logger = recordingLogger();
  const app = await startTestApp({ ...testAttache({ now: () => new Date() }), engine: mainOnly, answers: worker }, SIGNING_SECRET, logger);
  const ask = async (text: string, name: string) => {
    const res = await postCommand(app.origin, { command: '/ask', text, response_url: app.fake.responseUrl(name) });
    expect(res.status).toBe(200);
    return (await app.fake.waitFor((c) => c.path === `/respond/${name}`)).body;
  };
  const stop = async () => {
    await app.stop();
    await worker.stop();
    data.cleanup();
  };
  return { ask, logger, logged, stop };
}

const lead = () => engine().ask(RELATIONS, { today: todayIn('Asia/Dushanbe') }).lead!;

describe('the engine in a worker thread', () => {
  let app: Awaited<ReturnType<typeof appWithWorker>>;
  beforeAll(async () => void (app = await appWithWorker(THREAD)));
  afterAll(() => app.stop());

  it('answers a slash command end to end, the main thread computing nothing', async () => {
    const reply = await app.ask(RELATIONS, 'worker-1');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain(lead());
    expect(app.logger.error).not.toHaveBeenCalled();
  });
});

describe('a faulty engine thread', () => {
  let app: Awaited<ReturnType<typeof appWithWorker>>;
  beforeAll(async () => void (app = await appWithWorker(FAULTY_THREAD)));
  afterAll(() => app.stop());

  it('is started again when it dies, and the question it was answering is answered', async () => {
    const reply = await app.ask(RELATIONS, 'faulty-1');
    expect(reply.text).toContain(lead());
    expect(app.logged).toEqual([expect.stringMatching(/thread exited \(code 7\) with 1 question\(s\) unanswered; starting another/)]);
  });

  it('gives the polite reply to an error in the engine, logged with the question', async () => {
    const reply = await app.ask('When did the boom start?', 'faulty-2');
    expect(reply.text).toBe(APOLOGY);
    expect(String(app.logger.error.mock.calls.at(-1)![0])).toContain('When did the boom start?');
    expect((app.logger.error.mock.calls.at(-1)![1] as Error).message).toBe('boom in the engine');
  });

  it('gives the polite reply to a question whose thread dies every time, and answers the next', async () => {
    const reply = await app.ask('Why does it crash?', 'faulty-3');
    expect(reply.text).toBe(APOLOGY);
    expect((app.logger.error.mock.calls.at(-1)![1] as Error).message).toMatch(/died 2 times/);
    // Not the cached answer of the first question: asked another way.
    expect((await app.ask(RELATIONS.toLowerCase().replace('?', ''), 'faulty-4')).text).toContain(lead());
  });
});
