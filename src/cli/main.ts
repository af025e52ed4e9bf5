// `attache <command>`: reads .env, then hands over to one file per command.
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../config.js';
import { DataError } from '../core/load.js';

const USAGE = `Usage: attache <command>

  ask "question" [--json]      answer one question with its sources
  ask --jsonl                  one question a line on standard input, one JSON answer a line out
  treaty [words] [--json]      every treaty, agreement and programme, or the one the words name
  onthisday [MM-DD|YYYY-MM-DD] [--json]
                               what happened on this day in any year (default: today in TZ_NAME)
  facts check [--dir DIR]      validate facts/ and intents/: schema, references, verbatim quotes
  facts draft ID [--out FILE]  draft curated facts for a source's dated, numbered and titled sentences
  chat                         ask questions at an interactive prompt
  start                        run the Slack app (or the chat, when no Slack credentials are set)
  post-onthisday [--dry-run]   post today's "on this date" to subscribed channels once (for cron)
`;

/** Each command's module is loaded only when it runs: `attache ask` need not load Bolt. */
const commands: Record<string, (args: string[]) => Promise<number>> = {
  ask: async (args) => (await import('./ask.js')).runAsk(args),
  treaty: async (args) => (await import('./treaty.js')).runTreaty(args),
  onthisday: async (args) => (await import('./onthisday.js')).runOnThisDay(args),
  facts: async (args) => (args[0] === 'draft' ? (await import('./facts-draft.js')).runFactsDraft(args.slice(1)) : (await import('./facts-check.js')).runFactsCheck(args)),
  chat: async (args) => (await import('./chat.js')).runChat(args),
  start: async (args) => (await import('./start.js')).runStart(args),
  'post-onthisday': async (args) => (await import('./post-onthisday.js')).runPostOnThisDay(args),
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
