// `attache chat`: an interactive prompt, the quickest way to try Attaché without Slack.
import { createInterface } from 'node:readline';
import { todayIn } from '../core/dates.js';
import { readConfig } from '../config.js';
import { renderText } from '../render/text.js';
import { safeAsk } from './ask.js';
import { processIo, type Io } from './io.js';

export async function runChat(_args: string[] = [], io: Io = processIo()): Promise<number> {
  const config = readConfig(io.env);
  const engine = io.loadEngine();
  const prompt = () => io.stdout.write('> ');
  io.stdout.write('Attaché — ask about the diplomatic history in my sources ("help" for examples, Ctrl-D to leave).\n');
  prompt();
  // Reading lines as a stream (not one question() at a time) keeps lines that arrive together, as from a pipe.
  for await (const line of createInterface({ input: io.stdin, terminal: false })) {
    if (['exit', 'quit'].includes(line.trim().toLowerCase())) break;
    if (line.trim()) {
      const answer = safeAsk(engine, line, todayIn(config.TZ_NAME), io);
      io.stdout.write(`${renderText(answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n\n`);
    }
    prompt();
  }
  io.stdout.write('\n');
  return 0;
}
