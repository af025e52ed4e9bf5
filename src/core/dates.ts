// Calendar dates at day, month or year precision: reading them in questions, comparing, and saying them.
// Month names come from the language's format data (lang/<code>/format.yaml, through language/calendar.ts).
import type { Calendar } from './language/calendar.js';
import type { FactDate } from './schema.js';

/** A span of days, inclusive, as ISO dates; `text` is what the question said. */
export type Span = { from: string; to: string; text: string };

/** Spans of years as a text writes them ("2024-2026", "2021–2022"). */
export const YEAR_SPANS = /\b(?:1[89]|20)\d\d\s*[-–—]\s*(?:(?:1[89]|20)\d\d|\d\d)\b/gu;
/** A day of the year without a year ("12 July"), as MM-DD. */
export type MonthDay = { monthDay: string; text: string };

const pad = (n: number) => String(n).padStart(2, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether month/day is a real day (29 February counts: it exists in leap years). */
export function isValidMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

/** The first and last day an ISO date of any precision covers. */
export function spanOf(iso: string): { from: string; to: string } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  if (d) return { from: iso, to: iso };
  if (m) return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` };
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Every span a fact's date covers: its range; for a recurring event, each of its dates alone (not the years between). */
/** The day `n` days after (or before) an ISO day. */
export function shiftDay(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function factSpans(date: FactDate | undefined): { from: string; to: string }[] {
  if (!date?.on) return [];
  if (date.also?.length) return occurrences(date).map(spanOf);
  return [{ from: spanOf(date.on).from, to: spanOf(date.to ?? date.on).to }];
}

/** The dates of a recurring event, in order: `on`, `also`, `to`. */
export function occurrences(date: FactDate): string[] {
  return [...new Set([date.on!, ...(date.also ?? []), ...(date.to ? [date.to] : [])])].sort();
}

export function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** One formatter per time zone: making one costs far more than formatting with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The day last worked out per time zone, and the minute it was for: a zone's days begin on a whole minute, so it holds for the whole minute. */
const lastDays = new Map<string, { minute: number; day: string }>();

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastDays.get(timeZone);
  if (last?.minute === minute) return last.day;
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = format.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  lastDays.set(timeZone, { minute, day });
  return day;
}

const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR_RE = '(1[6-9]\\d\\d|20\\d\\d|2100)';

/** The patterns findDates tries, most specific first, for one calendar's month words (each is global: `replace` restarts it). */
function datePatterns(calendar: Calendar) {
  const MONTH_RE = `(${calendar.monthWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\.?`;
  return {
    ISO_DAY: new RegExp(`\\b${YEAR_RE}-(\\d{2})-(\\d{2})\\b`, 'g'),
    NUMERIC_DAY: new RegExp(`\\b(\\d{1,2})[./](\\d{1,2})[./]${YEAR_RE}\\b`, 'g'),
    DAY_RANGE: new RegExp(`\\b${DAY_RE}\\s*(?:-|to|and)\\s*${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE},?\\s+${YEAR_RE}\\b`, 'g'),
    DAY_MONTH_YEAR: new RegExp(`\\b${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE},?\\s+(?:of\\s+)?${YEAR_RE}\\b`, 'g'),
    MONTH_DAY_YEAR: new RegExp(`\\b${MONTH_RE}\\s+${DAY_RE},?\\s+${YEAR_RE}\\b`, 'g'),
    MONTH_YEAR: new RegExp(`\\b${MONTH_RE},?\\s+(?:of\\s+)?${YEAR_RE}\\b`, 'g'),
    DAY_MONTH: new RegExp(`\\b${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE}(?=\\W)`, 'g'),
    MONTH_DAY: new RegExp(`\\b${MONTH_RE}\\s+${DAY_RE}\\b`, 'g'),
    SHORT_YEAR_RANGE: new RegExp(`\\b${YEAR_RE}\\s*[-–/]\\s*(\\d{2})\\b(?![-./]\\d)`, 'g'),
    YEAR_RANGE: new RegExp(`\\b${YEAR_RE}\\s*(?:-|to|through|till|until|and)\\s*${YEAR_RE}\\b`, 'g'),
    YEAR: new RegExp(`\\b${YEAR_RE}\\b`, 'g'),
    TODAY: /\b(today|this day|on this date|on this day)\b/g,
    // '22 (after a space or a month): a year in two digits
    APOSTROPHE_YEAR: /(^|[\s(.,])'(\d{2})\b(?!')/g,
  };
}

/** Compiled once per calendar, not per question. */
const patternsByCalendar = new WeakMap<Calendar, ReturnType<typeof datePatterns>>();

/** A year written in two digits ("sept '22"): of this century unless that would be in the future. */
function fullYear(yy: string, today?: string): number {
  const now = Number((today ?? new Date().toISOString()).slice(0, 4));
  const year = Math.floor(now / 100) * 100 + Number(yy);
  return year > now ? year - 100 : year;
}

function dayIso(y: number, m: number, d: number): string | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

export type DatesFound = { spans: Span[]; monthDays: MonthDay[]; rest: string };

/**
 * Finds the dates in folded question text, most specific first, and returns the text with them blanked out.
 * Months are the calendar's words; `today` (YYYY-MM-DD) resolves "today".
 */
export function findDates(text: string, calendar: Calendar, today?: string): DatesFound {
  let patterns = patternsByCalendar.get(calendar);
  if (!patterns) patternsByCalendar.set(calendar, (patterns = datePatterns(calendar)));
  const monthNumber = (word: string) => calendar.monthOf(word);
  const spans: Span[] = [];
  const monthDays: MonthDay[] = [];
  let rest = ` ${text} `.replace(patterns.APOSTROPHE_YEAR, (_, before: string, yy: string) => `${before}${fullYear(yy, today)}`);
  const take = (re: RegExp, make: (m: RegExpExecArray) => void) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      make(m);
      return ' ';
    });
  };
  const addDay = (y: number, mo: number, d: number, t: string, toDay?: number) => {
    const from = dayIso(y, mo, d);
    const to = toDay ? dayIso(y, mo, toDay) : from;
    if (from && to) spans.push({ from, to, text: t });
  };
  // 1996-07-12
  take(patterns.ISO_DAY, (m) => addDay(+m[1]!, +m[2]!, +m[3]!, m[0]!));
  // 12.07.1996, 12/07/1996 (day first, as the region writes it)
  take(patterns.NUMERIC_DAY, (m) => addDay(+m[3]!, +m[2]!, +m[1]!, m[0]!));
  // 12-13 september 2007
  take(patterns.DAY_RANGE, (m) => addDay(+m[4]!, monthNumber(m[3]!), +m[1]!, m[0]!, +m[2]!));
  // 12 july 1996, 12th of july, 1996
  take(patterns.DAY_MONTH_YEAR, (m) => addDay(+m[3]!, monthNumber(m[2]!), +m[1]!, m[0]!));
  // july 12, 1996
  take(patterns.MONTH_DAY_YEAR, (m) => addDay(+m[3]!, monthNumber(m[1]!), +m[2]!, m[0]!));
  // july 1996
  take(patterns.MONTH_YEAR, (m) => {
    const iso = `${m[2]}-${pad(monthNumber(m[1]!))}`;
    spans.push({ ...spanOf(iso), text: m[0]! });
  });
  // 12 july, july 12 (no year)
  const addMonthDay = (mo: number, d: number, t: string) => {
    if (isValidMonthDay(mo, d)) monthDays.push({ monthDay: `${pad(mo)}-${pad(d)}`, text: t });
  };
  take(patterns.DAY_MONTH, (m) => addMonthDay(monthNumber(m[2]!), +m[1]!, m[0]!));
  take(patterns.MONTH_DAY, (m) => addMonthDay(monthNumber(m[1]!), +m[2]!, m[0]!));
  // 1993 to 2013, 1993-2013, between 1993 and 2013
  take(patterns.YEAR_RANGE, (m) => {
    if (m[1]! <= m[2]!) spans.push({ from: `${m[1]}-01-01`, to: `${m[2]}-12-31`, text: m[0]! });
  });
  // 2021-22: the second year in two digits, of the first one's century
  take(patterns.SHORT_YEAR_RANGE, (m) => {
    const to = `${m[1]!.slice(0, 2)}${m[2]}`;
    if (m[1]! < to) spans.push({ from: `${m[1]}-01-01`, to: `${to}-12-31`, text: m[0]! });
  });
  // 1996
  take(patterns.YEAR, (m) => spans.push({ ...spanOf(m[1]!), text: m[0]! }));
  if (today) {
    take(patterns.TODAY, (m) => spans.push({ from: today, to: today, text: m[0]! }));
  }
  return { spans, monthDays, rest: rest.trim() };
}

/** Parses a CLI/slash-command date: MM-DD or YYYY-MM-DD. Returns an error message for impossible dates. */
export function parseDayArg(arg: string): { monthDay: string; year?: number } | { error: string } {
  const m = /^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$/.exec(arg.trim());
  if (!m) return { error: `"${arg}" is not a date: use MM-DD or YYYY-MM-DD (for example 07-12 or 1996-07-12)` };
  const [year, month, day] = [m[1] ? Number(m[1]) : undefined, Number(m[2]), Number(m[3])];
  const valid = year ? dayIso(year, month, day) !== undefined : isValidMonthDay(month, day);
  if (!valid) return { error: `${arg} is not a real date` };
  return { monthDay: `${pad(month)}-${pad(day)}`, year };
}
