// Bolt and the Web API client want Slack's Logger (with levels and a name); ours has the four methods alone.
import type { LogLevel as SlackLevel, Logger as SlackLogger } from '@slack/bolt';
import type { Logger, LogLevel } from '../log.js';

/** Our logger as Slack's. Bolt's setLevel/setName calls are ignored: LOG_LEVEL decides, once, for the whole app. */
export function boltLogger(logger: Logger, level: LogLevel = 'info'): SlackLogger {
  return {
    debug: (...msg) => logger.debug(...msg),
    info: (...msg) => logger.info(...msg),
    warn: (...msg) => logger.warn(...msg),
    error: (...msg) => logger.error(...msg),
    setLevel: () => undefined,
    getLevel: () => level as SlackLevel,
    setName: () => undefined,
  };
}
