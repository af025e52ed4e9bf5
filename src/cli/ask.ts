// `attache ask`: one question, or a stream of them (--jsonl) for the scorer and scripts.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { todayIn } from '../core/dates.js';
import { readConfig } from '../config.js';
import { renderText } from '../render/text.js';
import { explain } from '../core/explain.js';
import type { Answer } from '../core/answer.js';
import type { Engine } from '../core/engine.js';
import { EMPTY_CONVERSATION, type Conversation } from '../core/conversation.js';
import { MemoryConversationStore } from '../state/conversations.js';
import { processIo, type Io } from './io.js';

export async function runAsk(args: string[], io: Io = processIo()): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, explain: { type: 'boolean' } },
  });
  const config = readConfig(io.env);
  const engine = await io.loadEngine(config.DATA_DIR);
  const today = () => todayIn(config.TZ_NAME);
  if (values.jsonl) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    // Each "thread" is one conversation; plain lines stand alone.
    const threads = new MemoryConversationStore();
    for await (const line of lines) {
      const { q, thread } = readLine(line);
      if (!thread) {
        io.stdout.write(`${JSON.stringify(safeAsk(engine, q, today(), io))}\n`);
        continue;
      }
      const { answer, conversation } = safeConverse(engine, q, ((await threads.load(thread)) as Conversation | undefined) ?? EMPTY_CONVERSATION, today(), io);
      await threads.save(thread, conversation);
      io.stdout.write(`${JSON.stringify(answer)}\n`);
    }
    return 0;
  }
  const question = positionals.join(' ');
  if (!question.trim()) {
    io.stderr.write('attache ask: give a question, e.g. attache ask "When did Tajikistan and Kazakhstan establish relations?"\n');
    return 2;
  }
  if (values.explain) {
    const { answer, report } = explain(engine, question, today());
    io.stdout.write(`${report}\n\n${renderText(answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n`);
    return 0;
  }
  const answer = safeAsk(engine, question, today(), io);
  io.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${renderText(answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n`);
  return 0;
}

/** One bad question must not stop a batch: an engine error becomes a decline with an apology. */
export function safeAsk(engine: Engine, question: string, today: string, io: Pick<Io, 'stderr'> = process): Answer {
  return safeConverse(engine, question, undefined, today, io).answer;
}

/** A turn of a conversation, with the same guard: on an error the conversation is kept as it was. */
export function safeConverse(
  engine: Engine,
  question: string,
  conversation: Conversation | undefined,
  today: string,
  io: Pick<Io, 'stderr'> = process,
): { answer: Answer; conversation: Conversation } {
  try {
    if (!conversation) return { answer: engine.ask(question, { today }), conversation: EMPTY_CONVERSATION };
    return engine.converse(question, conversation, new Date().toISOString(), { today });
  } catch (err) {
    io.stderr.write(`attache: error answering ${JSON.stringify(question.slice(0, 200))}: ${(err as Error).stack}\n`);
    const answer = {
      question,
      intent: 'error',
      answered: false,
      text: 'Sorry — something went wrong while answering that.',
      facts: [],
      citations: [],
      conflicts: [],
      suggestions: [],
    };
    return { answer, conversation: conversation ?? EMPTY_CONVERSATION };
  }
}

/** A --jsonl input line: plain question text, or a JSON object {"thread": "...", "q": "..."} (one conversation per thread). */
export function readLine(line: string): { q: string; thread?: string } {
  if (line.trimStart().startsWith('{')) {
    try {
      const o = JSON.parse(line) as { q?: unknown; thread?: unknown };
      if (typeof o.q === 'string') return { q: o.q, ...(typeof o.thread === 'string' ? { thread: o.thread } : {}) };
    } catch {
      // Not JSON after all: a question that starts with a brace.
    }
  }
  return { q: line };
}
