// The settings from the environment: defaults, trimmed values, and one message naming every bad variable.
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, ConfigError, readConfig } from '../src/config.js';

describe('readConfig', () => {
  it('gives the defaults for an empty environment', () => {
    expect(readConfig({})).toEqual({ TZ_NAME: 'Asia/Dushanbe', PORT: 3000, DATA_DIR: './data', LOG_LEVEL: 'info' });
  });

  it('trims values, and takes an empty one as unset', () => {
    const config = readConfig({ SLACK_SIGNING_SECRET: '  s3cret  ', SLACK_BOT_TOKEN: '', PORT: '8080', PUBLIC_BASE_URL: ' https://attache.example.org ' });
    expect(config).toMatchObject({ SLACK_SIGNING_SECRET: 's3cret', PORT: 8080, PUBLIC_BASE_URL: 'https://attache.example.org' });
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('refuses a bad value, naming the variable and what it should be', () => {
    expect(() => readConfig({ TZ_NAME: 'Mars/Olympus' })).toThrow(ConfigError);
    expect(() => readConfig({ TZ_NAME: 'Mars/Olympus' })).toThrow(
      'Configuration problem (see .env.example):\n  TZ_NAME: not a time zone known to this machine (use an IANA name such as Asia/Dushanbe)',
    );
  });

  it('names every bad variable in one message', () => {
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'abc', PORT: '70000' })).toThrow(
      /^Configuration problems \(see \.env\.example\):\n {2}SLACK_BOT_TOKEN: a bot token starts with xoxb- .*\n {2}PORT: /,
    );
  });
});

describe('canonicalTimeZone', () => {
  it('spells a known zone canonically, and knows no made-up one', () => {
    expect([canonicalTimeZone('asia/dushanbe'), canonicalTimeZone(' Europe/Moscow '), canonicalTimeZone('Mars/Olympus')]).toEqual([
      'Asia/Dushanbe',
      'Europe/Moscow',
      undefined,
    ]);
  });
});

describe('the state settings', () => {
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
});
