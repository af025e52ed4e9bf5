// Follow-ups over made-up sources: what a follow-up's words add to the question it is made to be — the side
// a "who … for X" asks about, the event an ellipsis asks after, whose a possessive makes it.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import type { Fact } from '../../src/core/schema.js';
import { askInThread, country, person, source, textEngine } from '../fixtures/text-base.js';

const NOW = '2026-01-10T12:00:00Z';

const thread = (engine: Engine, ...questions: string[]) => askInThread(engine, questions, NOW);

const entities = [
  country('bo', 'Borduria', 'Bordurian', 'Republic of Borduria'),
  country('sy', 'Syldavia', 'Syldavian', 'Republic of Syldavia'),
  person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
];

describe('"who signed it for X?"', () => {
  const quote =
    'The Treaty on Friendship between the Republic of Borduria and the Republic of Syldavia was signed in 1994 as a result of President Ivan Petrov’s visit to Syldavia.';
  const treaty: Fact = {
    id: 'friendship-treaty',
    kind: 'treaty',
    title: 'Treaty on Friendship between the Republic of Borduria and the Republic of Syldavia',
    summary: quote,
    entities: ['bo', 'sy', 'petrov'],
    status: 'done',
    keywords: [],
    quotes: [quote],
    source: 'gazette',
  };
  const engine = textEngine([source('gazette', 'Borduria and Syldavia', '2021-05-01', [quote])], entities, [treaty]);

  it('names no one of another side', () => {
    const [what, signed] = thread(engine, 'What is the Treaty on Friendship?', 'who signed it for Syldavia?');
    expect(what?.answered).toBe(true);
    expect(signed?.answered).toBe(false);
    expect(signed?.lead ?? '').not.toMatch(/Petrov/);
  });

  it('keeps the question words of a slot asked after a decline together', () => {
    const [, , articles] = thread(engine, 'What is the Treaty on Friendship?', 'who signed it for Syldavia?', 'how many articles does it have?');
    expect(articles?.answered).toBe(false);
  });
});
