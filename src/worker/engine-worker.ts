// The engine in a worker thread, for the Slack app. An answer takes milliseconds of CPU: on the main thread every
// request that arrived meanwhile waited for it, its ack included. Here the main thread keeps the HTTP, the acks
// and the conversations' state, sends what ask() needs and gets the Answer back (as a structured clone).
// A thread that dies is started again and sent the questions it had not answered, so none is lost; a question
// whose thread died twice is refused with an error, as an error in the engine is, and the caller apologises.
// (A post in flight when its thread died is sent again: a reply twice is better than none.)
import { parentPort, Worker } from 'node:worker_threads';
import type { Answer } from '../core/answer.js';
import type { Conversation } from '../core/conversation.js';
import type { Engine } from '../core/engine.js';
import { treaty } from '../core/treaty.js';
import { postJson, type Posted } from './post-json.js';

/** Options of every call: today is the caller's (the engine has no clock). */
export type DayOptions = { today: string };

/**
 * What the worker runs, each against the engine it loaded. It also makes the replies' JSON posts (a reply to
 * Slack's response_url): under load, with repeated questions answered from a cache, the post was the largest
 * part of a request's work on the main thread.
 */
const CALLS = {
  ask: (engine: Engine, text: string, options: DayOptions) => engine.ask(text, options),
  converse: (engine: Engine, text: string, before: Conversation | undefined, at: string, options: DayOptions) => engine.converse(text, before, at, options),
  treaty: (engine: Engine, text: string, options: DayOptions) => treaty(engine, text, options),
  postJson: (_engine: Engine, url: string, json: string) => postJson(url, json),
};
type Calls = typeof CALLS;
type Call = keyof Calls;
type ArgsOf<C extends Call> = Calls[C] extends (engine: Engine, ...args: infer A) => unknown ? A : never;

/** The engine's answers (and the replies' posts) as a surface asks for them: from the worker, or in process (inProcess). */
export type EngineCalls = { [C in Call]: (...args: ArgsOf<C>) => Promise<Awaited<ReturnType<Calls[C]>>> };

/** The calls made on the caller's own thread (the tests'). */
export function inProcess(engine: Engine): EngineCalls {
  return {
    ask: async (...args) => CALLS.ask(engine, ...args),
    converse: async (...args) => CALLS.converse(engine, ...args),
    treaty: async (...args) => CALLS.treaty(engine, ...args),
    postJson: (...args) => CALLS.postJson(engine, ...args),
  };
}

type Request = { id: number; call: Call; args: unknown[] };
type Reply = { id: number; value: unknown } | { id: number; error: { message: string; stack?: string } } | { loaded: true };

/** What the thread is started with: where to load the engine from, as openEngine takes it. */
export type ThreadData = { root: string; dataDir: string };

export const WORKER = {
  /** Threads a question may see die before it is refused: one death may be another question's doing. */
  triesPerQuestion: 2,
  /** The wait before starting again a thread that died loading the engine, so that a base that cannot load is not retried in a tight loop. */
  reloadDelayMs: 1_000,
};

type Pending = { request: Request; tries: number; resolve: (value: never) => void; reject: (err: Error) => void };

export class EngineWorker implements EngineCalls {
  /** Resolves when the first thread has loaded the engine; rejects when it could not. */
  readonly ready: Promise<void>;
  private thread: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private stopped = false;

  constructor(
    private readonly data: ThreadData,
    private readonly log: (message: string, err?: unknown) => void,
    /** The thread's script: engine-thread.js beside this module, unless a test gives its own. */
    private readonly script: URL = new URL('./engine-thread.js', import.meta.url),
  ) {
    this.ready = new Promise((resolve, reject) => this.start((err) => (err ? reject(err) : resolve())));
  }

  ask(...args: ArgsOf<'ask'>): Promise<Answer> {
    return this.call('ask', args);
  }

  converse(...args: ArgsOf<'converse'>): Promise<ReturnType<Calls['converse']>> {
    return this.call('converse', args);
  }

  treaty(...args: ArgsOf<'treaty'>): Promise<Answer> {
    return this.call('treaty', args);
  }

  postJson(...args: ArgsOf<'postJson'>): Promise<Posted> {
    return this.call('postJson', args);
  }

  /** Ends the thread; what it had not answered is refused. */
  async stop(): Promise<void> {
    this.refuseAll('the engine worker was stopped');
    await this.thread?.terminate();
  }

  private call<T>(call: Call, args: unknown[]): Promise<T> {
    if (this.stopped) return Promise.reject(new Error('the engine worker was stopped'));
    const request = { id: this.nextId++, call, args };
    return new Promise<T>((resolve, reject) => {
      this.pending.set(request.id, { request, tries: 0, resolve: resolve as (value: never) => void, reject });
      // Between a thread's death and the next one's start there is none: the next is sent every pending question.
      this.thread?.postMessage(request);
    });
  }

  /** Starts a thread and sends it every question pending; `first` hears whether the first thread loaded the engine. */
  private start(first?: (err?: Error) => void): void {
    const thread = new Worker(this.script, { workerData: this.data });
    let loaded = false;
    thread.on('message', (reply: Reply) => {
      if ('loaded' in reply) {
        loaded = true;
        first?.();
      } else this.settle(reply);
    });
    thread.on('error', (err) => this.log('engine worker: uncaught error in the thread', err));
    thread.on('exit', (code) => {
      this.thread = undefined;
      if (this.stopped) return;
      if (first && !loaded) {
        // The app does not start: whatever was asked meanwhile is refused, and so is all that follows.
        this.refuseAll('the engine worker could not load the engine');
        return first(new Error(`the engine worker exited (code ${code}) before it loaded the engine`));
      }
      this.log(`engine worker: the thread exited (code ${code}) with ${this.pending.size} question(s) unanswered; starting another`);
      for (const [id, p] of this.pending) {
        if (++p.tries < WORKER.triesPerQuestion) continue;
        this.pending.delete(id);
        p.reject(new Error(`the engine worker died ${p.tries} times while this was asked`));
      }
      if (loaded) this.start();
      else setTimeout(() => this.stopped || this.start(), WORKER.reloadDelayMs);
    });
    for (const p of this.pending.values()) thread.postMessage(p.request);
    this.thread = thread;
  }

  /** From now on every question is refused, those pending too. */
  private refuseAll(why: string): void {
    this.stopped = true;
    for (const p of this.pending.values()) p.reject(new Error(why));
    this.pending.clear();
  }

  private settle(reply: Exclude<Reply, { loaded: true }>): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if ('error' in reply) p.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    else p.resolve(reply.value as never);
  }
}

/** The thread's side: answers each request with `engine` (the engine's one at a time), an error as an error. */
export function serveEngine(engine: Engine): void {
  const port = parentPort;
  if (!port) throw new Error('serveEngine runs in a worker thread');
  const failed = (id: number, err: unknown): Reply => ({
    id,
    error: err instanceof Error ? { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } : { message: String(err) },
  });
  port.on('message', ({ id, call, args }: Request) => {
    let value: unknown;
    try {
      value = (CALLS[call] as (engine: Engine, ...args: unknown[]) => unknown)(engine, ...args);
    } catch (err) {
      return port.postMessage(failed(id, err));
    }
    if (value instanceof Promise)
      value.then(
        (v: unknown) => port.postMessage({ id, value: v }),
        (err: unknown) => port.postMessage(failed(id, err)),
      );
    else port.postMessage({ id, value } satisfies Reply);
  });
  port.postMessage({ loaded: true } satisfies Reply);
}
