// `attache facts draft ID` on a fixture document added to a copy of the base: the draft holds the sentences'
// dates, figures, titles and plans, refuses to overwrite, and passes `facts check` once renamed to ID.yaml.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, SEEDS, TempBase } from '../helpers.js';

const TEXT = `Kazakhstan and Tajikistan sign Treaty

ASTANA. KAZINFORM - On Monday, the presidents of Kazakhstan and Tajikistan signed the Treaty on Allied Relations in Astana.
Trade between Kazakhstan and Tajikistan reached $1.5 billion last year, and the sides intend to increase it to $2 billion.
The two countries established diplomatic relations on January 7, 1993.
The ministers discussed water.
`;

const META = `id: '900'
title: Kazakhstan and Tajikistan sign Treaty
publisher: Fixture News
url: ''
urlNote: A fixture written for the test of facts draft.
language: en
published:
  date: '2024-08-23'
`;

describe('attache facts draft', () => {
  let base: TempBase;
  beforeEach(() => {
    base = new TempBase({ sources: SEEDS });
    writeFileSync(join(base.dir, 'facts/sources/900.txt'), TEXT);
    writeFileSync(join(base.dir, 'facts/sources/900.yaml'), META);
  });
  afterEach(() => base.cleanup());

  const draftFile = () => join(base.dir, 'facts/curated/900.draft.yaml');

  it('drafts one fact a dated, numbered or titled sentence, one a figure, with dates resolved from the publication date', async () => {
    const r = await cli(['facts', 'draft', '900', '--dir', base.dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/facts draft: 4 facts from 5 passages of source 900/);
    const { facts } = YAML.parse(readFileSync(draftFile(), 'utf8'));
    const lines = TEXT.split('\n');
    // The sentence with two figures gives two facts, alike but for the figure and its status.
    const trade = {
      kind: 'trade',
      title: 'Trade between Kazakhstan and Tajikistan reached $1.5 billion last …',
      summary: lines[3],
      entities: ['kazakhstan', 'tajikistan'],
      date: { on: '2023', text: 'last year', derived: '"last year" read against the publication date 2024-08-23: 2023.' },
    };
    expect(facts).toEqual([
      {
        id: '900-1-treaty-on-allied-relations',
        kind: 'treaty',
        title: 'Treaty on Allied Relations',
        summary: lines[2],
        entities: ['astana', 'kazakhstan', 'tajikistan'],
        date: { on: '2024-08-19', text: 'On Monday', derived: '"On Monday" read against the publication date 2024-08-23: 2024-08-19.' },
        quotes: [lines[2]],
        source: '900',
      },
      {
        id: '900-2-1-trade-between-kazakhstan-and-tajikistan-reached-1-5-billion-last',
        ...trade,
        value: { amount: 1.5e9, unit: 'usd', text: '$1.5 billion' },
        quotes: [lines[3]],
        source: '900',
      },
      {
        id: '900-2-2-trade-between-kazakhstan-and-tajikistan-reached-1-5-billion-last',
        ...trade,
        status: 'planned',
        value: { amount: 2e9, unit: 'usd', text: '$2 billion' },
        quotes: [lines[3]],
        source: '900',
      },
      {
        id: '900-3-the-two-countries-established-diplomatic-relations-on-january-7',
        kind: 'relations',
        title: 'The two countries established diplomatic relations on January 7, 1993',
        summary: lines[4],
        entities: ['kazakhstan', 'tajikistan'],
        date: { on: '1993-01-07' },
        quotes: [lines[4]],
        source: '900',
      },
    ]);
  });

  it('passes facts check once renamed to ID.yaml', async () => {
    expect((await cli(['facts', 'draft', '900', '--dir', base.dir])).status).toBe(0);
    renameSync(draftFile(), join(base.dir, 'facts/curated/900.yaml'));
    const r = await cli(['facts', 'check', '--dir', base.dir]);
    // Warnings (names no entity knows) may stand on stderr; no error may.
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('warning:') && !l.startsWith(' '))).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/facts check: OK/);
  });

  it('refuses to overwrite without --force, and writes to --out', async () => {
    expect((await cli(['facts', 'draft', '900', '--dir', base.dir])).status).toBe(0);
    const again = await cli(['facts', 'draft', '900', '--dir', base.dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/900\.draft\.yaml exists; use --force to overwrite it/);
    expect((await cli(['facts', 'draft', '900', '--dir', base.dir, '--force'])).status).toBe(0);
    const out = join(base.dir, 'elsewhere.yaml');
    expect((await cli(['facts', 'draft', '900', '--dir', base.dir, '--out', out])).status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('explains itself with --help, and says what is wrong with bad arguments or a missing source', async () => {
    const help = await cli(['facts', 'draft', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage:\n\s+attache facts draft ID/);
    const bad = await cli(['facts', 'draft', '900', '--frce']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^facts draft: Unknown option '--frce'/);
    expect((await cli(['facts', 'draft'])).stderr).toMatch(/^facts draft: which source\? Give its id/);
    const missing = await cli(['facts', 'draft', '999', '--dir', base.dir]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no source "999": facts\/sources\/999\.yaml and facts\/sources\/999\.txt must both exist/);
  });
});
