// A fact dated by day and month only ("Feb. 27" in an undated report): on this day shows it with "year not
// given", and the rest of the engine answers around it without inventing a year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine, type Engine } from '../../src/core/index.js';
import { onThisDay } from '../../src/core/onthisday.js';
import { treaty } from '../../src/core/treaty.js';
import { expectAnswer, ROOT, SEEDS, TempBase, TODAY } from '../helpers.js';

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'documents', name);
let base: TempBase;
let engine: Engine;

beforeAll(() => {
  base = new TempBase({ sources: SEEDS });
  cpSync(fixture('kazinform-demarcation.txt'), join(base.dir, 'facts/sources/t01.txt'));
  base.write(
    'facts/sources/t01.yaml',
    "id: t01\ntitle: Uzbekistan, Kazakhstan mull border demarcation\npublisher: Kazinform\nurl: ''\nurlNote: a test fixture\nlanguage: en\npublished:\n  date: ''\n",
  );
  base.write('facts/entities/t01.yaml', readFileSync(fixture('t01-entities.yaml'), 'utf8'));
  base.write('facts/curated/t01.yaml', readFileSync(fixture('t01-facts.yaml'), 'utf8'));
  engine = loadEngine(base.dir);
});
afterAll(() => base.cleanup());

describe('a year-less date on this day', () => {
  it('is shown on its day, saying the year is not given', () => {
    const day = onThisDay(engine.kb, '02-27', 2026);
    expect(day.match).toBe('day');
    expect(day.items.map((i) => [i.factId, i.date, i.yearsAgo])).toEqual([['uz-kz-demarcation-commission-almaty', '--02-27', undefined]]);
    expect(day.text).toBe(
      'On 27 February:\n• 27 February, year not given: The joint Uzbek-Kazakh border demarcation commission held a regular meeting in Almaty on 27 February; the undated report gives no year.',
    );
  });

  it('is the nearest that week for a day close to it', () => {
    const day = onThisDay(engine.kb, '03-01', 2026);
    expect(day.match).toBe('week');
    expect(day.items.map((i) => i.factId)).toContain('uz-kz-demarcation-commission-almaty');
  });

  it('answers a question about it with the source’s words and no year', () => {
    const a = engine.ask('When did the Uzbek-Kazakh border demarcation commission meet in Almaty?', { today: TODAY });
    expectAnswer(engine.kb, a);
    expect(a.answered).toBe(true);
    expect(a.facts.map((f) => f.id)).toEqual(['uz-kz-demarcation-commission-almaty']);
    expect(a.text).toContain('“Feb. 27”');
    expect(a.text).not.toMatch(/\b(19|20)\d\d\b/);
  });

  it('leaves the other lists working', () => {
    for (const q of ['What happened on 27 February?', 'Uzbekistan Kazakhstan timeline', 'Tell me about Almaty'])
      expectAnswer(engine.kb, engine.ask(q, { today: TODAY }));
    expectAnswer(engine.kb, treaty(engine, ''));
    expect(onThisDay(engine.kb, '01-14', 2026).match).toBe('day');
  });
});
