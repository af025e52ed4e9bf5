// Word order as keys and pairs, on a base of two countries and a lexicon of a few stopwords: entities and
// content terms in order, prepositions and possessives as markers, pairs of neighbours across markers only.
import { readFormat, readTemplates } from '../../src/core/language/read-wording.js';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/core/knowledge-build.js';
import { keysOf, pairsOf, type Item } from '../../src/core/neighbours.js';
import { CLAUSE_BREAK } from '../../src/core/normalise.js';
import { readPassageLanguage } from '../../src/core/passages/index.js';
import { lexiconSchema, type Entity } from '../../src/core/schema.js';

const kz: Entity = { id: 'kz', type: 'country', name: 'Kazakhstan', aliases: [] };
const kg: Entity = { id: 'kg', type: 'country', name: 'Kyrgyzstan', aliases: [] };
const kb = buildKnowledge({
  passageLanguage: readPassageLanguage(),
  templates: readTemplates(),
  format: readFormat(),
  sources: [],
  entities: [kz, kg],
  facts: [],
  intents: [],
  lexicon: lexiconSchema.parse({ stopwords: ['the', 'of', 'in', 's', 'and', 'did'], synonyms: { trade: ['commerce'] }, asks: {}, exclusions: [] }),
});
const items = (...parts: (string | Entity)[]): Item[] => parts.map((p) => (typeof p === 'string' ? { word: p } : { entity: p, text: p.name, fuzzy: false }));

describe('keysOf', () => {
  it('keeps entities and content terms in order, and drops other stopwords', () => {
    expect(keysOf(kb, items('did', kz, 'and', kg, 'sign', 'the', 'treaties'))).toEqual(['kz', 'kg', 'sign', 'treaty']);
  });

  it('maps a term through the synonyms to the stem of the head word', () => {
    expect(keysOf(kb, items(kz, 'commerce'))).toEqual(['kz', 'trad']);
  });

  it('marks "of", another preposition, a possessive and a clause break', () => {
    expect(keysOf(kb, items('the', 'capital', 'of', kz))).toEqual(['capital', '#of', 'kz']);
    expect(keysOf(kb, items('embassy', 'in', kg))).toEqual(['embassy', '#prep', 'kg']);
    expect(keysOf(kb, items(kz, 's', 'capital'))).toEqual(['kz', '#s', 'capital']);
    expect(keysOf(kb, items(kz, CLAUSE_BREAK, 'export'))).toEqual(['kz', '#break', 'export']);
  });

  it('lets a demonym qualify the noun after it, whatever preposition stands before ("by the Kazakh side")', () => {
    const demonym: Item = { entity: kz, text: 'kazakh', fuzzy: false };
    // The preposition leaves a marker, so the word before is not tied to the demonym ("students at Chinese universities").
    expect(keysOf(kb, [{ word: 'in' }, { word: 'the' }, demonym, { word: 'side' }])).toEqual(['#qualifier', 'kz', 'sid']);
    expect(keysOf(kb, items('embassy', 'in', kz))).toEqual(['embassy', '#prep', 'kz']);
  });
});

describe('pairsOf', () => {
  it('pairs each key with the next, in order', () => {
    expect([...pairsOf(['kz', 'export', 'kg'])]).toEqual(['kz>export', 'export>kg']);
  });

  it('pairs across a preposition or possessive, never across a clause break', () => {
    expect([...pairsOf(['capital', '#of', 'kz'])]).toEqual(['capital>kz']);
    expect([...pairsOf(['kz', '#s', 'capital'])]).toEqual(['kz>capital']);
    expect([...pairsOf(['kz', '#break', 'export'])]).toEqual([]);
  });

  it('adds to a set it is given', () => {
    expect([...pairsOf(['kg', 'import'], new Set(['kz>export']))]).toEqual(['kz>export', 'kg>import']);
  });
});
