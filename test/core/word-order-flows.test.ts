// "What does Syldavia mostly export?": an adverb between a country and its verb (the lexicon's `adverbs`) leaves the
// verb the country's; and Borduria's exports to Syldavia are what Syldavia imports from Borduria.
import { describe, expect, it } from 'vitest';
import { country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  ['The main export articles of Syldavia are timber and cheese.', 'The main import articles of Syldavia from Borduria are grain and flour.'],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  { published: '2024-01-10' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('an adverb before the verb', () => {
  it('leaves the verb to the country before it', () => {
    expect(ask('What does Borduria mainly sell to Syldavia?').text).toMatch(/grain/);
    expect(ask('What does Syldavia mostly export?').text).toMatch(/timber/);
  });
});

// The lexicon's `converses`: "the import articles of Syldavia from Borduria" are Borduria's exports.
describe('a flow seen from its other end', () => {
  it('answers for the country at that end', () => {
    expect(ask('What does Borduria sell to Syldavia?').text).toMatch(/grain/);
    expect(ask('What does Syldavia buy from Borduria?').text).toMatch(/grain/);
  });

  it('is not the flow the other way', () => {
    expect(ask('What does Syldavia sell to Borduria?').text).not.toMatch(/grain/);
  });
});
