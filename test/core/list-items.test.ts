// What is an item of a list of events: each event once, in date order, only those the question binds to its
// country, and never a sentence that speaks of the kind in general.
import { describe, expect, it } from 'vitest';
import { country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const BANK = 'An agreement on a joint bank was signed during the official visit of the Bordurian President to Syldavia in May 2005.';
const engine = textEngine(
  [
    source('s', 'Borduria and Syldavia', '2021-05-01', [
      'In 1999 Syldavia’s King Ottokar paid a state visit to Borduria.',
      'King Ottokar visited Borduria again in 2003.',
      'Bordurian President Ivan Petrov paid an official visit to Syldavia in May 2005.',
      BANK,
      'Syldavian President Karl Braun visited Borduria in 2010.',
      'The visits of the heads of the states became the main events in fostering relations.',
    ]),
  ],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    person('ottokar', 'King Ottokar', 'sy', 'Ottokar'),
    person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
  ],
  // Another kind's fact that tells of the visit's day: the list has the visit already.
  [
    {
      ...curated('bank-agreement', 'treaty', ['bo', 'sy'], BANK, 's'),
      title: 'Official visit of the Bordurian President and the joint bank agreement',
      date: { on: '2005-05' },
    },
  ],
);
const items = (q: string) => (engine.ask(q, { today: '2026-01-10' }).text.match(/^• .*/gmu) ?? []).map((line) => line.slice(2));

describe('the items of a list', () => {
  it('are each event once, in date order, and no sentence on the kind in general', () => {
    const listed = items('List all visits between Borduria and Syldavia');
    expect(listed.map((i) => i.slice(0, 8))).toEqual(['1999 — I', '2003 — K', 'May 2005', '2010 — S']);
  });

  it('leave out a visit the sources bind to another country', () => {
    const listed = items('List the visits to Borduria');
    expect(listed.map((i) => i.slice(0, 4))).toEqual(['1999', '2003', '2010']);
  });

  it('make the timeline of a kind of event, with the words that pick the items ("presidential")', () => {
    const listed = items('Give me a timeline of presidential visits between Borduria and Syldavia');
    expect(listed.map((i) => i.slice(0, 8))).toEqual(['May 2005', '2010 — S']);
  });
});

describe('a list from the source a question names', () => {
  const herald = {
    ...source('h', 'Syldavian herald', '2022-01-01', ['King Ottokar visited Borduria in 2011.', 'King Ottokar visited Borduria again in 2015.']),
    publisher: 'The Herald',
  };
  const gazette = source('g', 'Bordurian gazette', '2021-05-01', ['King Ottokar visited Borduria in 1999.', 'King Ottokar visited Borduria again in 2003.']);
  const heraldBody = { id: 'herald', type: 'organisation' as const, name: 'The Herald', aliases: ['Herald'] };
  const both = textEngine(
    [herald, gazette],
    [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('ottokar', 'King Ottokar', 'sy', 'Ottokar'), heraldBody],
  );

  it('holds only that source’s items', () => {
    const a = both.ask('List Ottokar’s visits to Borduria mentioned in the Herald', { today: '2026-01-10' });
    expect(a.citations.map((c) => c.source.id)).toEqual(['h', 'h']);
  });
});
