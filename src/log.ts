// The project's one logger: lines on standard error at LOG_LEVEL, for the app, the scheduler, the stores and the
// CLI. A small interface of our own, so nothing outside src/slack/ depends on Slack's logger (Bolt gets an adapter).
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Logger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

/** `[LEVEL] attache message…` on stderr; below `level`, nothing. `write` is where lines go (tests). */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(line)): Logger & { level: LogLevel } {
  const at = LOG_LEVELS.indexOf(level);
  const emit =
    (l: LogLevel) =>
    (...msg: unknown[]) => {
      if (LOG_LEVELS.indexOf(l) < at) return;
      write(`[${l.toUpperCase()}] attache ${msg.map(show).join(' ')}\n`);
    };
  return { level, debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Errors with their stack; objects as JSON; strings as they are. */
function show(value: unknown): string {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
