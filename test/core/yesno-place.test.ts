// "Did they meet in X?" when the sources put the meeting elsewhere: no, with the place they give; yes in the right one.
import { describe, expect, it } from 'vitest';
import { country, person, place, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'As part of his official visit to Klow, Foreign Minister Ivan Petrov held talks with Foreign Minister Karl Braun on 3 March 2024.',
    'Petrov returned to Szohod, the Bordurian capital, on 5 March 2024.',
  ],
  [
    country('bo', 'Borduria'),
    country('sy', 'Syldavia'),
    place('klow', 'Klow'),
    place('szohod', 'Szohod'),
    person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
    person('braun', 'Karl Braun', 'sy', 'Braun'),
  ],
  { published: '2024-03-04' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('yes/no on a place', () => {
  it('says no, with the place the sources give, for another place', () => {
    const a = ask('Did Petrov hold talks with Braun in Szohod?');
    expect(a.lead).toBe('No');
    expect(a.text).toMatch(/place it in Klow/);
    expect(a.citations).toHaveLength(1);
  });

  it('says yes for the place the sources give', () => {
    expect(ask('Did Petrov hold talks with Braun in Klow?').lead).toMatch(/^Yes/);
  });
});
