// Plans (what a sentence only expects or intends) and the document titles a sentence names.
import { describe, expect, it } from 'vitest';
import { one } from './support.js';

describe('planned', () => {
  it('marks expectations, intentions and schedules', () => {
    for (const s of [
      'An agreement is expected to be signed in March.',
      'President Erdoğan was planning to visit Tajikistan later this year.',
      'This work is to be completed by 2028.',
      'The sides agreed to take coordinated measures to achieve the goal.',
      'The agreement would be signed soon.',
    ])
      expect(one(s).planned, s).toBe(true);
  });

  it('leaves events as events, and "political will" is no plan', () => {
    for (const s of ['The presidents signed an agreement in 2002.', 'Thanks to the political will of the heads of state, relations reached a new level.'])
      expect(one(s).planned, s).toBe(false);
  });
});

describe('titles', () => {
  it('reads capitalised document names with their joining words, verbatim', () => {
    expect(one('He commended the Treaty on Allied Relations signed the previous year.').titles).toEqual(['Treaty on Allied Relations']);
    expect(one('The presidents signed the Treaty on Allied Relations in Astana.').titles).toEqual(['Treaty on Allied Relations']);
    // A month after a joining word begins a date: the sentence keeps it as its date.
    const dated = one('Borduria and Syldavia signed the Treaty on Friendship in January 1993.');
    expect(dated.titles).toEqual(['Treaty on Friendship']);
    expect(dated.dates.map((d) => d.on)).toEqual(['1993-01']);
    expect(
      one('The presidents signed an Agreement on Deepening and Expanding Allied Relations and a Program of Economic Cooperation for 2021-2022.').titles,
    ).toEqual(['Agreement on Deepening and Expanding Allied Relations', 'Program of Economic Cooperation for 2021-2022']);
    expect(
      one(
        'Following the talks, a Cooperation Program between the Ministry of Foreign Affairs of Kazakhstan and the Ministry of Foreign Affairs of Tajikistan for 2026-2028 was signed.',
      ).titles,
    ).toEqual(['Cooperation Program between the Ministry of Foreign Affairs of Kazakhstan and the Ministry of Foreign Affairs of Tajikistan for 2026-2028']);
  });

  it('reads quoted titles whole, even when they start with "The"', () => {
    expect(
      one('The basic documents are “Dushanbe Agreement on the Main Interstate Relations” and “The Agreement on Good-Neighborly Relations and Partnerships”.')
        .titles,
    ).toEqual(['Dushanbe Agreement on the Main Interstate Relations', 'The Agreement on Good-Neighborly Relations and Partnerships']);
  });

  it('does not take bodies, lower-case documents or title-case headlines for titles', () => {
    expect(one('Both are members of the Collective Security Treaty Organization and signed the agreement on the state border.').titles).toEqual([]);
    expect(one('Land Agreement Expected in Kyrgyz-Tajik Conflict').titles).toEqual([]);
    expect(one('Relations were established by signing the Protocol.').titles).toEqual([]);
  });
});
