// "Which of those were visits?" after a list: the items of the kind it names, not a new question about the people.
import { describe, expect, it } from 'vitest';
import { askInThread, country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Diplomatic relations between Syldavia and Borduria were established on 7 January 1993.',
    'President Ivan Petrov of Syldavia paid an official visit to Borduria in June 2000.',
    'Syldavia and Borduria signed the Agreement on Good-Neighborly Relations in March 2004.',
    'President Karl Braun of Borduria paid a state visit to Syldavia in September 2007.',
  ],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    person('petrov', 'Ivan Petrov', 'sy', 'Petrov'),
    person('braun', 'Karl Braun', 'bo', 'Braun'),
  ],
  { published: '2020-03-01' },
);

describe('which of those, by kind', () => {
  it('keeps the items of that kind from the list before', () => {
    const [list, visits] = askInThread(engine, ['Timeline of Syldavia and Borduria relations', 'which of those were visits?']);
    expect(list!.items?.length).toBe(4);
    expect(visits!.items).toEqual([expect.stringMatching(/June 2000/), expect.stringMatching(/September 2007/)]);
  });

  it('with a word of its own, picks the item that word names', () => {
    const [, chosen] = askInThread(engine, ['Timeline of Syldavia and Borduria relations', 'which of those agreements is the good-neighbourliness one?']);
    expect(chosen!.text).toMatch(/Good-Neighborly/i);
    expect(chosen!.items ?? []).toHaveLength(0);
  });
});
