// "How many years after A did B happen?": each part names its thing by words of its own, and a part that names no
// country shares the other's (its people and countries, not the place where the other happened); the cue's words
// ("after") are no part of either thing.
import { describe, expect, it } from 'vitest';
import { country, place, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Diplomatic relations between Borduria and Syldavia were established on 14 January 1993.',
    'The Embassy of Syldavia has functioned in Klow since March 1997.',
    'Borduria and Syldavia signed the Klow Agreement on Interstate Relations on 12 July 1996.',
    'Borduria and Syldavia signed the Agreement on Good-Neighbourly Relations on 26 May 2004.',
    'In September 2022, clashes on the Syldavian border left dozens of people dead.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), place('klow', 'Klow')],
  { published: '2024-01-10' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('the time between two things a question names', () => {
  it('finds a part that names no country by the other part’s countries', () => {
    expect(ask('How many years after relations were established did the Syldavian embassy in Klow open?').text).toMatch(/^4 years/);
  });

  it('does not read the cue word as part of a thing', () => {
    expect(ask('How many years after the Klow Agreement was the Good-Neighbourly agreement signed?').text).toMatch(/^7 years/);
  });

  it('takes no part that is only a name', () => {
    const a = ask('How many years after Borduria and Syldavia established diplomatic relations did the Syldavian embassy in Klow open?');
    expect(a.text).not.toMatch(/clashes/);
  });
});
