// `attache chat`: an interactive prompt, the quickest way to try Attaché without Slack; one conversation a session.
import { createInterface } from 'node:readline';
import { todayIn } from '../core/dates.js';
import { readConfig } from '../config.js';
import { renderText } from '../render/text.js';
import { EMPTY_CONVERSATION } from '../core/conversation.js';
import { safeConverse } from './ask.js';
import { processIo, type Io } from './io.js';

export async function runChat(_args: string[] = [], io: Io = processIo()): Promise<number> {
  const config = readConfig(io.env);
  const engine = await io.loadEngine(config.DATA_DIR);
  const prompt = () => io.stdout.write('> ');
  io.stdout.write('Attaché — ask about the diplomatic history in my sources ("help" for examples, Ctrl-D to leave).\n');
  prompt();
  // The session is one conversation: a follow-up ("who signed it?") is read against what was asked before.
  let conversation = EMPTY_CONVERSATION;
  // Reading lines as a stream (not one question() at a time) keeps lines that arrive together, as from a pipe.
  for await (const line of createInterface({ input: io.stdin, terminal: false })) {
    if (['exit', 'quit'].includes(line.trim().toLowerCase())) break;
    if (line.trim()) {
      const turn = safeConverse(engine, line, conversation, todayIn(config.TZ_NAME), io);
      conversation = turn.conversation;
      io.stdout.write(`${renderText(turn.answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n\n`);
    }
    prompt();
  }
  io.stdout.write('\n');
  return 0;
}
