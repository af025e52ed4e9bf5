// The language data of lang/<code>/passages.yaml: its shape (zod) and the lookups and patterns built from it once.
import { z } from 'zod';
import { alternation, phraseKey, phraseRegex } from './phrases.js';

const words = z.array(z.string().min(1));

export const passageLanguageSchema = z.strictObject({
  /** chrono-node's parser: en, ru … */
  chrono: z.string().min(2),
  /** Dates written with dots (01.03.2020) are day first. */
  dottedDayFirst: z.boolean(),
  sentences: z.strictObject({
    /** Words that never end a sentence when followed by a full stop ("Mr.", "St."). */
    abbreviations: words,
    /** Words whose full stop ends a sentence only before a capital letter ("Sept. 6", "504 km. The"). */
    beforeNumber: words,
    /** A line without a full stop and with at most this many words stands alone (heading, dateline, list item). */
    headingWords: z.number().int().positive(),
  }),
  dates: z.strictObject({
    months: words,
    weekdays: words,
    /** Month and weekday names start with a capital letter in this language. */
    capitalised: z.boolean(),
    /** Words kept in a date's text when they stand just before it ("in March"). */
    prepositions: words,
    /** Relative years and their offset from the publication year ("last year": -1). */
    years: z.record(z.string(), z.number().int()),
    /** Relative days and their offset from the publication day ("today": 0). */
    days: z.record(z.string(), z.number().int()),
    /** Relative or vague times that name no calendar date even in a dated source. */
    unresolved: words,
    /** Verbs of saying: a date just after one dates the statement, not the event it reports. */
    sayings: words,
    /** Words before a year that open a range, and words between its two years ("from 2005 to 2009"). */
    rangeStarts: words,
    rangeJoins: words,
  }),
  plans: z.strictObject({ cues: words, notCues: words }),
  quantities: z.strictObject({
    approx: words,
    numbers: z.record(z.string(), z.number()),
    fractions: z.record(z.string(), z.number()),
    /** The word a fraction comes before ("one-third of the border"); none: the noun itself follows ("одной трети акций"). */
    fractionOf: z.string().optional(),
    references: words,
    parties: words,
    /** The largest number that, before a party noun, names the parties ("two countries"); a larger one counts them ("nine countries"). */
    partiesUpTo: z.number().default(3),
    scales: z.record(z.string(), z.number()),
    signs: z.record(z.string(), z.string()),
    units: z.record(z.string(), words),
    partitives: words,
    headed: words,
    heads: words,
    nounJoins: words,
    nounStops: words,
  }),
  titles: z.strictObject({ heads: words, joins: words, placeJoins: words, notDocuments: words }),
  draft: z.strictObject({ kinds: z.record(z.string(), words), fallback: z.string() }),
});
export type PassageLanguageData = z.infer<typeof passageLanguageSchema>;

/** The language data compiled once: lookups by folded phrase, and the patterns the analysers share. */
export type PassageLanguage = {
  data: PassageLanguageData;
  abbreviations: Set<string>;
  beforeNumber: Set<string>;
  /** A month or weekday name (or a numeric date): what makes a sentence worth giving to chrono-node. */
  calendarWord: RegExp;
  /** The same, global: every such word of a sentence. */
  calendarWords: RegExp;
  monthNumber: Map<string, number>;
  prepositions: Set<string>;
  relativeYears: Map<string, number>;
  relativeDays: Map<string, number>;
  relative: RegExp;
  /** A verb of saying, then at most three words, at the end of the text before a date ("said in a statement "). */
  sayingBefore: RegExp;
  rangeStarts: Set<string>;
  rangeJoins: Set<string>;
  planCue: RegExp;
  notPlanCue: RegExp;
  approx: string;
  numberWords: Map<string, number>;
  numberWord: string;
  fractions: Map<string, number>;
  /** A fraction word followed by "of" ("one-third of"): the match is the fraction alone. */
  fractionWord: string;
  references: Set<string>;
  parties: Set<string>;
  partiesUpTo: number;
  scales: Map<string, number>;
  scale: string;
  signs: Map<string, string>;
  sign: string;
  unitOf: Map<string, string>;
  unit: string;
  /** A scale or unit word straight after a number: "2000 km" is a distance, not a year. */
  unitAhead: RegExp;
  /** A currency sign or approximation word straight before a number: "$2000", "about 2000" are amounts. */
  amountBehind: RegExp;
  partitive: RegExp;
  headed: Set<string>;
  heads: RegExp;
  nounJoins: Set<string>;
  nounStops: Set<string>;
  titleHeads: Set<string>;
  /** Any title head word, capitalised: a sentence without one names no document (checked before tokenising). */
  titleHead: RegExp;
  titleJoins: Set<string>;
  placeJoins: Set<string>;
  notDocuments: Set<string>;
  kinds: { kind: string; cue: RegExp }[];
};

