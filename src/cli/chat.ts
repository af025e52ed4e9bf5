// `attache chat`: an interactive prompt, the quickest way to try Attaché without Slack.
import { createInterface } from 'node:readline/promises';
import { loadEngine } from '../core/index.js';
import { todayIn } from '../core/dates.js';
import { readConfig } from '../config.js';
import { renderText } from '../render/text.js';
import { safeAsk } from './ask.js';

export async function runChat(_args: string[] = []): Promise<number> {
  const config = readConfig();
  const engine = loadEngine();
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  process.stdout.write('Attaché — ask about the diplomatic history in my sources ("help" for examples, Ctrl-D to leave).\n');
  for (;;) {
    let line: string;
    try {
      line = await rl.question('> ');
    } catch {
      break; // input closed
    }
    if (['exit', 'quit'].includes(line.trim().toLowerCase())) break;
    if (!line.trim()) continue;
    const answer = safeAsk(engine, line, todayIn(config.TZ_NAME));
    process.stdout.write(`${renderText(answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n\n`);
  }
  rl.close();
  return 0;
}
