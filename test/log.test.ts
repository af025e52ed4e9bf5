// The project's logger and configuration of where the app listens.
import { expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { readConfig } from '../src/config.js';

it('writes lines at and above its level, errors with their stack, objects as JSON', () => {
  const lines: string[] = [];
  const logger = createLogger('warn', (l) => lines.push(l));
  logger.debug('hidden');
  logger.info('hidden');
  logger.warn('careful', { channel: 'C1' });
  logger.error('failed', new Error('boom'));
  expect(lines[0]).toBe('[WARN] attache careful {"channel":"C1"}\n');
  expect(lines[1]).toMatch(/^\[ERROR\] attache failed Error: boom\n\s+at /);
  expect(lines).toHaveLength(2);
});

it('reads HOST, and leaves it unset (every interface) when empty', () => {
  expect(readConfig({ HOST: '127.0.0.1' }).HOST).toBe('127.0.0.1');
  expect(readConfig({ HOST: '  ' }).HOST).toBeUndefined();
  expect(readConfig({}).HOST).toBeUndefined();
});
