// "Когда он встречался с Брауном?" reads "when he meeting Braun": a subject pronoun before an occasion word is
// no "that meeting" (the lexicon's followUp.nounPointers), so the meeting stays what is asked about.
import { describe, expect, it } from 'vitest';
import { askInThread, country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Foreign Minister of Syldavia Ivan Petrov arrived in Klow on 3 March 2024.',
    'During the visit, Petrov met with Bordurian Foreign Minister Karl Braun.',
    'Karl Braun said that trade between Syldavia and Borduria rose by 7% last year.',
  ],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    person('petrov', 'Ivan Petrov', 'sy', 'Petrov'),
    person('braun', 'Karl Braun', 'bo', 'Braun', 'Браун', 'Брауном'),
  ],
  { published: '2024-03-05' },
);

describe('a subject pronoun before an occasion word', () => {
  it('keeps the occasion in the question', () => {
    const [, when] = askInThread(engine, ['Who is the foreign minister of Syldavia?', 'when he meeting Braun']);
    expect(when!.text).not.toMatch(/7%|last year/);
    expect(when!.facts.map((f) => f.quotes[0])).toContain('During the visit, Petrov met with Bordurian Foreign Minister Karl Braun.');
  });

  it('is still no source reference in Russian', () => {
    const [, when] = askInThread(engine, ['Who is the foreign minister of Syldavia?', 'Когда он встречался с Брауном?']);
    expect(when!.text).not.toMatch(/7%/);
  });
});
