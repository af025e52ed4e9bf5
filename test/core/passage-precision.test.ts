// Slots read from a passage's own words, where a near reading would give a neighbouring fact: the party "for" a
// country, a joint statement (a document, not a saying), and the date of a signing next to a year in a title.
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine } from '../fixtures/text-base.js';

const entities = [
  country('kyrgyzstan', 'Kyrgyzstan', 'Kyrgyz'),
  country('uzbekistan', 'Uzbekistan', 'Uzbek'),
  country('tajikistan', 'Tajikistan', 'Tajik'),
  person('ali-karimov', 'Ali Karimov', 'uzbekistan', 'Karimov'),
  person('bek-osmonov', 'Bek Osmonov', 'kyrgyzstan', 'Osmonov'),
  person('jamshed-nazarov', 'Jamshed Nazarov', 'tajikistan', 'Nazarov'),
];
const engine = reportEngine(
  [
    'The Protocol on Water Sharing for the 2031 Irrigation Season was signed in Osh on May 4 by Uzbek Minister Ali Karimov, Kyrgyz Minister Bek Osmonov and Tajik Minister Jamshed Nazarov.',
    'The joint statement on Kyrgyz-Uzbek friendship was signed by Ali Karimov and Bek Osmonov.',
  ],
  entities,
  { published: '2031-05-05' },
);
const ask = (q: string) => engine.ask(q, { today: '2032-01-10' });

describe('precision of slots read from passages', () => {
  it('reads "for <one country>" as the party asked about, and "for A and B" as both', () => {
    expect(ask('Who signed the water sharing protocol for Tajikistan?').lead).toBe('Jamshed Nazarov');
    expect(ask('Who signed the water sharing protocol for the Kyrgyz side?').lead).toBe('Bek Osmonov');
    const both = ask('Who signed the water sharing protocol for Tajikistan and Kyrgyzstan?').lead;
    expect(both).toContain('Bek Osmonov');
    expect(both).toContain('Jamshed Nazarov');
  });

  it('dates a signing by the day the sentence gives, not by a year in the document’s name', () => {
    expect(ask('When was the water sharing protocol signed?').lead).toMatch(/^4 May 2031/);
  });

  it('takes a joint statement for a document that was signed, not for something someone said', () => {
    expect(ask('What did Osmonov say about friendship?').answered).toBe(false);
    expect(ask('Who signed the joint statement?').lead).toBe('Ali Karimov, Bek Osmonov');
  });
});
