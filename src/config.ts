// Configuration from the environment (and .env), validated once; an error names the variable and where to get it.
import { z } from 'zod';

/** The IANA name of a time zone this machine knows, in its canonical spelling ("asia/dushanbe" → "Asia/Dushanbe"). */
export function canonicalTimeZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const timeZone = z
  .string()
  .refine((tz) => canonicalTimeZone(tz) !== undefined, 'not a time zone known to this machine (use an IANA name such as Asia/Dushanbe)');

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const configSchema = z.object({
  TZ_NAME: timeZone.default('Asia/Dushanbe'),
  PUBLIC_BASE_URL: optional.pipe(z.url('must be a full URL such as https://attache.example.org').optional()),
  SLACK_BOT_TOKEN: optional.pipe(
    z.string().startsWith('xoxb-', 'a bot token starts with xoxb- (Slack app settings → OAuth & Permissions → Bot User OAuth Token)').optional(),
  ),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.pipe(
    z
      .string()
      .startsWith('xapp-', 'an app-level token starts with xapp- (Slack app settings → Basic Information → App-Level Tokens, scope connections:write)')
      .optional(),
  ),
  SLACK_API_URL: optional.pipe(z.url('must be a full URL such as https://slack.com/api/').optional()),
  /** The address to listen on (127.0.0.1 behind a proxy on the same machine); every interface when empty. */
  HOST: optional,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a PostgreSQL URL such as postgres://attache:secret@db.example.org:5432/attache')
      .optional(),
  ),
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  ONTHISDAY_CLAIM_LEASE_SECONDS: optional.pipe(z.coerce.number<string | undefined>().int().min(1).optional()),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  throw new ConfigError(`Configuration problem${lines.length > 1 ? 's' : ''} (see .env.example):\n  ${lines.join('\n  ')}`);
}
