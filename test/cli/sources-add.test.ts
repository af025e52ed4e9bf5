// `attache sources add`: a fixture report copied verbatim with its metadata, checked, its unknown names listed
// with their sentences; then its entity and fact make a base that passes `facts check`. Wrong arguments write nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, cli, SEEDS, TempBase } from '../helpers.js';

const DOC = join(ROOT, 'test', 'fixtures', 'documents', 'kazinform-demarcation.txt');
const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'documents', name), 'utf8');
const ADD = [
  'sources',
  'add',
  DOC,
  '--id',
  't01',
  '--title',
  'Uzbekistan, Kazakhstan mull border demarcation',
  '--publisher',
  'Kazinform',
  '--published',
  '',
  '--derived',
  "The text prints no year: 'Feb. 27' cannot be given one.",
  '--url',
  'http://www.inform.kz/en/uzbekistan-kazakhstan-mull-border-demarcation_a3168297',
];

let base: TempBase | undefined;
afterEach(() => {
  base?.cleanup();
  base = undefined;
});

describe('attache sources add', () => {
  it('writes the document verbatim and its metadata, checks them and lists the names no entity knows', async () => {
    base = new TempBase({ sources: SEEDS });
    const r = await cli([...ADD, '--dir', base.dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Added source t01: facts/sources/t01.txt (verbatim) and facts/sources/t01.yaml\nfacts check --source t01: OK\n');
    expect(r.stdout).toContain(
      '1 name in the text that no entity knows: add each as an entity (facts/entities/<file>.yaml) or as an alias of one, unless it names no country, person, organisation or place:\n' +
        '  Almaty (2 times): "ALMATY. KAZINFORM - A regular meeting of the joint Uzbek-Kazakh border demarcation commission was held in Almaty on Feb. 27, Uzbek Foreign Ministry said."\n',
    );
    expect(readFileSync(join(base.dir, 'facts/sources/t01.txt'), 'utf8')).toBe(readFileSync(DOC, 'utf8'));
    expect(readFileSync(join(base.dir, 'facts/sources/t01.yaml'), 'utf8')).toBe(
      [
        'id: t01',
        'title: Uzbekistan, Kazakhstan mull border demarcation',
        'publisher: Kazinform',
        'url: http://www.inform.kz/en/uzbekistan-kazakhstan-mull-border-demarcation_a3168297',
        'language: en',
        'published:',
        "  date: ''",
        `  derived: "The text prints no year: 'Feb. 27' cannot be given one."`,
        '',
      ].join('\n'),
    );
  });

  it('with its entity and a curated fact gives a base that passes facts check', async () => {
    base = new TempBase({ sources: SEEDS });
    expect((await cli([...ADD, '--dir', base.dir])).status).toBe(0);
    base.write('facts/entities/t01.yaml', fixture('t01-entities.yaml'));
    base.write('facts/curated/t01.yaml', fixture('t01-facts.yaml'));
    const all = await cli(['facts', 'check', '--dir', base.dir]);
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/^facts check: OK — 6 sources, /);
    const one = await cli(['facts', 'check', '--source', 't01', '--dir', base.dir]);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toBe('facts check: OK — source t01: 1 fact, 1 quote verbatim\n');
    expect(one.stderr).toBe('');
  });

  it('refuses a missing file, a taken id and a bad date, all at once, and writes nothing', async () => {
    base = new TempBase({ sources: SEEDS });
    const before = readdirSync(join(base.dir, 'facts/sources')).sort();
    const args = ADD.map((a) => (a === DOC ? join(base!.dir, 'no-such.txt') : a === 't01' ? '004' : a === '' ? '2017-02-30' : a));
    const r = await cli([...args, '--dir', base.dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `attache sources add: no such file: ${join(base.dir, 'no-such.txt')}`,
        "attache sources add: --published: not a publication date (found \"2017-02-30\"); write YYYY, YYYY-MM or YYYY-MM-DD in quotes ('2017-04-22'), or '' when the document gives no way to tell (and say why in `derived`)",
        'attache sources add: the id "004" is taken: facts/sources/004.yaml and facts/sources/004.txt exist; choose another --id',
        'Nothing was written.',
        '',
      ].join('\n'),
    );
    expect(readdirSync(join(base.dir, 'facts/sources')).sort()).toEqual(before);
  });

  it('names the options left out', async () => {
    base = new TempBase({ sources: SEEDS });
    const r = await cli(['sources', 'add', DOC, '--id', 't01', '--dir', base.dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("missing --title, --publisher, --published, --url (--published '' when the document gives no date");
  });
});
