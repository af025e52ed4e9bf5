import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { factSpans, findDates as findIn, parseDayArg, todayIn } from '../../src/core/dates.js';
import { Calendar, type DateFormat } from '../../src/core/language/calendar.js';

/** English month words, from lang/en/format.yaml as the base reads them. */
const english = new Calendar(parse(readFileSync('lang/en/format.yaml', 'utf8')) as DateFormat);
const findDates = (text: string, today?: string) => findIn(text, english, today);

describe('findDates', () => {
  it('reads full dates in the common spellings', () => {
    for (const text of ['12 july 1996', 'july 12, 1996', '12th of july 1996', '1996-07-12', '12.07.1996']) {
      expect(findDates(text).spans, text).toEqual([{ from: '1996-07-12', to: '1996-07-12', text: expect.any(String) }]);
    }
  });
  it('reads a day range, a month, a year range and a year', () => {
    expect(findDates('12-13 september 2007').spans[0]).toMatchObject({ from: '2007-09-12', to: '2007-09-13' });
    expect(findDates('in june 2000').spans[0]).toMatchObject({ from: '2000-06-01', to: '2000-06-30' });
    expect(findDates('from 1993 to 2013').spans[0]).toMatchObject({ from: '1993-01-01', to: '2013-12-31' });
    expect(findDates('what happened in 2004').spans[0]).toMatchObject({ from: '2004-01-01', to: '2004-12-31' });
  });
  it('reads a year range whose end has two digits, and no such range that ends before it starts', () => {
    expect(findDates('the 2021-22 programme').spans).toEqual([{ from: '2021-01-01', to: '2022-12-31', text: '2021-22' }]);
    expect(findDates('the 2021-19 programme').spans.map((s) => s.from)).toEqual([]);
  });
  it("reads a year written '22 as of this century, or the last when this one's would be in the future", () => {
    expect(findDates("in sept '22", '2026-12-01').spans).toEqual([{ from: '2022-09-01', to: '2022-09-30', text: 'sept 2022' }]);
    expect(findDates("back in '95", '2026-12-01').spans[0]).toMatchObject({ from: '1995-01-01', to: '1995-12-31' });
    // "sept 22" with no apostrophe is a day of September
    expect(findDates('sept 22', '2026-12-01').monthDays).toEqual([{ monthDay: '09-22', text: expect.any(String) }]);
  });
  it("reads the month words of the language's format data, short forms with a full stop included", () => {
    expect(findDates('nov. 3, 2009').spans[0]).toMatchObject({ from: '2009-11-03' });
    expect(findDates('3 sep 2009').spans[0]).toMatchObject({ from: '2009-09-03' });
    // Without short forms in the data, "sep" names no month: only the year is read.
    const format = parse(readFileSync('lang/en/format.yaml', 'utf8')) as DateFormat;
    const noShort = new Calendar({ ...format, months: { ...format.months, short: [] } });
    expect(findIn('3 sep 2009', noShort).spans.map((s) => s.from)).toEqual(['2009-01-01']);
  });
  it('reads a day without a year as a month-day', () => {
    expect(findDates('what happened on 14 january').monthDays).toEqual([{ monthDay: '01-14', text: expect.any(String) }]);
  });
  it('does not take the modal "may" for a month', () => {
    expect(findDates('it may soon be resolved').spans).toEqual([]);
  });
  it('resolves "today" only when told the date', () => {
    expect(findDates('what happened today', '2026-11-24').spans[0]).toMatchObject({ from: '2026-11-24' });
    expect(findDates('what happened today').spans).toEqual([]);
  });
  it('ignores impossible days', () => {
    expect(findDates('30 february 2001').spans).toEqual([]);
  });
});

describe('formatting', () => {
  it('says dates at their precision', () => {
    expect(english.date('1993-01-14')).toBe('14 January 1993');
    expect(english.date('1993-01')).toBe('January 1993');
    expect(english.date('1993')).toBe('1993');
  });
  it('spans a range, but a recurring event only on its own dates', () => {
    expect(factSpans({ on: '2021', to: '2022' })).toEqual([{ from: '2021-01-01', to: '2022-12-31' }]);
    expect(factSpans({ on: '1998', to: '2012', also: ['2004'] })).toEqual([
      { from: '1998-01-01', to: '1998-12-31' },
      { from: '2004-01-01', to: '2004-12-31' },
      { from: '2012-01-01', to: '2012-12-31' },
    ]);
  });
});

describe('parseDayArg', () => {
  it('accepts MM-DD and YYYY-MM-DD, including 29 February', () => {
    expect(parseDayArg('07-12')).toEqual({ monthDay: '07-12' });
    expect(parseDayArg('1996-07-12')).toEqual({ monthDay: '07-12', year: 1996 });
    expect(parseDayArg('02-29')).toEqual({ monthDay: '02-29' });
  });
  it('names an impossible date', () => {
    expect(parseDayArg('02-30')).toEqual({ error: expect.stringContaining('02-30') });
    expect(parseDayArg('2023-02-29')).toEqual({ error: expect.stringContaining('2023-02-29') });
    expect(parseDayArg('tomorrow')).toEqual({ error: expect.stringContaining('tomorrow') });
  });
});

describe('todayIn', () => {
  it('gives the local date of a time zone', () => {
    const instant = new Date('2026-11-24T20:30:00Z');
    expect(todayIn('Asia/Dushanbe', instant)).toBe('2026-11-25');
    expect(todayIn('America/New_York', instant)).toBe('2026-11-24');
  });

  it('turns to the next day at local midnight, asked a second before and at it', () => {
    // Dushanbe is UTC+5 and Kathmandu UTC+5:45: midnight there is 19:00 and 18:15 UTC.
    expect(todayIn('Asia/Dushanbe', new Date('2026-01-01T18:59:59Z'))).toBe('2026-01-01');
    expect(todayIn('Asia/Dushanbe', new Date('2026-01-01T19:00:00Z'))).toBe('2026-01-02');
    expect(todayIn('Asia/Kathmandu', new Date('2026-01-01T18:14:59Z'))).toBe('2026-01-01');
    expect(todayIn('Asia/Kathmandu', new Date('2026-01-01T18:15:00Z'))).toBe('2026-01-02');
    expect(todayIn('Asia/Kathmandu', new Date('2026-01-01T18:14:30Z'))).toBe('2026-01-01');
  });
});
