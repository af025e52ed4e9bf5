// The knowledge base's indexes, on a corpus of its own: two countries, one source of two sentences, each quoted
// by a curated fact. Facts are found by entity, year, month-day, term and about group; names by alias, typo or not.
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge.js';
import type { SourceDoc } from '../../src/core/load.js';
import { readPassageLanguage } from '../../src/core/passages/index.js';
import { type Entity, type Fact, lexiconSchema } from '../../src/core/schema.js';

const kz: Entity = { id: 'kz', type: 'country', name: 'Kazakhstan', aliases: ['Republic of Kazakhstan'] };
const tj: Entity = { id: 'tj', type: 'country', name: 'Tajikistan', aliases: [] };
const far: Entity = { id: 'far', type: 'country', name: 'Farawaystan', aliases: [] };
const FIRST = 'Tajikistan and Kazakhstan established diplomatic relations on 7 January 1993.';
const SECOND = 'Kazakhstan opened an embassy in Dushanbe on 14 January 1994.';
const source: SourceDoc = {
  id: 's1',
  title: 'Relations',
  publisher: 'The Ministry',
  url: '',
  language: 'en',
  published: { date: '2020-01-01' },
  text: `${FIRST}\n\n${SECOND}\n`,
};
const fact = (id: string, over: Partial<Fact>): Fact => ({
  id,
  kind: 'event',
  title: id,
  summary: id,
  entities: ['kz'],
  status: 'done',
  keywords: [],
  quotes: [],
  source: 's1',
  ...over,
});
const facts = [
  fact('relations', { kind: 'relations', entities: ['tj', 'kz'], date: { on: '1993-01-07' }, quotes: [FIRST], about: 'kz-tj-relations' }),
  fact('embassy', { entities: ['kz'], date: { on: '1994-01-14' }, quotes: [SECOND], keywords: ['mission'] }),
];
const kb = new KnowledgeBase({
  passageLanguage: readPassageLanguage(),
  sources: [source],
  entities: [kz, tj, far],
  facts,
  intents: [],
  lexicon: lexiconSchema.parse({ stopwords: ['and', 'on', 'an', 'in', 'the'], synonyms: {}, asks: {}, exclusions: [] }),
});
const ids = (positions: readonly number[]) => positions.map((i) => kb.facts[i]!.id);

describe('KnowledgeBase', () => {
  it('holds the curated facts, and no passage unit for sentences they quote', () => {
    expect(kb.facts.map((f) => f.id)).toEqual(['relations', 'embassy']);
    expect(kb.factById('embassy')).toBe(facts[1]);
    expect(kb.factById('nothing')).toBeUndefined();
  });

  it('finds facts by entity, year and day of the year', () => {
    expect([ids(kb.factsWithEntity('kz')), ids(kb.factsWithEntity('tj')), ids(kb.factsWithEntity('far'))]).toEqual([
      ['relations', 'embassy'],
      ['relations'],
      [],
    ]);
    expect([ids(kb.factsInYear(1993)), ids(kb.factsInYear(1994)), ids(kb.factsInYear(1995))]).toEqual([['relations'], ['embassy'], []]);
    expect([ids(kb.factsOnMonthDay('01-14')), ids(kb.factsOnMonthDay('01-07')), ids(kb.factsOnMonthDay('02-01'))]).toEqual([['embassy'], ['relations'], []]);
  });

  it('finds facts by a term of their quotes or keywords', () => {
    expect([ids(kb.factsWithTerm('embassy')), ids(kb.factsWithTerm('mission')), ids(kb.factsWithTerm('treaty'))]).toEqual([['embassy'], ['embassy'], []]);
    expect([kb.hasTerm(0, 'diplomatic'), kb.hasTerm(1, 'diplomatic')]).toEqual([true, false]);
  });

  it('weighs a rarer term more', () => {
    expect(kb.weight('embassy')).toBeGreaterThan(0);
    expect(kb.weight('treaty')).toBeGreaterThan(kb.weight('embassy'));
  });

  it('groups facts by what they answer', () => {
    expect(kb.sameAbout(facts[0]!).map((f) => f.id)).toEqual(['relations']);
    expect(kb.sameAbout(facts[1]!).map((f) => f.id)).toEqual(['embassy']);
  });

  it('knows the entities by name and alias, folded, and only those facts refer to as typo targets', () => {
    expect([kb.alias('kazakhstan')?.id, kb.alias('republic of kazakhstan')?.id, kb.alias('dushanbe')]).toEqual(['kz', 'kz', undefined]);
    expect(kb.aliasWordsFrom('republic')).toBe(3);
    expect([...kb.inScope].sort()).toEqual(['kz', 'tj']);
    expect(kb.fuzzyAlias('kazakstan')?.entity.id).toBe('kz');
    expect(kb.fuzzyAlias('farawaystn')).toBeUndefined();
  });

  it('names a source it has, and refuses one it has not', () => {
    expect(kb.source('s1').title).toBe('Relations');
    expect(() => kb.source('s9')).toThrow('unknown source s9');
  });
});
