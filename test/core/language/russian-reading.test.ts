// Russian questions on small fixture bases: how a Russian wording is read into the English question, shown by the
// answer it gets. The language data is the real lang/ru; sources and entities are the few written here.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/schema.js';
import { country, source, textEngine } from '../../fixtures/text-base.js';

const organisation = (id: string, name: string, ...aliases: string[]): Entity => ({ id, type: 'organisation', name, aliases });
const BORDURIA = country('bo', 'Borduria', 'Бордурия');
const SYLDAVIA = country('sy', 'Syldavia', 'Сильдавия');
const ZEMBLA = country('ze', 'Zembla', 'Зембла');
const LEAGUE = organisation('league', 'Northern League', 'Северная лига');

describe('"входит ли X в Y": to be among or part of', () => {
  const engine = textEngine(
    [
      source('g', 'Trade', '2021-05-01', [
        'For many years, Syldavia has consistently ranked among Borduria’s top three trading partners.',
        'Borduria and Syldavia are both members of the Northern League.',
      ]),
    ],
    [BORDURIA, SYLDAVIA, ZEMBLA, LEAGUE],
  );

  it('says yes when the quote has the country among them, though it says no "member"', () => {
    const a = engine.ask('входит ли сильдавия в тройку крупнейших торговых партнеров бордурии');
    expect(a.lead).toBe('Да');
  });

  it('asks a yes/no of names only of the names together, in English and in Russian', () => {
    expect(engine.ask('Is Syldavia in the Northern League?').lead).toBe('Yes');
    expect(engine.ask('Is Zembla in the Northern League?').answered).toBe(false);
    expect(engine.ask('входит ли зембла в северную лигу').answered).toBe(false);
  });
});

describe('"по данным МИД …", "per the … MFA": the body named is the source, not what is asked about', () => {
  const ministry = organisation('bo-mfa', 'Bordurian Foreign Ministry', 'Bordurian MFA', 'МИД Бордурии');
  const engine = textEngine(
    [
      {
        ...source('mfa', 'Relations with Syldavia', '2020-02-01', [
          'Borduria and Syldavia coordinate their foreign policy through cooperation in the UN and the OSCE.',
        ]),
        publisher: 'Bordurian Foreign Ministry',
      },
      source('herald', 'Neighbours', '2021-03-01', ['Borduria and Syldavia cooperate within the framework of the Northern League.']),
    ],
    [BORDURIA, SYLDAVIA, LEAGUE, ministry, organisation('un', 'United Nations', 'UN'), organisation('osce', 'OSCE')],
  );

  it.each([
    'Within which organisations do Borduria and Syldavia coordinate foreign policy, per the Bordurian MFA?',
    'в рамках каких организаций сотрудничают бордурия и сильдавия по данным мид бордурии',
  ])('answers "%s" from that body\'s documents', (q) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.source.id)).toEqual(['mfa']);
  });
});

describe('a Russian word the lexicon does not translate', () => {
  const engine = textEngine(
    [
      source('g', 'Borders', '2021-05-01', [
        'Numerous enclaves lie in the Green Valley, where the border of Borduria and Syldavia is most complicated.',
        'Borduria and Syldavia signed a border agreement in 2019.',
        'King Ottokar visited Syldavia on 3 May 2018.',
      ]),
    ],
    [BORDURIA, SYLDAVIA],
  );

  it('is no unknown name when it is an ordinary word ("на стыке границ")', () => {
    const a = engine.ask('в какой долине много анклавов на стыке границ бордурии и сильдавии');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Green Valley/);
  });

  it('is still a name when it is none ("вауххаус")', () => {
    expect(engine.ask('в какой долине много анклавов вауххауса на границе бордурии и сильдавии').answered).toBe(false);
  });
});

describe('"ежедневно пересекает", "daily": every day, and crossing', () => {
  const report = source('tr', 'Border trade', '2024-06-01', ['Every day about 2,500 trucks cross the Borduria-Zembla border.']);
  const engine = textEngine([report], [BORDURIA, ZEMBLA]);
  const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

  it('answers in either language', () => {
    expect(ask('Сколько грузовиков ежедневно пересекает границу Бордурии и Земблы?').text).toMatch(/2,500/);
    expect(ask('How many trucks cross the Borduria-Zembla border daily?').text).toMatch(/^About 2,500 trucks/);
  });
});
