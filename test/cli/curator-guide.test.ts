// The README's curator's guide, followed as written in a copy of the base: its command adds the fixture report,
// its entity and fact files (taken from the README's YAML blocks) pass facts check, and its questions get the
// answers the guide shows. A change to the engine or the checks that breaks the guide fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, type Engine } from '../../src/core/index.js';
import { onThisDay } from '../../src/core/onthisday.js';
import { ROOT, runCli, SEEDS, TempBase, TODAY } from '../helpers.js';

const yamlBlocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
let base: TempBase;
let engine: Engine;

beforeAll(() => {
  base = new TempBase({ sources: SEEDS });
  const r = runCli([
    'sources',
    'add',
    join(ROOT, 'test/fixtures/documents/kazinform-demarcation.txt'),
    '--id',
    'uz-kz-demarcation',
    '--title',
    'Uzbekistan, Kazakhstan mull border demarcation',
    '--publisher',
    'Kazinform',
    '--published',
    '',
    '--derived',
    "The text prints no year; it cites the agreement of Sep. 9, 2002, in force since Sep. 5, 2003, so 'Feb. 27' cannot be given a year.",
    '--url',
    'http://www.inform.kz/en/uzbekistan-kazakhstan-mull-border-demarcation_a3168297',
    '--dir',
    base.dir,
  ]);
  expect(r.status, r.stderr).toBe(0);
  base.write('facts/entities/uz-kz-demarcation.yaml', yamlBlocks[0]!);
  base.write('facts/curated/uz-kz-demarcation.yaml', yamlBlocks[1]!);
  engine = loadEngine(base.dir);
});
afterAll(() => base.cleanup());

describe("the README's worked example", () => {
  it('passes facts check', () => {
    const r = runCli(['facts', 'check', '--source', 'uz-kz-demarcation', '--dir', base.dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('facts check: OK — source uz-kz-demarcation: 4 facts, 4 quotes verbatim\n');
  });

  it.each([
    [
      'When did the Uzbek-Kazakh border agreement come into effect?',
      '5 September 2003. The Uzbek-Kazakh border agreement of 9 September 2002 came into effect on 5 September 2003.',
    ],
    [
      'when was the uzbek kazakh border agreement signed',
      '9 September 2002. On 9 September 2002 the presidents of Uzbekistan and Kazakhstan signed an agreement completing the determination of the interstate border.',
    ],
    [
      'How many boundary posts mark the Uzbek-Kazakh border?',
      '1,565 boundary posts. The Uzbek-Kazakh borderline is marked by 1,565 main and intermediary boundary posts, 776 of them installed by the Kazakh side.',
    ],
  ])('answers %j as the guide shows', (question, text) => {
    expect(engine.ask(question, { today: TODAY }).text).toBe(text);
  });

  it('shows the year-less meeting on 27 February', () => {
    expect(onThisDay(engine.kb, '02-27', 2026).text.split('\n').slice(0, 2)).toEqual([
      'On 27 February:',
      '• 27 February, year not given: The joint Uzbek-Kazakh border demarcation commission held a regular meeting in Almaty on 27 February (the undated report gives no year).',
    ]);
  });
});
