// "A and B held talks": both did what follows the second, so "who did A hold talks with?" is answered by B from that
// sentence, not by someone A met later that day (whom "met" puts next to A).
import { describe, expect, it } from 'vitest';
import { country, person, place, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Bordurian President Ivan Petrov and Syldavian President Karl Braun held talks in narrow and extended formats in Klow on Tuesday.',
    'Later in the day, Petrov met the Syldavian national leader Otto Braun, and together they toured Szohod, a new city about 30 km from Klow.',
  ],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    place('klow', 'Klow'),
    place('szohod', 'Szohod'),
    person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
    person('karl', 'Karl Braun', 'sy'),
    person('otto', 'Otto Braun', 'sy'),
  ],
  { published: '2023-10-10' },
);

describe('two people joined by "and"', () => {
  it('both do what follows the second', () => {
    const a = engine.ask('who did petrov hold talks with in klow', { today: '2026-01-10' });
    expect(a.text).toMatch(/Karl Braun/);
    expect(a.citations[0]?.quote).toMatch(/held talks/);
  });
});
