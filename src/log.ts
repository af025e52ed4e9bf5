// The one logger, Slack's console logger at LOG_LEVEL: Bolt, the scheduler and the store all write through it.
import { ConsoleLogger, LogLevel, type Logger } from '@slack/logger';

export function createLogger(level: 'debug' | 'info' | 'warn' | 'error'): Logger {
  const logger = new ConsoleLogger();
  logger.setLevel(level as LogLevel);
  logger.setName('attache');
  return logger;
}
