// "What did they sign in 2010?" asks for a signing in 2010: a unit dated by a period around it ("40 documents
// signed between 1993 and 2013") does not say one happened then. A unit dated inside the year still answers.
import { describe, expect, it } from 'vitest';
import { country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'The legal base of Syldavian-Bordurian relations consists of 40 documents, signed during the period between 1993 and 2013.',
    'In March 2007 Syldavia and Borduria signed an agreement on customs cooperation.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  { published: '2020-03-01' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a stage asked of a date', () => {
  it('is not answered by a period around the date', () => {
    expect(ask('What did Syldavia and Borduria sign in 2010?').answered).toBe(false);
  });

  it('is answered by a unit dated inside it', () => {
    expect(ask('What did Syldavia and Borduria sign in 2007?').text).toMatch(/customs/);
  });

  it('leaves the period to questions of it', () => {
    expect(ask('How many documents did Syldavia and Borduria sign between 1993 and 2013?').text).toMatch(/40/);
  });
});
