// Follow-ups over made-up sources: "that page" keeps to the source of the answer before, and a subject
// carried from before is narrowed when the answer before did not name all of it.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { askInThread, country, person, source, textEngine } from '../fixtures/text-base.js';

const NOW = '2026-01-10T12:00:00Z';

const thread = (engine: Engine, ...questions: string[]) => askInThread(engine, questions, NOW);

const entities = [
  country('bo', 'Borduria', 'Bordurian'),
  country('sy', 'Syldavia', 'Syldavian'),
  country('ze', 'Zembla', 'Zemblan'),
  person('petrov', 'Ivan Petrov', 'ze', 'Petrov'),
];

describe('"that page"', () => {
  const engine = textEngine(
    [
      source('gazette', 'Borduria and Syldavia', '2021-05-01', [
        'Borduria and Syldavia established diplomatic relations on 3 March 1994.',
        'A joint commission of Borduria and Syldavia on trade met in 1999 and 2004.',
      ]),
      source('herald', 'Syldavian trade', '2022-02-01', ['A joint commission of Borduria and Syldavia on fisheries met in 2010 and 2012.']),
    ],
    entities,
  );

  it('keeps to the source the answer before came from', () => {
    const [relations, commission] = thread(engine, 'When did Borduria and Syldavia establish relations?', 'and which commission does that page name?');
    expect(relations?.lead).toBe('3 March 1994');
    expect(commission?.answered).toBe(true);
    expect(commission?.citations.map((c) => c.source.id)).toEqual(['gazette']);
    expect(commission?.text).toMatch(/on trade/);
  });
});

describe('a subject carried from before', () => {
  const engine = textEngine(
    [
      source('talks', 'Zembla mediates between Borduria and Syldavia', '2021-05-01', [
        'Ivan Petrov said a solution for the use of the Klow road had been agreed by Borduria and Syldavia.',
      ]),
      source('roads', 'Borduria and Syldavia', '2021-06-01', ['The Klow road crosses Syldavian territory and links Borduria with its enclave.']),
    ],
    entities,
  );

  it('drops a name the answer before did not name when nothing is found with it', () => {
    const [said, road] = thread(engine, 'What did Zembla say about Borduria and Syldavia?', 'and which territory does that road cross?');
    expect(said?.citations.map((c) => c.source.id)).toEqual(['talks']);
    expect(road?.answered).toBe(true);
    expect(road?.citations.map((c) => c.source.id)).toEqual(['roads']);
  });

  it('keeps every name after a decline, which tells nothing about them', () => {
    const [first, road] = thread(engine, 'Who won the football match between Zembla, Borduria and Syldavia?', 'and which territory does that road cross?');
    expect(first?.answered).toBe(false);
    expect(road?.answered).toBe(false);
  });
});
