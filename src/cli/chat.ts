// `attache chat`: an interactive prompt, the quickest way to try Attaché without Slack.
import { createInterface } from 'node:readline';
import { openEngine } from '../core/index.js';
import { todayIn } from '../core/dates.js';
import { readConfig } from '../config.js';
import { renderText } from '../render/text.js';
import { safeAsk } from './ask.js';

export async function runChat(_args: string[] = []): Promise<number> {
  const config = readConfig();
  const engine = await openEngine(config.DATA_DIR);
  const prompt = () => process.stdout.write('> ');
  process.stdout.write('Attaché — ask about the diplomatic history in my sources ("help" for examples, Ctrl-D to leave).\n');
  prompt();
  // Reading lines as a stream (not one question() at a time) keeps lines that arrive together, as from a pipe.
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    if (['exit', 'quit'].includes(line.trim().toLowerCase())) break;
    if (line.trim()) {
      const answer = safeAsk(engine, line, todayIn(config.TZ_NAME));
      process.stdout.write(`${renderText(answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n\n`);
    }
    prompt();
  }
  process.stdout.write('\n');
  return 0;
}
