// "Is grain among Syldavia's exports?" is not answered by Syldavia's imports, whose words may name the other
// country's exports: a flow is its country and its direction together.
import { describe, expect, it } from 'vitest';
import { askInThread, country, curated, source, textEngine } from '../fixtures/text-base.js';

const sentences = ['The main Syldavian export articles are cotton and aluminium.', 'The main import articles of Syldavia from Borduria are grain and flour.'];
const engine = textEngine(
  [source('s', 'Syldavian trade', '2024-01-10', sentences)],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  [
    {
      ...curated('sy-exports', 'trade', ['sy', 'bo'], sentences[0]!, 's'),
      title: 'Syldavia’s main export articles',
      keywords: ['exports', 'Borduria imports from Syldavia'],
    },
    {
      ...curated('sy-imports', 'trade', ['sy', 'bo'], sentences[1]!, 's'),
      title: 'Syldavia’s main imports from Borduria',
      keywords: ['imports', 'Bordurian exports'],
    },
  ],
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('the direction of a trade flow', () => {
  it('does not confirm an export from the imports', () => {
    const a = ask('Is grain among Syldavia’s main export articles?');
    expect(a.text).not.toMatch(/^Yes/);
    expect(a.citations.map((c) => c.quote)).not.toContain(sentences[1]);
  });

  it('still answers each direction as asked', () => {
    expect(ask('Is cotton among Syldavia’s main export articles?').text).toMatch(/^Yes/);
    expect(ask('What does Borduria export to Syldavia?').text).toMatch(/grain/);
    expect(ask('What does Syldavia import from Borduria?').text).toMatch(/grain/);
  });
});

describe('"them" after the answer on one country', () => {
  it('is what that answer was about, not the country', () => {
    const [, a] = askInThread(engine, ['What does Syldavia mainly export?', 'is grain one of them?']);
    expect(a!.text).not.toMatch(/^Yes/);
    expect(a!.citations.map((c) => c.quote)).not.toContain(sentences[1]);
  });
});
