// Words that carry nothing a source must say ("make", "already") and derived forms ("consular") do not make a
// question unanswerable. Over a made-up source.
import { describe, expect, it } from 'vitest';
import { country, person, place, source, textEngine } from '../fixtures/text-base.js';

const entities = [
  country('bo', 'Borduria', 'Bordurian'),
  country('sy', 'Syldavia', 'Syldavian'),
  person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
  place('klow', 'Klow'),
];
const engine = textEngine(
  [
    source('news', 'Bordurian news', '2021-05-01', [
      'From 2005 to 2009 Ivan Petrov was the Bordurian consul in Klow.',
      'In June 2000 Ivan Petrov paid his first official visit to Syldavia.',
    ]),
  ],
  entities,
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('neutral and derived words', () => {
  it('reads "consular" as the consul', () => {
    expect(ask('Where did Petrov serve as a consular officer?').lead).toBe('Klow');
  });

  it('leaves "make" and "already" out of what must be found', () => {
    expect(ask('When did Petrov make his first official visit to Syldavia?').lead).toBe('June 2000');
    expect(ask('has Petrov already visited Syldavia?').answered).toBe(true);
  });
});
