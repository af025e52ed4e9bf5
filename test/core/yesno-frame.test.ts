// "And the Klow Agreement in 1997?" after a yes/no question: asked yes or no as the one before was. Made-up sources.
import { describe, expect, it } from 'vitest';
import { askInThread, country, place, reportEngine } from '../fixtures/text-base.js';

const entities = [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), place('klow', 'Klow')];

describe('a new subject after a yes/no question', () => {
  const engine = reportEngine(
    [
      'The Klow Agreement on Friendship between Syldavia and Borduria was signed on July 12, 1996.',
      'The Agreement between Syldavia and Borduria on Good-Neighbourly Relations was signed on May 26, 2004.',
    ],
    entities,
    { published: '2020-11-20' },
  );

  it('keeps the yes/no frame of the question before', () => {
    const [first, next] = askInThread(engine, [
      'Was the Good-Neighbourly Relations agreement between Syldavia and Borduria signed in 2004?',
      'and the Klow Agreement in 1997?',
    ]);
    expect(first!.lead).toMatch(/^Yes/);
    expect(next!.lead).toMatch(/^No/);
    expect(next!.text).toMatch(/1996/);
  });
});
