// "Which years does the programme cover?" is answered by the span of years its name gives ("… for 2026-2028"),
// not by the day it was signed; a term whose own dates are a span keeps them, and "when was it signed?" is the signing.
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'On 3 May 2025 the foreign ministries of Syldavia and Borduria signed a Cooperation Program for 2026-2028.',
    'Ivan Petrov served as Foreign Minister of Syldavia from 15 April 2010 to 6 September 2012.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('petrov', 'Ivan Petrov', 'sy', 'Petrov')],
  { published: '2025-05-04' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('the years a thing covers', () => {
  it('are the span its name gives', () => {
    expect(ask('Which years does the Syldavian-Bordurian cooperation program cover?').text).toMatch(/^2026–2028/);
  });

  it('are not the day it was signed, which "when" still asks', () => {
    expect(ask('When was the Syldavian-Bordurian cooperation program signed?').text).toMatch(/^3 May 2025/);
  });

  it('are its own dates when those are a span', () => {
    expect(ask('Which years was Petrov foreign minister?').text).toMatch(/15 April 2010/);
  });
});
