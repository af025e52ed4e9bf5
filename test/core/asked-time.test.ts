// A date the question names bounds what answers it: a follow-up of another year is not answered by the fact
// before, a count of a longer period says nothing of a part of it, and "was there one in 2008?" replaces the date
// of the question before rather than adding to it.
import { describe, expect, it } from 'vitest';
import { askInThread, country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'In September 2022, four days of fighting on the Bordurian-Syldavian border left dozens of people dead.',
    'The legal base of Bordurian-Syldavian relations consists of 40 documents, signed during the period between 1995 and 2015.',
    'The meetings of the Bordurian-Syldavian trade commission were held in 1998, 2001, 2004, 2006 and 2009.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  { published: '2024-01-10' },
);

describe('the time a question asks about', () => {
  it('does not answer a follow-up of another year from the fact before', () => {
    const [first, second] = askInThread(engine, [
      'How many days did the fighting on the Bordurian-Syldavian border last?',
      'and how many people died in 2010?',
    ]);
    expect(first!.text).toMatch(/four days/i);
    expect(second!.answered).toBe(false);
  });

  it('does not give a count of a longer period for a year within it', () => {
    expect(engine.ask('How many documents of the Bordurian-Syldavian legal base were signed in 2007?', { today: '2026-01-10' }).answered).toBe(false);
    expect(engine.ask('How many documents make up the Bordurian-Syldavian legal base?', { today: '2026-01-10' }).text).toMatch(/\b40\b/);
  });

  it('replaces the date of the question before in "was there one in …?"', () => {
    const [before, again] = askInThread(engine, ['How many times did the Bordurian-Syldavian trade commission meet before 2005?', 'was there one in 2008?']);
    expect(before!.text).toMatch(/^3\b/);
    expect(again!.text).toMatch(/^No\b/);
  });

  it('counts the occasions of the fact before in the time a follow-up asks', () => {
    const [, a] = askInThread(engine, ['In which years did the Bordurian-Syldavian trade commission meet?', 'how many of them before 2005?']);
    expect(a!.text).toMatch(/^3: 1998, 2001 and 2004\b/);
  });
});
