// The knowledge base's indexes, on the two-fact base (test/fixtures/two-facts.ts). Facts are found by entity, year, month-day, term and about group; names by alias, typo or not.
import { describe, expect, it } from 'vitest';
import { facts, kb } from '../fixtures/two-facts.js';

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
