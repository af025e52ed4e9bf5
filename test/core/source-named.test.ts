// Questions that name their source by its year ("per the 2023 Gazette report"), and "which organisations"
// questions, which only a sentence naming an organisation answers.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/schema.js';
import { country, source, textEngine } from '../fixtures/text-base.js';

const ARLAND = country('arland', 'Arland', 'Arlandian');
const BORVIA = country('borvia', 'Borvia', 'Borvian');
const organisation = (id: string, name: string, ...aliases: string[]): Entity => ({ id, type: 'organisation', name, aliases });

describe('a year before a document noun dates the source, not the event', () => {
  const engine = textEngine(
    [
      source('g19', 'Arland and Borvia', '2019-05-01', ['Arland and Borvia signed a trade agreement on 3 March 2015.']),
      source('g23', 'Arland and Borvia again', '2023-05-01', ['Arland and Borvia signed a water agreement on 4 April 2021.']),
    ],
    [ARLAND, BORVIA],
  );

  it('answers from the source published that year', () => {
    const answer = engine.ask('what agreement did Arland and Borvia sign, per the 2023 Gazette report?', { today: '2025-01-01' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/water/);
    expect(answer.citations.map((c) => c.source.id)).toEqual(['g23']);
  });

  it('still reads a year that dates the event', () => {
    const answer = engine.ask('what agreement did Arland and Borvia sign in 2015?', { today: '2025-01-01' });
    expect(answer.text).toMatch(/trade/);
  });
});

describe('"which organisations" is answered only by a sentence that names one', () => {
  const sentences = ['Arland and Borvia cooperate closely within these organisations on many regional issues.'];

  it('declines when the sentence names none', () => {
    const engine = textEngine([source('n', 'Arland and Borvia', '2020-01-01', sentences)], [ARLAND, BORVIA]);
    expect(engine.ask('which organisations do Arland and Borvia cooperate in?', { today: '2025-01-01' }).answered).toBe(false);
  });

  it('answers with the organisation a sentence names', () => {
    const engine = textEngine(
      [source('n', 'Arland and Borvia', '2020-01-01', [...sentences, 'Arland and Borvia also cooperate within such organisations as the Northern League.'])],
      [ARLAND, BORVIA, organisation('northern-league', 'Northern League')],
    );
    const answer = engine.ask('which organisations do Arland and Borvia cooperate in?', { today: '2025-01-01' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Northern League/);
  });
});
