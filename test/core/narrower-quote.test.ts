// Two curated facts of one sentence: one quotes it whole, the other the clause that says one thing of it. A question
// about that one thing is answered by the clause; a question about the rest still by the whole sentence.
import { describe, expect, it } from 'vitest';
import { country, curated, place, source, textEngine } from '../fixtures/text-base.js';

const sentence = 'The mission of Borduria, which received the Embassy status in January 2001, operates in Szohod as an independent Mission since April 1998.';
const clause = 'The mission of Borduria, which received the Embassy status in January 2001';
const engine = textEngine(
  [source('atlas', 'Relations of Syldavia with Borduria', '2020-03-01', [sentence])],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia'), place('szohod', 'Szohod')],
  [
    { ...curated('mission-1998', 'mission', ['bo', 'sy', 'szohod'], sentence, 'atlas'), date: { on: '1998-04' } },
    { ...curated('embassy-2001', 'mission', ['bo', 'sy', 'szohod'], clause, 'atlas'), date: { on: '2001-01' } },
  ],
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a fact quoting a part of another fact’s sentence', () => {
  it('answers what its part says, though the whole sentence holds the same words', () => {
    const a = ask('When did the Bordurian mission in Szohod get the status of an embassy?');
    expect(a.text).toMatch(/^January 2001/);
    expect(a.citations.map((c) => c.quote)).toEqual([clause]);
  });

  it('leaves the whole sentence to answer what only it says', () => {
    expect(ask('Since when has the Bordurian mission operated in Szohod as an independent mission?').text).toMatch(/^April 1998/);
  });
});
