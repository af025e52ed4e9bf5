// Configuration from the environment (and .env), validated once; an error names the variable and where to get it.
// Checked by the table below rather than zod: every command starts here, and importing zod alone took longer than
// the rest of an `attache ask` that reads the knowledge snapshot (see bench/results.md, cold start).

/** The IANA name of a time zone this machine knows, in its canonical spelling ("asia/dushanbe" → "Asia/Dushanbe"). */
export function canonicalTimeZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export type Config = {
  TZ_NAME: string;
  PUBLIC_BASE_URL?: string | undefined;
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_SIGNING_SECRET?: string | undefined;
  SLACK_APP_TOKEN?: string | undefined;
  SLACK_API_URL?: string | undefined;
  /** The address to listen on (127.0.0.1 behind a proxy on the same machine); every interface when empty. */
  HOST?: string | undefined;
  PORT: number;
  DATA_DIR: string;
  DATABASE_URL?: string | undefined;
  SLACK_CLIENT_ID?: string | undefined;
  SLACK_CLIENT_SECRET?: string | undefined;
  SLACK_STATE_SECRET?: string | undefined;
  ONTHISDAY_CLAIM_LEASE_SECONDS?: number | undefined;
  LOG_LEVEL: 'debug' | 'info' | 'warn' | 'error';
};

/** A value's check: the value to keep, or the problem with it. */
type Check<T> = (value: string) => { value: T } | { problem: string };

const ok = <T>(value: T) => ({ value });
const isUrl = (v: string) => URL.canParse(v);
const url =
  (problem: string): Check<string> =>
  (v) =>
    isUrl(v) ? ok(v) : { problem };
const startsWith =
  (prefix: string, problem: string): Check<string> =>
  (v) =>
    v.startsWith(prefix) ? ok(v) : { problem };
const integer =
  (min: number, max: number): Check<number> =>
  (v) => {
    const n = Number(v);
    if (!Number.isInteger(n)) return { problem: `must be a whole number, not "${v}"` };
    return n < min || n > max ? { problem: `must be between ${min} and ${max}` } : ok(n);
  };
const text: Check<string> = ok;

/** Each variable: its check, and its default when unset. `trim`: surrounding spaces dropped and an empty value is unset. */
type Rule = { check: Check<unknown>; default?: unknown; trim?: boolean };
const RULES: Record<keyof Config, Rule> = {
  TZ_NAME: {
    check: (v) => (canonicalTimeZone(v) ? ok(v) : { problem: 'not a time zone known to this machine (use an IANA name such as Asia/Dushanbe)' }),
    default: 'Asia/Dushanbe',
  },
  PUBLIC_BASE_URL: { check: url('must be a full URL such as https://attache.example.org'), trim: true },
  SLACK_BOT_TOKEN: {
    check: startsWith('xoxb-', 'a bot token starts with xoxb- (Slack app settings → OAuth & Permissions → Bot User OAuth Token)'),
    trim: true,
  },
  SLACK_SIGNING_SECRET: { check: text, trim: true },
  SLACK_APP_TOKEN: {
    check: startsWith('xapp-', 'an app-level token starts with xapp- (Slack app settings → Basic Information → App-Level Tokens, scope connections:write)'),
    trim: true,
  },
  SLACK_API_URL: { check: url('must be a full URL such as https://slack.com/api/'), trim: true },
  HOST: { check: text, trim: true },
  PORT: { check: integer(0, 65535), default: 3000 },
  DATA_DIR: { check: text, default: './data' },
  DATABASE_URL: {
    check: (v) =>
      /^postgres(ql)?:\/\//.test(v) ? ok(v) : { problem: 'must be a PostgreSQL URL such as postgres://attache:secret@db.example.org:5432/attache' },
    trim: true,
  },
  SLACK_CLIENT_ID: { check: text, trim: true },
  SLACK_CLIENT_SECRET: { check: text, trim: true },
  SLACK_STATE_SECRET: { check: text, trim: true },
  ONTHISDAY_CLAIM_LEASE_SECONDS: { check: integer(1, Number.MAX_SAFE_INTEGER), trim: true },
  LOG_LEVEL: {
    check: (v) => (['debug', 'info', 'warn', 'error'].includes(v) ? ok(v) : { problem: 'must be one of debug, info, warn, error' }),
    default: 'info',
  },
};

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, rule] of Object.entries(RULES)) {
    let raw = env[name];
    if (rule.trim && raw !== undefined) raw = raw.trim() === '' ? undefined : raw.trim();
    if (raw === undefined) {
      if (rule.default !== undefined) config[name] = rule.default;
      continue;
    }
    const checked = rule.check(raw);
    if ('problem' in checked) problems.push(`${name}: ${checked.problem}`);
    else config[name] = checked.value;
  }
  if (problems.length) throw new ConfigError(`Configuration problem${problems.length > 1 ? 's' : ''} (see .env.example):\n  ${problems.join('\n  ')}`);
  return config as Config;
}
