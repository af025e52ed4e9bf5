// Russian questions about a source whose entities have Latin names only, as a source pack brings them: the
// Cyrillic names (in any case, typed in lowercase) are found by transliteration and fuzzy matching, with no
// Russian alias added. The base is a fixture: one source, its entities, and the real language data.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/load.js';
import { person, place, source, textEngine } from '../../fixtures/text-base.js';

const real = loadCorpus();
const SIGNED =
  'The agreement on the Uzbek-Kyrgyz state border was signed by Uzbek President Shavkat Mirziyoyev and Kyrgyz President Almazbek Atambayev on 5 September 2017.';
const ROUTE = 'A bus route between Tashkent and Osh opened in October 2017.';
const packEntities = [
  person('shavkat-mirziyoyev', 'Shavkat Mirziyoyev', 'uzbekistan', 'Mirziyoyev', 'Mirziyoev'),
  person('almazbek-atambayev', 'Almazbek Atambayev', 'kyrgyzstan', 'Atambayev', 'Atambaev'),
  { ...place('tashkent', 'Tashkent'), country: 'uzbekistan' },
  { ...place('osh', 'Osh'), country: 'kyrgyzstan' },
];
const countries = real.entities.filter((e) => e.id === 'uzbekistan' || e.id === 'kyrgyzstan');
const engine = textEngine(
  [source('pk1', 'Uzbekistan, Kyrgyzstan sign agreement on state border', '2017-09-06', [SIGNED, ROUTE])],
  [...countries, ...packEntities],
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('Russian questions about names with Latin aliases only', () => {
  it('finds an inflected Cyrillic name typed in lowercase', () => {
    const a = ask('когда мирзиёев и атамбаев подписали соглашение о границе');
    expect(a.answered).toBe(true);
    expect(a.lead).toBe('5 сентября 2017 г.');
    expect(a.citations[0]?.quote).toBe(SIGNED);
  });

  it('names the signers by their English names when they have no Russian one', () => {
    const a = ask('кто подписал соглашение об узбекско-кыргызской границе?');
    expect(a.lead).toBe('Shavkat Mirziyoyev, Almazbek Atambayev');
  });

  it('finds a Cyrillic place name ("Ташкентом")', () => {
    const a = ask('когда открылся автобусный маршрут между Ташкентом и Ошем');
    expect(a.lead).toBe('в октябре 2017 г.');
    expect(a.citations[0]?.quote).toBe(ROUTE);
  });
});
