// "On this date": the events of a day in any year, round anniversaries first; never empty.
import type { KnowledgeBase } from './knowledge.js';
import { citationsFor, type Citation } from './answer.js';
import { dateLead } from './slots.js';
import { byDate } from './engine.js';
import { factSpans } from './dates.js';
import type { Fact } from './schema.js';

/** `date`: the fact's `on`, or --MM-DD (ISO 8601's day without a year) when its source gives no year. */
export type OnThisDayItem = { date: string; text: string; citations: Citation[]; yearsAgo?: number; round?: boolean; factId: string };
export type OnThisDay = {
  /** The day asked about: MM-DD, and the reference year anniversaries count from. */
  date: string;
  /** The day as the language writes it: "14 January". */
  label: string;
  year: number;
  /** `day` when events fall on it; otherwise how far it had to look. */
  match: 'day' | 'week' | 'month' | 'notable';
  items: OnThisDayItem[];
  text: string;
};

const ROUND_EVERY = 5;
const MAX_NEARBY = 5;

/** The day a fact began, only when its source gives the day (a year alone is not 1 January). */
function knownDay(f: Fact): string | undefined {
  const from = factSpans(f.date)[0]?.from;
  return f.date?.on?.length === 10 ? from : undefined;
}

/** The day of the year (MM-DD) a fact fell on, with or without its year. */
function dayOfYear(f: Fact): string | undefined {
  return knownDay(f)?.slice(5) ?? f.date?.monthDay;
}

/** Facts the source dates by day and month only ("Nov. 3" in an undated report). */
const yearless = (kb: KnowledgeBase) => kb.facts.filter((f) => f.date?.monthDay && f.status !== 'planned');

function item(kb: KnowledgeBase, f: Fact, year: number, monthDay: string, today: string | undefined): OnThisDayItem {
  const from = knownDay(f) ?? f.date?.on ?? '';
  const sameDay = knownDay(f)?.slice(5) === monthDay;
  const yearsAgo = year - Number(from.slice(0, 4));
  const round = sameDay && yearsAgo > 0 && yearsAgo % ROUND_EVERY === 0;
  // Counted from the day asked about: "ago" only when that day is today.
  const isToday = today === `${year}-${monthDay}`;
  const w = kb.wording;
  const ago =
    sameDay && yearsAgo > 0
      ? isToday
        ? w.count(round ? 'yearsAgoToday' : 'yearsAgo', yearsAgo)
        : w.count('yearsBefore', yearsAgo, { when: `${kb.calendar.monthDay(monthDay)} ${year}` })
      : '';
  const md = f.date?.monthDay;
  return {
    date: f.date?.on ?? (md ? `--${md}` : ''),
    text: `${md ? kb.wording.say('yearNotGiven', { day: kb.calendar.monthDay(md) }) : dateLead(kb, f)}: ${f.summary}${ago}`,
    citations: citationsFor(kb, [f]),
    ...(sameDay && yearsAgo > 0 ? { yearsAgo, round } : {}),
    factId: f.id,
  };
}

/** Days between a fact's day (or the middle of its month) and MM-DD, ignoring the year. */
function distance(f: Fact, monthDay: string): number {
  return dayDistance(dayOfYear(f) ?? `${f.date!.on!.slice(5, 7)}-15`, monthDay);
}

const dayDistance = (a: string, b: string) => {
  const diff = Math.abs(Date.UTC(2001, +a.slice(0, 2) - 1, +a.slice(3)) - Date.UTC(2001, +b.slice(0, 2) - 1, +b.slice(3))) / 86_400_000;
  return Math.min(diff, 365 - diff);
};

/** The events on MM-DD in any year, counting anniversaries from that day in `year`; `today` (YYYY-MM-DD) says when that day is today. */
export function onThisDay(kb: KnowledgeBase, monthDay: string, year: number, today?: string): OnThisDay {
  const label = kb.calendar.monthDay(monthDay);
  const dated = kb.facts.filter((f) => f.status !== 'planned' && f.date?.on);
  const undated = yearless(kb);
  const exact = byDate(
    [...kb.factsOnMonthDay(monthDay).map((i) => kb.facts[i]!), ...undated.filter((f) => f.date!.monthDay === monthDay)].filter((f) => f.status !== 'planned'),
  );
  if (exact.length) {
    const items = exact.map((f) => item(kb, f, year, monthDay, today)).sort((a, b) => Number(b.round ?? false) - Number(a.round ?? false));
    return {
      date: monthDay,
      label,
      year,
      match: 'day',
      items,
      text: `${kb.wording.say('onDay', { when: label })}\n${items.map((i) => `• ${i.text}`).join('\n')}`,
    };
  }
  const week = [...dated, ...undated].filter((f) => dayOfYear(f) && dayDistance(dayOfYear(f)!, monthDay) <= 3);
  const month = [...dated.filter((f) => f.date!.on!.length >= 7), ...undated].filter(
    (f) => (f.date!.on?.slice(5, 7) ?? f.date!.monthDay!.slice(0, 2)) === monthDay.slice(0, 2),
  );
  const [match, facts, note] = week.length
    ? (['week', week, kb.wording.say('nearestWeek', { when: label })] as const)
    : month.length
      ? (['month', month, kb.wording.say('sameMonth', { when: label })] as const)
      : (['notable', [notable(dated, monthDay)].filter((f): f is Fact => !!f), kb.wording.say('notableInstead', { when: label })] as const);
  // Nearest first, and a handful: a daily post is read at a glance.
  const nearest = [...facts].sort((a, b) => distance(a, monthDay) - distance(b, monthDay)).slice(0, MAX_NEARBY);
  const items = byDate(nearest).map((f) => item(kb, f, year, monthDay, today));
  return { date: monthDay, label, year, match, items, text: `${note}\n${items.map((i) => `• ${i.text}`).join('\n')}` };
}

/** One fact chosen by the day, so each day of the year shows a steady but different one. */
function notable(dated: Fact[], monthDay: string): Fact | undefined {
  if (!dated.length) return undefined;
  const dayOfYear = Math.round((Date.UTC(2001, +monthDay.slice(0, 2) - 1, +monthDay.slice(3)) - Date.UTC(2001, 0, 1)) / 86_400_000);
  return byDate(dated)[dayOfYear % dated.length];
}
