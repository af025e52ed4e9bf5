// Splitting a document into units: sentences with abbreviations mended, headings and datelines on their own,
// and every quote the exact text between its offsets.
import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../../src/core/passages/index.js';
import { EN } from './support.js';

const quotes = (text: string) => splitPassages(text, EN).map((s) => s.quote);

describe('splitPassages', () => {
  it('does not end a sentence at a title, an initial, a month abbreviation before a day or a lower-case word', () => {
    expect(quotes('Mr. Smith met N. Nazarbayev in St. Petersburg on Nov. 3 and left. It was No. 5 on the list.')).toEqual([
      'Mr. Smith met N. Nazarbayev in St. Petersburg on Nov. 3 and left.',
      'It was No. 5 on the list.',
    ]);
  });

  it('finds the abbreviation at the end of a long sentence, however long the word before its full stop', () => {
    const long = `${'The delegations discussed trade, transport and water in detail. '.repeat(3).replace(/\. /g, ', ')}They met on Nov. 3 and left.`;
    expect(quotes(long)).toEqual([long]);
    const initial = `${long.slice(0, -25)} N. Nazarbayev in St. Petersburg.`;
    expect(quotes(initial)).toEqual([initial]);
    const word = `${'x'.repeat(70)} ${'a'.repeat(70)}. Next one.`;
    expect(quotes(word)).toEqual([`${'x'.repeat(70)} ${'a'.repeat(70)}.`, 'Next one.']);
  });

  it('ends a sentence after a unit before a capital letter', () => {
    expect(quotes('The border is about 1,380 km. After the collapse, sections remained.')).toEqual([
      'The border is about 1,380 km.',
      'After the collapse, sections remained.',
    ]);
  });

  it('keeps headings, datelines and list items as units of their own, each its own paragraph', () => {
    const spans = splitPassages(
      'Uzbekistan, Kyrgyzstan sign agreement\n\nTashkent, Uzbekistan, Sept. 6\nBy Demir Azizov- Trend:\nThe agreement was signed. It covers 85 percent.\n- item one\n',
      EN,
    );
    expect(spans.map((s) => [s.quote, s.paragraph])).toEqual([
      ['Uzbekistan, Kyrgyzstan sign agreement', 0],
      ['Tashkent, Uzbekistan, Sept. 6', 1],
      ['By Demir Azizov- Trend:', 2],
      ['The agreement was signed.', 3],
      ['It covers 85 percent.', 3],
      ['- item one', 4],
    ]);
  });

  it('keeps a dateline in capitals with its sentence', () => {
    expect(quotes('ASTANA. KAZINFORM - The ministers met this week.')).toEqual(['ASTANA. KAZINFORM - The ministers met this week.']);
  });

  it('joins a hard-wrapped line to the line before it', () => {
    expect(quotes('The ministers met in Astana and\ndiscussed water. They agreed.')).toEqual([
      'The ministers met in Astana and\ndiscussed water.',
      'They agreed.',
    ]);
  });

  it('gives offsets that cut each quote out of the text, whitespace trimmed only', () => {
    const text = '  Ruslan Kazakbayev (born on May 18, 1967) is a diplomat.   \n\n\n Gallery \r\nCalendar';
    const spans = splitPassages(text, EN);
    expect(spans.map((s) => [s.quote, s.start, s.end, s.index])).toEqual([
      ['Ruslan Kazakbayev (born on May 18, 1967) is a diplomat.', 2, 57, 0],
      ['Gallery', 64, 71, 1],
      ['Calendar', 74, 82, 2],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });
});
