// The dates a sentence names, resolved against the publication date when the source has one.
// A wrong date is worse than none: no year is ever invented, an undated source resolves nothing relative,
// and whatever was worked out rather than printed is marked `derived`.
import * as chrono from 'chrono-node';
import { isValidMonthDay } from '../dates.js';
import { Memo } from '../memo.js';
import type { PassageLanguage } from './language.js';
import { phraseKey } from './phrases.js';
import { overlapsAny } from './spans.js';
import type { PassageDate } from './types.js';

/** A date with where it stands in the sentence (quantities leave these spans alone). */
export type FoundDate = PassageDate & { start: number; end: number };

/** The publication date as numbers; `day` is known only for a YYYY-MM-DD date. */
type Published = { year?: number; month?: number; day?: number };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m?: number, d?: number) => (m ? (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`) : String(y));

function readPublished(published: string): Published {
  const [y, m, d] = published.split('-').map(Number);
  return { year: y || undefined, month: m || undefined, day: d || undefined };
}

const PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.casual, ru: chrono.ru.casual };
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const parsers = new WeakMap<PassageLanguage, chrono.Chrono>();
/** chrono-node's parsers of calendar dates, by class name. Its time-of-day, casual and relative parsers are left out
 * (relative times come from the language data; a time of day is no date), which makes it four times faster. */
const CALENDAR_PARSERS = /MonthName|Weekday|Slash|ISO|YearMonthDay/;

/** chrono-node's parser for the language; with `dottedDayFirst`, 01.03.2020 is read before its own rules read it month first. */
function parser(lang: PassageLanguage): chrono.Chrono {
  let p = parsers.get(lang);
  if (p) return p;
  const base = PARSERS[lang.data.chrono];
  if (!base) throw new Error(`no chrono-node parser "${lang.data.chrono}" (known: ${Object.keys(PARSERS).join(', ')})`);
  p = base.clone();
  p.parsers = p.parsers.filter((x) => CALENDAR_PARSERS.test(x.constructor.name));
  if (!p.parsers.length) throw new Error('chrono-node has no parser of calendar dates by the expected names: has its API changed?');
  if (lang.data.dottedDayFirst)
    p.parsers.unshift({ pattern: () => DOTTED, extract: (_ctx, m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }) });
  parsers.set(lang, p);
  return p;
}

/** How many windows' readings are kept per language (see `readWindow`). */
const WINDOW_MEMO = 20_000;
const windowReadings = new WeakMap<PassageLanguage, Memo<chrono.ParsedResult[]>>();

/**
 * chrono-node's reading of a window of text against a reference instant, kept: a dated line recurs across sources
 * ("On 12 March 1992, …"), and chrono-node takes a good half millisecond per window. The results are only read.
 */
function readWindow(lang: PassageLanguage, text: string, reference: Date): chrono.ParsedResult[] {
  let memo = windowReadings.get(lang);
  if (!memo) windowReadings.set(lang, (memo = new Memo(WINDOW_MEMO)));
  return memo.get(`${reference.getTime()}|${text}`, () => parser(lang).parse(text, { instant: reference, timezone: 0 }));
}

/** The day `offset` days from a calendar day, as YYYY-MM-DD. */
function addDays(p: Required<Published>, offset: number): string {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + offset));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The text with the preposition just before it ("in March", "since 1997"), as the source says it. */
function withPreposition(quote: string, start: number, lang: PassageLanguage): number {
  const m = /(\p{L}+)\s+$/u.exec(quote.slice(Math.max(0, start - 16), start));
  return m && lang.prepositions.has(m[1]!.toLowerCase()) ? start - m[0].length : start;
}

/** "last year", "today", "this week": offsets from the publication date when there is one, else words only. */
function relativeDates(quote: string, pub: Published, lang: PassageLanguage): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of quote.matchAll(lang.relative)) {
    const key = phraseKey(m[0]);
    const date: FoundDate = { text: m[0], derived: false, relative: true, start: m.index, end: m.index + m[0].length };
    const years = lang.relativeYears.get(key);
    const days = lang.relativeDays.get(key);
    if (years !== undefined && pub.year) Object.assign(date, { on: String(pub.year + years), derived: true });
    if (days !== undefined && pub.day) Object.assign(date, { on: addDays(pub as Required<Published>, days), derived: true });
    out.push(date);
  }
  return out;
}

/** A weekday alone ("on Monday"): in a dated source the day on or before the publication date, on or after it for a plan. */
function weekdayDate(weekday: number, pub: Published, planned: boolean): string | undefined {
  if (!pub.day) return undefined;
  const p = pub as Required<Published>;
  const published = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return addDays(p, planned ? (weekday - published + 7) % 7 : -((published - weekday + 7) % 7));
}

type Parts = { year?: number; month?: number; day?: number };

/** Printed parts of one end of a chrono-node result. */
function printed(c: chrono.ParsedComponents | null | undefined): Parts {
  if (!c) return {};
  const known = (k: 'year' | 'month' | 'day') => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  return { year: known('year'), month: known('month'), day: known('day') };
}

/** A calendar date for printed parts: the year may come from the publication date (derived) but is never guessed. */
function calendar(parts: Parts, pub: Published): { on?: string; monthDay?: string; derived: boolean } {
  const { month, day } = parts;
  if (day !== undefined && (month === undefined || !isValidMonthDay(month, day))) return { derived: false };
  if (parts.year !== undefined) return { on: iso(parts.year, month, day), derived: false };
  if (month === undefined) return { derived: false };
  if (pub.year) return { on: iso(pub.year, month, day), derived: true };
  return day !== undefined ? { monthDay: `${pad(month)}-${pad(day)}`, derived: false } : { derived: false };
}

/** How many characters around a month or weekday word chrono-node reads ("from April 15, 2010 to September 6, 2012"). */
const WINDOW = 32;
/** Windows merge up to this length, so a run-on text is read in pieces rather than all at once. */
const MAX_WINDOW = 512;

/** Stretches of the sentence around its calendar words, merged where they meet: chrono-node reads only these. */
function calendarWindows(quote: string, lang: PassageLanguage): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of quote.matchAll(lang.calendarWords)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(quote.length, m.index + m[0].length + WINDOW);
    while (start > 0 && /\S/u.test(quote[start - 1]!)) start--;
    while (end < quote.length && /\S/u.test(quote[end]!)) end++;
    const last = out.at(-1);
    if (last && start <= last.end && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** Dates with month or weekday names, or numeric dates, read by chrono-node. */
function calendarDates(quote: string, pub: Published, lang: PassageLanguage, plannedAt: (offset: number) => boolean, taken: FoundDate[]): FoundDate[] {
  // The reference only orders what chrono-node implies; nothing implied is ever used.
  const reference = pub.year ? new Date(Date.UTC(pub.year, (pub.month ?? 1) - 1, pub.day ?? 1, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: FoundDate[] = [];
  for (const w of calendarWindows(quote, lang)) {
    for (const r of readWindow(lang, quote.slice(w.start, w.end), reference)) {
      const index = w.start + r.index;
      const end = index + r.text.replace(/[\s,;:]+$/u, '').length; // "on Monday," ends at "Monday"
      if (!lang.calendarWord.test(quote.slice(index, end)) || overlapsAny(taken, index, end)) continue;
      const start = withPreposition(quote, index, lang);
      const base = { text: quote.slice(start, end), start, end };
      const from = printed(r.start);
      const until = printed(r.end);
      if (from.month === undefined && from.day === undefined && from.year === undefined) {
        if (!r.start.isCertain('weekday')) continue;
        const on = weekdayDate(r.start.get('weekday')!, pub, plannedAt(index));
        out.push({ ...base, ...(on ? { on } : {}), derived: on !== undefined, relative: true });
        continue;
      }
      // A range prints the year (and the month) once, at its end: "January-October 2009", "12-13 September, 2007".
      const first = calendar({ year: from.year ?? until.year, month: from.month ?? (from.day !== undefined ? until.month : undefined), day: from.day }, pub);
      const last = r.end ? calendar({ year: until.year ?? from.year, month: until.month ?? from.month, day: until.day }, pub) : undefined;
      const date: FoundDate = { ...base, derived: first.derived, relative: false };
      if (first.on) date.on = first.on;
      if (first.monthDay) date.monthDay = first.monthDay;
      if (first.on && last?.on && last.on !== first.on) date.to = last.on;
      out.push(date);
    }
  }
  return out;
}

const YEAR = /(?<![\p{L}\p{N}.,:/\\-])(1[89]\d\d|20\d\d)(?:\s*[-–—]\s*(\d{4}|\d{2}))?(?![\p{L}\p{N}%]|[.,:]\d)/gu;

/** Years and year ranges: "in 1993", "since 1992", "2021-2022", "from 2005 to 2009", "between 1993 and 2013". */
function yearDates(quote: string, lang: PassageLanguage, taken: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of quote.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (
      overlapsAny(taken, m.index, end) ||
      lang.amountBehind.test(quote.slice(Math.max(0, m.index - 32), m.index)) ||
      lang.unitAhead.test(quote.slice(end, end + 32))
    )
      continue;
    const year = Number(m[1]);
    const endYear = m[2] ? Number(m[2].length === 2 ? `${m[1]!.slice(0, 2)}${m[2]}` : m[2]) : undefined;
    if (endYear !== undefined && endYear <= year) continue;
    const previous = out.at(-1);
    const between = previous ? quote.slice(previous.end, m.index).trim().toLowerCase() : '';
    const opener = previous && /(\p{L}+)\s+\d{4}$/u.exec(quote.slice(Math.max(0, previous.end - 32), previous.end));
    // "from 2005 to 2009": the second year closes the range the first opened.
    if (
      previous &&
      !previous.to &&
      opener &&
      lang.rangeStarts.has(opener[1]!.toLowerCase()) &&
      lang.rangeJoins.has(between) &&
      endYear === undefined &&
      year > Number(previous.on)
    ) {
      Object.assign(previous, { to: String(year), end, text: quote.slice(previous.start, end) });
      continue;
    }
    const start = withPreposition(quote, m.index, lang);
    const date: FoundDate = { text: quote.slice(start, end), on: String(year), derived: false, relative: false, start, end };
    if (endYear !== undefined) date.to = String(endYear);
    out.push(date);
  }
  return out;
}

/** A news dateline before a date ("KHUJAND, " of "KHUJAND, March 6 — …"): the place in capitals, then a dash after
 * the date, the agency's name in brackets maybe between ("BISHKEK, Nov. 14 (Ala-Too Press) - …"). */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}\s.'’-]*,\s*$/u;
const DATELINE_DASH = /^\s*(?:\([^()]{1,60}\)\s*)?[—–-]\s/u;
/** Text before a date that stays in its clause: a saying verb this far back, with no comma between, dates a statement. */
const SAYING_REACH = 40;

/** Every date of a sentence in order. `published` is the source's date (YYYY[-MM[-DD]]) or '' when it has none. */
export function findDates(quote: string, published: string, lang: PassageLanguage, plannedAt: (offset: number) => boolean): FoundDate[] {
  const pub = readPublished(published);
  const relative = relativeDates(quote, pub, lang);
  const named = calendarDates(quote, pub, lang, plannedAt, relative);
  const years = yearDates(
    quote,
    lang,
    [...relative, ...named].sort((a, b) => a.start - b.start),
  );
  const all = [...relative, ...named, ...years].sort((a, b) => a.start - b.start);
  const first = all[0];
  if (first && DATELINE_PLACE.test(quote.slice(0, first.start)) && DATELINE_DASH.test(quote.slice(first.end))) first.dateline = true;
  for (const d of all) {
    const before = quote.slice(Math.max(0, d.start - SAYING_REACH), d.start);
    if (!/[,;:]/.test(before.slice(before.search(lang.sayingBefore))) && lang.sayingBefore.test(before)) d.said = true;
  }
  return all;
}
