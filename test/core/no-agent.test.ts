// "Who signed it?" of "He commended the Treaty on Friendship signed the previous year": the sentence names no
// signer, and the one it names commended the treaty. A sentence with its signers still names them.
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'President Karl Braun commended the Treaty on Friendship signed the previous year, which he described as a milestone.',
    'In March 2004 Ivan Petrov signed the Agreement on Customs Cooperation in Klow.',
  ],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    person('petrov', 'Ivan Petrov', 'sy', 'Petrov'),
    person('braun', 'Karl Braun', 'bo', 'Braun'),
  ],
  { published: '2025-02-12' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('who did a stage', () => {
  it('is not someone a sentence names doing something else', () => {
    expect(ask('Who signed the Treaty on Friendship?').lead).not.toBe('Karl Braun');
  });

  it('is the one a sentence names doing it', () => {
    expect(ask('Who signed the Agreement on Customs Cooperation?').lead).toBe('Ivan Petrov');
  });
});
