// `attache ask`: one question, or a stream of them (--jsonl) for the scorer and scripts.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadEngine } from '../core/index.js';
import { todayIn } from '../core/dates.js';
import { readConfig } from '../config.js';
import { renderText } from '../render/text.js';
import { explain } from '../core/explain.js';
import type { Answer } from '../core/answer.js';
import type { Engine } from '../core/engine.js';

export async function runAsk(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, explain: { type: 'boolean' } } });
  const config = readConfig();
  const engine = loadEngine();
  const today = () => todayIn(config.TZ_NAME);
  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(`${JSON.stringify(safeAsk(engine, readLine(line).q, today()))}\n`);
    return 0;
  }
  const question = positionals.join(' ');
  if (!question.trim()) {
    process.stderr.write('attache ask: give a question, e.g. attache ask "When did Tajikistan and Kazakhstan establish relations?"\n');
    return 2;
  }
  if (values.explain) {
    const { answer, report } = explain(engine, question, today());
    process.stdout.write(`${report}\n\n${renderText(answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n`);
    return 0;
  }
  const answer = safeAsk(engine, question, today());
  process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${renderText(answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n`);
  return 0;
}

/** One bad question must not stop a batch: an engine error becomes a decline with an apology. */
export function safeAsk(engine: Engine, question: string, today: string): Answer {
  try {
    return engine.ask(question, { today });
  } catch (err) {
    process.stderr.write(`attache: error answering ${JSON.stringify(question.slice(0, 200))}: ${(err as Error).stack}\n`);
    return { question, intent: 'error', answered: false, text: 'Sorry — something went wrong while answering that.', facts: [], citations: [], conflicts: [], suggestions: [] };
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
