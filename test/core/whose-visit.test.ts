// "Whose visit was that?" asks for the one who went, not the host. Made-up sources.
import { describe, expect, it } from 'vitest';
import { askInThread, country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const entities = [
  country('bo', 'Borduria', 'Bordurian'),
  country('sy', 'Syldavia', 'Syldavian'),
  person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
  person('ottokar', 'Ottokar Malin', 'sy', 'Ottokar'),
];

describe('whose visit', () => {
  const quote =
    'Agreement on creating the Fisheries Fund was reached during the official visit of the President of Borduria to Syldavia on 12-13 September 2007 and the meeting of Presidents Ottokar Malin and Ivan Petrov.';
  const engine = textEngine([source('gazette', 'Fisheries Fund', '2007-09-14', [quote])], entities, [
    { ...curated('fund', 'treaty', ['bo', 'sy', 'petrov', 'ottokar'], quote, 'gazette'), title: 'Agreement on the Fisheries Fund', date: { on: '2007-09-12' } },
  ]);

  it('is the visitor: the one of the country the visit did not go to', () => {
    const [, whose] = askInThread(engine, ['What was reached during the September 2007 visit?', 'whose visit was that?']);
    expect(whose!.lead).toBe('Ivan Petrov');
  });
});
