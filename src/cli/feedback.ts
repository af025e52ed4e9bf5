// `attache feedback [--limit N] [--json]`: for curators, the answers readers marked wrong (newest first, with
// what they said) and the questions declined most often — what the base is missing.
import { parseArgs } from 'node:util';
import type { Feedback, FeedbackStore } from '../state/feedback.js';
import { readConfig } from '../config.js';
import { openConfiguredState, quietStateLogger } from './stores.js';
import { processIo, type Io } from './io.js';

export type FeedbackReport = { markedWrong: Feedback[]; mostDeclined: { question: string; count: number }[] };

export async function feedbackReport(store: FeedbackStore, limit: number): Promise<FeedbackReport> {
  return { markedWrong: await store.markedWrong(limit), mostDeclined: await store.mostDeclined(limit) };
}

export function formatFeedbackReport(r: FeedbackReport): string {
  const out = [`Answers marked wrong (${r.markedWrong.length}):`];
  if (!r.markedWrong.length) out.push('  none');
  for (const f of r.markedWrong) {
    out.push(`  ${f.at}  ${f.question}`, `    answer: ${oneLine(f.answerText)}`);
    if (f.comment) out.push(`    reader: ${oneLine(f.comment)}`);
    out.push(`    (${f.userId} in ${f.channelId}, ${f.teamId}, message ${f.messageTs}${f.answered ? '' : '; it was declined'})`);
  }
  out.push('', `Questions declined most often (${r.mostDeclined.length}):`);
  if (!r.mostDeclined.length) out.push('  none');
  for (const d of r.mostDeclined) out.push(`  ${String(d.count).padStart(4)}×  ${d.question}`);
  return `${out.join('\n')}\n`;
}

const oneLine = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text).replace(/\s+/g, ' ').trim();

export async function runFeedback(args: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseArgs({ args, options: { limit: { type: 'string', default: '20' }, json: { type: 'boolean' } } });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    io.stderr.write(`attache feedback: --limit must be a whole number above 0, not "${values.limit}"\n`);
    return 2;
  }
  const state = await openConfiguredState(
    readConfig(io.env),
    quietStateLogger((msg) => io.stderr.write(`attache feedback: ${msg}\n`)),
  );
  let report: FeedbackReport;
  try {
    report = await feedbackReport(state.feedback, limit);
  } finally {
    await state.database.close();
  }
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatFeedbackReport(report));
  return 0;
}
