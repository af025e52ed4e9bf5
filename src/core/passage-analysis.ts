// A source document cut into sentences ("passages"), each with what it says: its dates, quantities, titles and
// whether it states a plan. Pure: the text and its publication date in, passages out.
import { findDates, spanOf } from './dates.js';
import { fold } from './normalise.js';

export type PassageDate = {
  /** As the text says it. */
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the start. */
  on?: string;
  to?: string;
  /** MM-DD when the day and month are known and the year is not. */
  monthDay?: string;
  derived: boolean;
  relative: boolean;
};

export type Quantity = { text: string; value: number; unit: string; approx: boolean };

export type Passage = {
  id: string;
  source: string;
  index: number;
  paragraph: number;
  quote: string;
  start: number;
  end: number;
  dates: PassageDate[];
  quantities: Quantity[];
  titles: string[];
  planned: boolean;
};

/** Abbreviations a sentence does not end at. */
const ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Prof|Sen|Rep|Gov|Jr|Sr|vs|etc|U\.S|U\.N|[A-Z])\.$/;

/** The sentences of a text with their offsets; a line break always ends one. */
export function splitPassages(text: string): { quote: string; start: number; end: number; paragraph: number }[] {
  const out: { quote: string; start: number; end: number; paragraph: number }[] = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      let pending: { start: number; end: number } | undefined;
      for (const seg of segmenter.segment(line)) {
        const start = offset + seg.index;
        const end = start + seg.segment.length;
        pending = pending ? { start: pending.start, end } : { start, end };
        if (ABBREVIATION.test(seg.segment.trimEnd())) continue;
        push(out, text, pending, paragraph);
        pending = undefined;
      }
      if (pending) push(out, text, pending, paragraph);
      paragraph++;
    }
    offset += line.length + 1;
  }
  return out;
}

function push(out: { quote: string; start: number; end: number; paragraph: number }[], text: string, at: { start: number; end: number }, paragraph: number): void {
  const raw = text.slice(at.start, at.end);
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  if (quote) out.push({ quote, start: at.start + lead, end: at.start + lead + quote.length, paragraph });
}

/** Words that make a sentence a plan or an expectation rather than an event. */
const PLAN = /\b(?:will|shall|expected|expects|expect|plans?|planned|planning|intends?|intend(?:ed|ing)|scheduled|due to|to be (?:signed|held|launched|completed|opened)|would|is to|are to|aims? to|soon|upcoming|next)\b/i;
/** Relative times the text does not pin to a calendar day. */
const RELATIVE = /\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|month|year)|last (?:week|month|year)|next (?:week|month|year)|later this year|earlier this year|today|yesterday|tomorrow|recently|in recent years)\b/gi;
const NUMBER = /(?<![\w.,])(?:about |around |nearly |almost |over |more than |some |approximately |up to )?\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?/gi;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, trillion: 1e12 };
const UNIT_ALIASES: Record<string, string> = {
  km: 'km', kilometers: 'km', kilometres: 'km', kilometer: 'km', kilometre: 'km', '%': 'percent', percent: 'percent', per: 'percent',
  dollars: 'usd', dollar: 'usd', usd: 'usd', $: 'usd',
};
const TITLE = /\b(?:Treaty|Agreement|Program(?:me)?|Protocol|Memorandum|Declaration|Convention|Charter|Accord)\b(?: (?:on|of|for|between|about|in|and|the|[A-Z][\w'’-]*|\d{4}(?:[-–]\d{4})?))*[A-Za-z\d]/g;

/** Dates, quantities, titles and plan status of one sentence; `published` (YYYY[-MM[-DD]] or '') anchors nothing yet. */
export function analyseSentence(quote: string): Pick<Passage, 'dates' | 'quantities' | 'titles' | 'planned'> {
  const folded = fold(quote);
  const found = findDates(folded);
  const dates: PassageDate[] = found.spans.map((s) => ({ text: s.text.trim(), ...isoOf(s), derived: false, relative: false }));
  for (const md of found.monthDays) dates.push({ text: md.text.trim(), monthDay: md.monthDay, derived: false, relative: false });
  for (const m of quote.matchAll(RELATIVE)) dates.push({ text: m[0], derived: false, relative: true });
  const quantities: Quantity[] = [];
  const years = new Set(found.spans.map((s) => s.text));
  for (const m of found.rest.matchAll(NUMBER)) {
    const raw = m[0];
    const after = found.rest.slice(m.index! + raw.length).trimStart();
    const unitWord = /^(%|[a-z$]+)/.exec(after)?.[1] ?? '';
    const scale = SCALE[unitWord] ?? 1;
    const unitRest = scale > 1 ? (/^[a-z]+\s+([a-z$%]+)/.exec(after)?.[1] ?? '') : unitWord;
    const value = Number(raw.replace(/[^\d.]/g, '')) * scale;
    if (!Number.isFinite(value) || years.has(raw)) continue;
    const unit = raw.includes('$') ? 'usd' : (UNIT_ALIASES[unitRest] ?? unitRest);
    quantities.push({ text: `${raw} ${unitWord}`.trim(), value, unit, approx: /^(?:about|around|nearly|almost|over|more|some|approximately|up)/.test(raw) });
  }
  const titles = [...quote.matchAll(TITLE)].map((m) => m[0]).filter((t) => t.split(' ').length > 1);
  return { dates, quantities, titles, planned: PLAN.test(quote) };
}

function isoOf(s: { from: string; to: string }): { on: string; to?: string } {
  // Each end at the precision the text gave: whole years, whole months, or days.
  const years = s.from.endsWith('-01-01') && s.to.endsWith('-12-31');
  const months = s.from.endsWith('-01') && spanOf(s.to.slice(0, 7)).to === s.to;
  const cut = years ? 4 : months ? 7 : 10;
  const [on, to] = [s.from.slice(0, cut), s.to.slice(0, cut)];
  return on === to ? { on } : { on, to };
}

export function analysePassages(source: { id: string; text: string }): Passage[] {
  return splitPassages(source.text).map((p, index) => ({ id: `${source.id}.${index}`, source: source.id, index, ...p, ...analyseSentence(p.quote) }));
}
