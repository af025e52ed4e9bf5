// "Petrov's official trips to Syldavia: how many, and when?": what is counted stands before the cue, and the
// answer is the count (with each trip's date), not the two trips as readings of one question.
import { describe, expect, it } from 'vitest';
import { country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const first = 'President Ivan Petrov paid his first official visit to Syldavia in June 2000.';
const second = 'President Ivan Petrov paid an official visit to Syldavia in September 2007.';
const visit = (id: string, quote: string, on: string) => ({
  ...curated(id, 'visit', ['petrov', 'sy'], quote, 's'),
  title: `Official visit of President Ivan Petrov to Syldavia, ${on}`,
  date: { on, text: on },
});
const engine = textEngine(
  [source('s', 'Relations', '2020-03-01', [first, second])],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')],
  [visit('v1', first, '2000-06'), visit('v2', second, '2007-09')],
);

describe('a count whose noun comes before the cue', () => {
  it('says how many, with when', () => {
    const a = engine.ask("Petrov's official trips to Syldavia: how many, and when?", { today: '2026-01-10' });
    expect(a.text).toMatch(/^2\b/);
    expect(a.text).toMatch(/2000/);
    expect(a.text).toMatch(/2007/);
  });
});
