// "When did Petrov become prime minister?" is not answered by his appointment as foreign minister: a word before an
// office that says which one it is (the lexicon's `portfolios`) must be in the unit.
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  ['Ivan Petrov was appointed Foreign Minister of Syldavia on 15 October 2020.', 'Anna Kovac became Prime Minister of Borduria on 3 May 2019.'],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    person('petrov', 'Ivan Petrov', 'sy', 'Petrov'),
    person('kovac', 'Anna Kovac', 'bo', 'Kovac'),
  ],
  { published: '2024-01-10' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('the word that says which office', () => {
  it('must be in the unit', () => {
    const a = ask('When did Petrov become prime minister?');
    expect(a.answered).toBe(false);
  });

  it('is met by the unit that has it', () => {
    expect(ask('When did Petrov become foreign minister?').text).toMatch(/^15 October 2020/);
    expect(ask('When did Kovac become prime minister?').text).toMatch(/^3 May 2019/);
  });
});

describe('a unit that names no office', () => {
  const told = reportEngine(
    [
      'The foreign ministers of Syldavia and Borduria discussed the agreements reached in recent years.',
      'Particular attention was paid to the preparation of the seventh meeting of the Joint Council between Syldavia and Borduria.',
    ],
    [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
    { published: '2024-01-10' },
  );
  it('may tell what the office holders did', () => {
    expect(told.ask('Which meeting of the Joint Council were the Syldavian and Bordurian foreign ministers preparing?', { today: '2026-01-10' }).text).toMatch(
      /seventh meeting/,
    );
  });
});
