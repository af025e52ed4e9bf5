// `attache onthisday [MM-DD|YYYY-MM-DD]`: the day's events in any year; today by default.
import { parseArgs } from 'node:util';
import { onThisDay } from '../core/onthisday.js';
import { parseDayArg, todayIn } from '../core/dates.js';
import { readConfig } from '../config.js';
import { attribution } from '../render/links.js';
import { processIo, type Io } from './io.js';

export async function runOnThisDay(args: string[], io: Io = processIo()): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const config = readConfig(io.env);
  const today = todayIn(config.TZ_NAME);
  const parsed = parseDayArg(positionals[0] ?? today);
  if ('error' in parsed) {
    io.stderr.write(`attache onthisday: ${parsed.error}\n`);
    return 2;
  }
  const result = onThisDay((await io.loadEngine(config.DATA_DIR)).kb, parsed.monthDay, parsed.year ?? Number(today.slice(0, 4)), today);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  // Each event with its quote and source, as an answer is printed.
  const [heading] = result.text.split('\n');
  const lines = [heading ?? ''];
  for (const i of result.items) {
    lines.push('', `• ${i.text}`);
    for (const c of i.citations)
      lines.push(`    “${c.quote.trim()}”`, `      — ${c.source.title} (${attribution(c)})${c.source.url ? ` ${c.source.url}` : ''}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
