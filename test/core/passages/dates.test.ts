// Dates in passages: printed dates at their precision, ranges, years alone; in a dated source a year-less date takes
// the publication year (derived) and relative times resolve; in an undated source nothing relative gets a date.
import { describe, expect, it } from 'vitest';
import { one } from './support.js';

const dates = (text: string, published = '') => one(text, published).dates;

describe('printed dates', () => {
  it('keeps the precision printed: day, month, year', () => {
    expect(dates('Relations were established on January 7, 1993, a mission opened in June, 1993 and a treaty was signed in 1994.')).toEqual([
      { text: 'on January 7, 1993', on: '1993-01-07', derived: false, relative: false },
      { text: 'in June, 1993', on: '1993-06', derived: false, relative: false },
      { text: 'in 1994', on: '1994', derived: false, relative: false },
    ]);
  });

  it('reads ranges of days, months and years', () => {
    expect(dates('He visited on 12-13 September, 2007, served from April 15, 2010 to September 6, 2012 and in January-October 2009.')).toEqual([
      { text: 'on 12-13 September, 2007', on: '2007-09-12', to: '2007-09-13', derived: false, relative: false },
      { text: 'from April 15, 2010 to September 6, 2012', on: '2010-04-15', to: '2012-09-06', derived: false, relative: false },
      { text: 'in January-October 2009', on: '2009-01', to: '2009-10', derived: false, relative: false },
    ]);
    expect(dates('A programme for 2021-2022 and documents signed between 1993 and 2013, from 2005 to 2009.')).toEqual([
      { text: '2021-2022', on: '2021', to: '2022', derived: false, relative: false },
      { text: 'between 1993 and 2013', on: '1993', to: '2013', derived: false, relative: false },
      { text: 'from 2005 to 2009', on: '2005', to: '2009', derived: false, relative: false },
    ]);
  });

  it('reads a year after since or by, and each year of a list', () => {
    expect(dates('Disputed since 1991, to be completed by 2028; meetings in 1998, 2001.').map((d) => [d.text, d.on])).toEqual([
      ['since 1991', '1991'],
      ['by 2028', '2028'],
      ['in 1998', '1998'],
      ['2001', '2001'],
    ]);
  });

  it('reads dotted numeric dates day first, without the time of day', () => {
    expect(dates('01.03.2020 10:10')).toEqual([{ text: '01.03.2020', on: '2020-03-01', derived: false, relative: false }]);
  });

  it('does not read distances, counts, amounts, times or ids as dates', () => {
    expect(dates('The countries share 971 kilometers, 2000 km of it marked, 75 documents, $2000, at 10:30, drone TB2 and code 1993a.')).toEqual([]);
  });

  it('does not read a month word in lower case as a date', () => {
    expect(dates('Protesters may march on the square.')).toEqual([]);
  });
});

describe('a dated source', () => {
  it('gives a year-less day-month the publication year, marked derived', () => {
    expect(dates('The session in Bishkek on April 14 ended.', '2017-04-22')).toEqual([
      { text: 'on April 14', on: '2017-04-14', derived: true, relative: false },
    ]);
    expect(dates('Tashkent, Uzbekistan, Sept. 6', '2017-09-06')).toEqual([{ text: 'Sept. 6', on: '2017-09-06', derived: true, relative: false }]);
  });

  it('resolves a weekday to the day on or before the publication date, and a planned one to the day on or after', () => {
    expect(dates('A protocol was signed in Bishkek on Monday.', '2022-09-28')).toEqual([
      { text: 'on Monday', on: '2022-09-26', derived: true, relative: true },
    ]);
    expect(dates('A protocol was signed in Bishkek on Monday.', '2022-09-26')).toEqual([
      { text: 'on Monday', on: '2022-09-26', derived: true, relative: true },
    ]);
    expect(dates('The ministers will meet on Monday.', '2022-09-28')).toEqual([
      { text: 'on Monday', on: '2022-10-03', derived: true, relative: true, planned: true },
    ]);
  });

  it('reads a weekday with its date as one date', () => {
    expect(dates('On Thursday November 19, the ministers held talks.', '2020-11-20')).toEqual([
      { text: 'On Thursday November 19', on: '2020-11-19', derived: true, relative: false },
    ]);
  });

  it('resolves relative years and days, and leaves weeks and vague times unresolved', () => {
    expect(dates('The treaty signed the previous year and trade last year grew; today they met this week, recently.', '2025-02-12')).toEqual([
      { text: 'the previous year', on: '2024', derived: true, relative: true },
      { text: 'last year', on: '2024', derived: true, relative: true },
      { text: 'today', on: '2025-02-12', derived: true, relative: true },
      { text: 'this week', derived: false, relative: true },
      { text: 'recently', derived: false, relative: true },
    ]);
  });

  it('does not resolve days against a publication date without a day', () => {
    expect(dates('They met today and on Monday.', '2025-02')).toEqual([
      { text: 'today', derived: false, relative: true },
      { text: 'on Monday', derived: false, relative: true },
    ]);
  });
});

describe('an undated source', () => {
  it('gives a day-month no year: only the month and day', () => {
    expect(dates('The commission met in Almaty on Feb. 27.')).toEqual([{ text: 'on Feb. 27', monthDay: '02-27', derived: false, relative: false }]);
  });

  it('gives a month alone no calendar date', () => {
    expect(dates('An agreement is expected to be signed in March.')).toEqual([{ text: 'in March', derived: false, relative: false, planned: true }]);
  });

  it('gives relative times no calendar date', () => {
    expect(dates('Last year trade grew; on Monday and today they met, later this year they will meet again.')).toEqual([
      { text: 'Last year', derived: false, relative: true },
      { text: 'on Monday', derived: false, relative: true },
      { text: 'today', derived: false, relative: true },
      { text: 'later this year', derived: false, relative: true, planned: true },
    ]);
  });

  it('still reads dates that print their year', () => {
    expect(dates('On Sep. 9, 2002, the presidents signed an agreement.')).toEqual([
      { text: 'On Sep. 9, 2002', on: '2002-09-09', derived: false, relative: false },
    ]);
  });
});
