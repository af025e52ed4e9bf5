// "What treaty was signed during his first state visit?": the ordinal says which visit; with no treaty dated, it is
// no position among the treaties, and the treaty of that visit answers.
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'The first state visit of President Ivan Petrov to Syldavia took place on March 6-7, 2017. As a result of the visit, the Treaty on Strategic Partnership between Borduria and Syldavia was signed.',
    'The Treaty between Borduria and Syldavia on the Bordurian-Syldavian state border was signed in Klow.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')],
);

describe('an ordinal of the occasion', () => {
  it('says which occasion, not which of the treaties', () => {
    const a = engine.ask('What treaty was signed during Petrov’s first state visit to Syldavia?', { today: '2026-01-10' });
    expect(a.text).toMatch(/Treaty on Strategic Partnership/);
  });
});
