// Questions that name their source by its year ("per the 2023 Gazette report"), and "which organisations"
// questions, which only a sentence naming an organisation answers.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/schema.js';
import { country, curated, person, place, source, textEngine } from '../fixtures/text-base.js';

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

describe('a list of organisations', () => {
  it('leaves out a sentence that names none of its own, though the sentence before does', () => {
    const engine = textEngine(
      [
        source('n', 'Arland and Borvia', '2020-01-01', [
          'Arland and Borvia cooperate within such organisations as the Northern League. The field of cooperation of Arland and Borvia within these organisations is very wide.',
        ]),
      ],
      [ARLAND, BORVIA, organisation('northern-league', 'Northern League')],
    );
    const answer = engine.ask('list the organisations Arland and Borvia cooperate in', { today: '2025-01-01' });
    expect(answer.text).toMatch(/Northern League/);
    expect(answer.text).not.toMatch(/field of cooperation/);
  });
});

describe("a curated title's note of the publisher is no word of the fact", () => {
  const text = [
    'ZENDA — Otto met his Borvian counterpart in Zenda on Monday.',
    'Otto said Borvia is the closest partner of Arland.',
    'Otto said trade between Arland and Borvia reached $5 million.',
  ];
  const engine = textEngine(
    [{ ...source('z', 'Otto in Zenda', '2024-03-01', text), publisher: 'The Zenda Times' }],
    [ARLAND, BORVIA, person('otto', 'Otto', 'arland'), place('zenda', 'Zenda')],
    [
      { ...curated('closest-partner', 'statement', ['otto', 'borvia', 'arland'], text[1]!, 'z'), title: 'Otto: Borvia the closest partner of Arland' },
      { ...curated('trade-volume', 'trade', ['otto', 'arland', 'borvia'], text[2]!, 'z'), title: 'Arland-Borvia trade volume (The Zenda Times)' },
    ],
  );

  it('"in Zenda" is not met by "(The Zenda Times)" in a title', () => {
    const answer = engine.ask('what did Otto call Borvia in Zenda?', { today: '2025-01-01' });
    expect(answer.facts.map((f) => f.id)).toEqual(['closest-partner']);
  });
});
