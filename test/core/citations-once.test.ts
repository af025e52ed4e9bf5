// Two facts read from one sentence (a trade figure and its growth) cite it once: an answer drawing on both
// showed the same quote twice.
import { describe, expect, it } from 'vitest';
import { citationsFor } from '../../src/core/answer.js';
import { country, curated, source, textEngine } from '../fixtures/text-base.js';

const sentence = 'They noted a 7.4% increase in trade volume last year, reaching $1.2 billion.';
const engine = textEngine(
  [source('s', 'Trade report', '2025-02-12', [sentence, 'Trade with Borduria exceeded $1 billion.'])],
  [country('bo', 'Borduria'), country('sy', 'Syldavia')],
  [
    curated('volume', 'trade', ['sy', 'bo'], sentence, 's'),
    curated('growth', 'trade', ['sy', 'bo'], sentence, 's'),
    curated('other', 'trade', ['sy', 'bo'], 'Trade with Borduria exceeded $1 billion.', 's'),
  ],
);

describe('citations', () => {
  it('quote a sentence once however many facts are read from it', () => {
    const facts = ['volume', 'growth', 'other'].map((id) => engine.kb.factById(id)!);
    expect(citationsFor(engine.kb, facts).map((c) => [c.factId, c.quote])).toEqual([
      ['volume', sentence],
      ['other', 'Trade with Borduria exceeded $1 billion.'],
    ]);
  });
});
