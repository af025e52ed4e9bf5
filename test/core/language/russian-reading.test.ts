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