const MONTHS_IN_ORDER = 12;

/** Validates raw YAML data and compiles it; throws a zod error naming the field when the data is malformed. */
export function compilePassageLanguage(raw: unknown): PassageLanguage {
  const data = passageLanguageSchema.parse(raw);
  const { sentences, dates, plans, quantities, titles, draft } = data;
  const lower = (list: readonly string[]) => new Set(list.map(phraseKey));
  const monthNumber = new Map<string, number>();
  // The first twelve months are the full names in calendar order; abbreviations follow and map by their prefix.
  dates.months.slice(0, MONTHS_IN_ORDER).forEach((m, i) => monthNumber.set(phraseKey(m), i + 1));
  for (const m of dates.months.slice(MONTHS_IN_ORDER)) {
    const full = dates.months.slice(0, MONTHS_IN_ORDER).findIndex((f) => phraseKey(f).startsWith(phraseKey(m)));
    if (full >= 0) monthNumber.set(phraseKey(m), full + 1);
  }
  const calendarPattern = `${alternation([...dates.months, ...dates.weekdays])}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}`;
  const unitOf = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(quantities.units)) for (const s of spellings) unitOf.set(phraseKey(s), canonical);
  return {
    data,
    abbreviations: lower(sentences.abbreviations),
    beforeNumber: lower(sentences.beforeNumber),
    calendarWord: new RegExp(calendarPattern, dates.capitalised ? 'u' : 'iu'),
    calendarWords: new RegExp(calendarPattern, dates.capitalised ? 'gu' : 'giu'),
    monthNumber,
    prepositions: lower(dates.prepositions),
    relativeYears: new Map(Object.entries(dates.years).map(([k, v]) => [phraseKey(k), v])),
    relativeDays: new Map(Object.entries(dates.days).map(([k, v]) => [phraseKey(k), v])),
    relative: phraseRegex([...Object.keys(dates.years), ...Object.keys(dates.days), ...dates.unresolved]),
    sayingBefore: new RegExp(`${alternation(dates.sayings)}(?:\\s+\\p{L}+){0,3}\\s+$`, 'iu'),
    rangeStarts: lower(dates.rangeStarts),
    rangeJoins: lower(dates.rangeJoins),
    planCue: phraseRegex(plans.cues),
    notPlanCue: phraseRegex(plans.notCues),
    approx: alternation(quantities.approx),
    numberWords: new Map(Object.entries(quantities.numbers).map(([k, v]) => [phraseKey(k), v])),
    numberWord: alternation(Object.keys(quantities.numbers)),
    fractions: new Map(Object.entries(quantities.fractions).map(([k, v]) => [phraseKey(k), v])),
    fractionWord: `${alternation(Object.keys(quantities.fractions))}(?=\\s+${quantities.fractionOf ? `${quantities.fractionOf}\\s` : '\\p{L}'})`,
    references: lower(quantities.references),
    parties: lower(quantities.parties),
    partiesUpTo: quantities.partiesUpTo,
    scales: new Map(Object.entries(quantities.scales).map(([k, v]) => [phraseKey(k), v])),
    scale: alternation(Object.keys(quantities.scales)),
    signs: new Map(Object.entries(quantities.signs)),
    sign: alternation(Object.keys(quantities.signs)),
    unitOf,
    unit: alternation([...unitOf.keys()]),
    unitAhead: new RegExp(`^\\s*(?:${alternation(Object.keys(quantities.scales))}|${alternation([...unitOf.keys()])})`, 'iu'),
    amountBehind: new RegExp(`(?:${alternation(Object.keys(quantities.signs))}|${alternation(quantities.approx)}\\s)\\s*$`, 'iu'),
    partitive: new RegExp(`^\\s*${alternation(quantities.partitives)}`, 'iu'),
    headed: new Set(quantities.headed),
    heads: phraseRegex(quantities.heads),
    nounJoins: lower(quantities.nounJoins),
    nounStops: lower(quantities.nounStops),
    titleHeads: new Set(titles.heads),
    titleHead: new RegExp(alternation(titles.heads), 'u'),
    titleJoins: lower(titles.joins),
    placeJoins: lower(titles.placeJoins),
    notDocuments: new Set(titles.notDocuments),
    kinds: Object.entries(draft.kinds).map(([kind, cues]) => ({ kind, cue: phraseRegex(cues) })),
  };
}
