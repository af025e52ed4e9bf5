// `attache <command> …`: hands over to one file per command. `--help` works on every command, and an unknown
// option gets a plain message with the command's usage instead of a stack trace. The process entry is main.ts.
import { ConfigError } from '../config.js';
import { DataError } from '../core/check/problem.js';
import type { Io } from './io.js';

type Command = { syntax: string[]; about: string; run: (args: string[], io: Io) => Promise<number> };

/** Each command's module is loaded only when it runs: `attache ask` need not load Bolt. Two-word names are subcommands. */
const commands: Record<string, Command> = {
  ask: {
    syntax: ['ask "question" [--json]', 'ask --explain "question"', 'ask --jsonl'],
    about:
      'answer one question with its sources (--json: the answer model; --explain: then how it was understood, the candidates and the decision; --jsonl: one question a line on standard input, one JSON answer a line out)',
    run: async (args, io) => (await import('./ask.js')).runAsk(args, io),
  },
  treaty: {
    syntax: ['treaty [words] [--json]'],
    about: 'every treaty, agreement and programme, or the one the words name',
    run: async (args, io) => (await import('./treaty.js')).runTreaty(args, io),
  },
  onthisday: {
    syntax: ['onthisday [MM-DD|YYYY-MM-DD] [--json]'],
    about: 'what happened on this day in any year (default: today in TZ_NAME)',
    run: async (args, io) => (await import('./onthisday.js')).runOnThisDay(args, io),
  },
  'facts check': {
    syntax: ['facts check [--source ID] [--dir DIR]'],
    about:
      "validate facts/ and intents/: schema, references, verbatim quotes, and names no entity knows (warnings); every problem in one run, each with its fix; non-zero exit on any error. --source ID: only that source's problems; --dir: another base",
    run: async (args, io) => (await import('./facts-check.js')).runFactsCheck(args, io),
  },
  'facts draft': {
    syntax: ['facts draft ID [--out FILE] [--force] [--dir DIR]'],
    about:
      "write a draft curated-facts file for a source's dated, numbered and titled sentences (default facts/curated/ID.draft.yaml, which the bot does not load), for a curator to review and rename to ID.yaml",
    run: async (args, io) => (await import('./facts-draft.js')).runFactsDraft(args, io),
  },
  'sources add': {
    syntax: [
      'sources add FILE --id ID --title TITLE --publisher NAME --published DATE --url URL',
      '  [--language en] [--derived HOW] [--url-note WHY] [--dir DIR]',
    ],
    about:
      "add a document: writes facts/sources/ID.txt (verbatim) and ID.yaml, checks them, and lists the names in it that no entity knows. DATE: YYYY-MM-DD, YYYY-MM, YYYY, or '' when the document gives no way to tell",
    run: async (args, io) => (await import('./sources-add.js')).runSourcesAdd(args, io),
  },
  chat: { syntax: ['chat'], about: 'ask questions at an interactive prompt', run: async (args, io) => (await import('./chat.js')).runChat(args, io) },
  start: {
    syntax: ['start'],
    about: 'run the Slack app (or the chat, when no Slack credentials are set)',
    run: async (args) => (await import('./start.js')).runStart(args),
  },
  'post-onthisday': {
    syntax: ['post-onthisday [--dry-run]'],
    about: 'post today\'s "on this date" to subscribed channels once (for cron)',
    run: async (args) => (await import('./post-onthisday.js')).runPostOnThisDay(args),
  },
  feedback: {
    syntax: ['feedback [--limit N] [--json]'],
    about: 'answers readers marked wrong, and the questions declined most often',
    run: async (args, io) => (await import('./feedback.js')).runFeedback(args, io),
  },
};

/** Words wrapped into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The usage of some commands: each as it is typed, then what it does. */
const usageOf = (names: string[]) =>
  `Usage:\n${names
    .map((n) =>
      [
        ...commands[n]!.syntax.map((line) => (line.startsWith(' ') ? `${' '.repeat(22)}${line.trim()}` : `  attache ${line}`)),
        ...wrap(commands[n]!.about, 96).map((line) => `      ${line}`),
      ].join('\n'),
    )
    .join('\n')}\n`;
const USAGE = usageOf(Object.keys(commands));

/** The command the arguments name (a subcommand when its first word has them), and the arguments left. */
function find(argv: string[]): { name?: string; group: string[]; args: string[] } {
  const [first = '', second = '', ...rest] = argv;
  const group = Object.keys(commands).filter((n) => n.split(' ')[0] === first);
  if (commands[`${first} ${second}`]) return { name: `${first} ${second}`, group, args: rest };
  if (commands[first]) return { name: first, group, args: argv.slice(1) };
  return { group, args: argv.slice(1) };
}

const wantsHelp = (args: string[]) => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** Runs one command line; resolves to the exit code. Bad settings and bad data get their message, not a stack. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataError) io.stderr.write(`attache: ${err.message}\n`);
    else io.stderr.write(`attache: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [first] = argv;
  if (!first || first === 'help' || first === '--help' || first === '-h') {
    io.stdout.write(USAGE);
    return first ? 0 : 1;
  }
  const { name, group, args } = find(argv);
  if (!name) {
    // "attache facts" alone, or with a subcommand it lacks: say which ones it has.
    if (group.length) {
      if (wantsHelp(argv)) {
        io.stdout.write(usageOf(group));
        return 0;
      }
      io.stderr.write(`attache: ${argv[1] ? `unknown command "${first} ${argv[1]}"` : `"${first}" needs a subcommand`}\n\n${usageOf(group)}`);
      return 2;
    }
    io.stderr.write(`attache: unknown command "${first}"\n\n${USAGE}`);
    return 2;
  }
  if (wantsHelp(args)) {
    io.stdout.write(usageOf([name]));
    return 0;
  }
  try {
    return await commands[name]!.run(args, io);
  } catch (err) {
    // node:util parseArgs: an unknown option or a missing value is the user's slip, not a crash.
    const code = (err as { code?: unknown })?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      io.stderr.write(`attache ${name}: ${(err as Error).message.split('. ')[0]!.replace(/\.$/, '')}\n\n${usageOf([name])}`);
      return 2;
    }
    throw err;
  }
}
