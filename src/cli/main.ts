// `attache <command>`: reads .env, then hands over to one file per command.
import { config as loadDotenv } from 'dotenv';
import { runAsk } from './ask.js';
import { runTreaty } from './treaty.js';
import { runOnThisDay } from './onthisday.js';
import { runFactsCheck } from './facts-check.js';
import { runChat } from './chat.js';
import { runStart } from './start.js';
import { runPostOnThisDay } from './post-onthisday.js';
import { ConfigError } from '../config.js';
import { DataError } from '../core/load.js';

const USAGE = `Usage: attache <command>

  ask "question" [--json]      answer one question with its sources
  ask --jsonl                  one question a line on standard input, one JSON answer a line out
  treaty [words] [--json]      every treaty, agreement and programme, or the one the words name
  onthisday [MM-DD|YYYY-MM-DD] [--json]
                               what happened on this day in any year (default: today in TZ_NAME)
  facts check [--dir DIR]      validate facts/ and intents/: schema, references, verbatim quotes
  chat                         ask questions at an interactive prompt
  start                        run the Slack app (or the chat, when no Slack credentials are set)
  post-onthisday [--dry-run]   post today's "on this date" to subscribed channels once (for cron)
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  ask: runAsk,
  treaty: runTreaty,
  onthisday: runOnThisDay,
  facts: runFactsCheck,
  chat: runChat,
  start: runStart,
  'post-onthisday': runPostOnThisDay,
};

async function main(argv: string[]): Promise<number> {
  loadDotenv({ quiet: true });
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`attache: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DataError) process.stderr.write(`attache: ${err.message}\n`);
    else process.stderr.write(`attache: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
