// Facts that answer the same thing (`about`), on a base of its own: all are cited, and sides stating different
// values become a conflict, said with each source's publisher; sides that agree, or state nothing, are support.
import { readFormat, readTemplates } from '../../src/core/language/read-wording.js';
import { describe, expect, it } from 'vitest';
import { conflictText, withSameAbout } from '../../src/core/compose.js';
import { buildKnowledge } from '../../src/core/knowledge-build.js';
import type { SourceDoc } from '../../src/core/load.js';
import { readPassageLanguage } from '../../src/core/passages/index.js';
import { type Fact, lexiconSchema } from '../../src/core/schema.js';

const source = (id: string, publisher: string, text: string): SourceDoc => ({
  id,
  title: id,
  publisher,
  url: '',
  language: 'en',
  published: { date: '2020-01-01' },
  text,
});
const A = 'The border is 971 km long.';
const B = 'The border stretches for 970 km.';
const C = 'The border was discussed at length.';
const D = 'The railway is 120 km long.';
const E = 'The railway runs for 120 km.';
const fact = (id: string, src: string, quote: string, over: Partial<Fact>): Fact => ({
  id,
  kind: 'border',
  title: id,
  summary: id,
  entities: ['kz'],
  status: 'done',
  keywords: [],
  quotes: [quote],
  source: src,
  ...over,
});
const facts = [
  fact('length-a', 'a', A, { about: 'border-length', value: { text: '971 km' } }),
  fact('length-b', 'b', B, { about: 'border-length', value: { text: '970 km' } }),
  fact('talks', 'b', C, { about: 'border-length' }),
  fact('rail-a', 'a', D, { about: 'rail-length', value: { text: '120 km' } }),
  fact('rail-b', 'b', E, { about: 'rail-length', value: { text: '120 km' } }),
  fact('alone', 'a', D, { kind: 'event' }),
];
const kb = buildKnowledge({
  passageLanguage: readPassageLanguage(),
  templates: readTemplates(),
  format: readFormat(),
  sources: [source('a', 'Kazinform', `${A}\n\n${D}\n`), source('b', 'The Ministry', `${B}\n\n${C}\n\n${E}\n`)],
  entities: [{ id: 'kz', type: 'country', name: 'Kazakhstan', aliases: [] }],
  facts,
  intents: [],
  lexicon: lexiconSchema.parse({ stopwords: [], synonyms: {}, asks: {}, exclusions: [] }),
});
const byId = (id: string) => facts.find((f) => f.id === id)!;

describe('withSameAbout', () => {
  it('cites every fact of the group, and makes the differing values a conflict', () => {
    const { facts: cited, conflicts } = withSameAbout(kb, [byId('length-a')]);
    expect(cited.map((f) => f.id)).toEqual(['length-a', 'length-b', 'talks']);
    expect(conflicts).toEqual([
      {
        about: 'border-length',
        sides: [
          {
            factId: 'length-a',
            says: '971 km',
            citation: expect.objectContaining({ factId: 'length-a', quote: A, source: expect.objectContaining({ id: 'a' }) }),
          },
          {
            factId: 'length-b',
            says: '970 km',
            citation: expect.objectContaining({ factId: 'length-b', quote: B, source: expect.objectContaining({ id: 'b' }) }),
          },
        ],
      },
    ]);
  });

  it('finds no conflict where the sides agree, or for a fact in no group; the fact chosen leads its group', () => {
    expect(withSameAbout(kb, [byId('rail-b')])).toMatchObject({ facts: [{ id: 'rail-b' }, { id: 'rail-a' }], conflicts: [] });
    expect(withSameAbout(kb, [byId('rail-a')])).toMatchObject({ facts: [{ id: 'rail-a' }, { id: 'rail-b' }], conflicts: [] });
    expect(withSameAbout(kb, [byId('alone')])).toMatchObject({ facts: [{ id: 'alone' }], conflicts: [] });
  });
});

describe('conflictText', () => {
  it("says each side with its source's publisher", () => {
    expect(conflictText(kb, withSameAbout(kb, [byId('length-b')]).conflicts)).toBe('Sources differ — Kazinform: 971 km; The Ministry: 970 km.');
  });
});
