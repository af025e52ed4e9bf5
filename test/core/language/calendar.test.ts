// Dates written from a language's format.yaml: the English and Russian files of lang/, the same code.
import { describe, expect, it } from 'vitest';
import { Calendar, type DateFormat } from '../../../src/core/language/calendar.js';
import { readFormat } from '../../../src/core/language/read-wording.js';

const en = new Calendar(readFormat('en') as unknown as DateFormat);
const ru = new Calendar(readFormat('ru') as unknown as DateFormat);

describe('Calendar', () => {
  it('writes a day, a month and a year', () => {
    expect([en.date('1993-01-14'), en.date('1993-01'), en.date('1993')]).toEqual(['14 January 1993', 'January 1993', '1993']);
    expect([ru.date('1993-01-14'), ru.date('1993-01'), ru.date('1993')]).toEqual(['14 января 1993 г.', 'в январе 1993 г.', '1993 г.']);
  });

  it('writes ranges compactly, each end alone when they differ in month', () => {
    expect([en.date('2007-09-12', '2007-09-13'), en.date('2021', '2022'), en.date('2000-06', '2007-09')]).toEqual([
      '12–13 September 2007',
      '2021–2022',
      'June 2000 – September 2007',
    ]);
    expect([ru.date('2007-09-12', '2007-09-13'), ru.date('2021', '2022'), ru.date('2000-06', '2007-09')]).toEqual([
      '12–13 сентября 2007 г.',
      '2021–2022 гг.',
      'июнь 2000 г. — сентябрь 2007 г.',
    ]);
  });

  it('says a whole year or month of a question as such, and a day of the year', () => {
    expect(en.span({ from: '1996-07-01', to: '1996-07-31' })).toBe('July 1996');
    expect(en.span({ from: '1993-01-01', to: '2013-12-31' })).toBe('1993–2013');
    expect(en.span({ from: '1996-07-12', to: '1996-07-12' })).toBe('12 July 1996');
    expect([en.monthDay('07-12'), ru.monthDay('07-12')]).toEqual(['12 July', '12 июля']);
  });
});
