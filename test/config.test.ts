// The state settings read from the environment: a clear message for a wrong value, nothing set for an empty one.
import { expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';

it('takes a PostgreSQL DATABASE_URL and refuses any other, saying what is expected', () => {
  expect(readConfig({ DATABASE_URL: 'postgres://attache:secret@db:5432/attache' }).DATABASE_URL).toBe('postgres://attache:secret@db:5432/attache');
  expect(readConfig({ DATABASE_URL: '  ' }).DATABASE_URL).toBeUndefined();
  expect(() => readConfig({ DATABASE_URL: 'mysql://db/attache' })).toThrow(ConfigError);
  expect(() => readConfig({ DATABASE_URL: 'mysql://db/attache' })).toThrow('DATABASE_URL: must be a PostgreSQL URL such as postgres://');
});

it('reads the claim lease in whole seconds', () => {
  expect(readConfig({ ONTHISDAY_CLAIM_LEASE_SECONDS: '90' }).ONTHISDAY_CLAIM_LEASE_SECONDS).toBe(90);
  expect(readConfig({ ONTHISDAY_CLAIM_LEASE_SECONDS: '' }).ONTHISDAY_CLAIM_LEASE_SECONDS).toBeUndefined();
  expect(() => readConfig({ ONTHISDAY_CLAIM_LEASE_SECONDS: 'soon' })).toThrow(/ONTHISDAY_CLAIM_LEASE_SECONDS/);
  expect(() => readConfig({ ONTHISDAY_CLAIM_LEASE_SECONDS: '0' })).toThrow(/ONTHISDAY_CLAIM_LEASE_SECONDS/);
});
