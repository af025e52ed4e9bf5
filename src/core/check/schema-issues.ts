// A zod issue turned into a problem a curator can act on: the field, the value as written, and the fix
// (the accepted date shapes, the field meant by a misspelt name, the allowed values).
import { z } from 'zod';
import type { DataProblem } from './problem.js';
import { shown } from './problem.js';
import { didYouMean } from './nearest.js';

export const DATE_SHAPES =
  "write YYYY (1993), YYYY-MM (1993-01) or YYYY-MM-DD (1993-01-14), in quotes: on: '1993-01-14'. " +
  "A day and month with no year: date: { monthDay: '11-03', text: 'Nov. 3' }. No calendar date: date: { text: 'on Monday' }";
const PUBLISHED_SHAPES = "write YYYY, YYYY-MM or YYYY-MM-DD in quotes ('2017-04-22'), or '' when the document gives no way to tell (and say why in `derived`)";
const SLUG = 'lower-case letters, digits and hyphens';
const ISO_MESSAGE = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** The schema that validates the value at `path` below `schema`, when it can be told. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const seg of path) {
    while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return undefined;
  }
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

/** "2003-9-5" written out as "2003-09-05", when that is a real day (or month). */
function paddedDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value.trim()) : null;
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, m[2]!.padStart(2, '0'), m[3]?.padStart(2, '0')];
  const iso = d ? `${y}-${mo}-${d}` : `${y}-${mo}`;
  const valid = Number(mo) >= 1 && Number(mo) <= 12 && (!d || new Date(`${iso}T00:00:00Z`).getUTCDate() === Number(d));
  return valid && iso !== value ? iso : undefined;
}

const slugify = (v: unknown) =>
  String(v)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The problems of one zod issue on a record. `raw` is what the schema was given (the record as parsed from
 * YAML), so the value shown is the one the curator wrote.
 */
export function issueProblems(base: { file: string; id?: string }, schema: z.ZodType, raw: unknown, issue: z.core.$ZodIssue): DataProblem[] {
  const path = issue.path;
  const field = path.map(String).join('.') || undefined;
  const value = valueAt(raw, path);
  const at = { ...base, ...(field ? { field } : {}) };
  const last = String(path.filter((p) => typeof p === 'string').at(-1) ?? '');

  if (issue.code === 'unrecognized_keys') {
    const here = schemaAt(schema, path);
    const allowed = here instanceof z.ZodObject ? Object.keys(here.shape) : [];
    return issue.keys.map((key) => ({
      ...base,
      field: [...path.map(String), key].join('.'),
      message: `unknown field "${key}"`,
      fix: didYouMean(key, allowed, allowed.length ? `remove it; the fields here are ${allowed.join(', ')}` : 'remove it'),
    }));
  }
  if (value === undefined && issue.code === 'invalid_type') {
    return [{ ...at, message: 'missing', fix: `add \`${last}:\`` }];
  }
  const problem: DataProblem = { ...at, message: issue.message, value: shown(value) };
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    const options = issue.values.map(String);
    problem.message = 'not one of the allowed values';
    problem.fix = `${didYouMean(String(value), options, 'use one of')}${options.length ? ` (allowed: ${options.join(', ')})` : ''}`;
  } else if (last === 'date' && path[0] === 'published') {
    problem.message = 'not a publication date';
    problem.fix = PUBLISHED_SHAPES;
  } else if (issue.message === ISO_MESSAGE || (issue.message === 'no such day' && last !== 'monthDay')) {
    problem.message = issue.message === ISO_MESSAGE ? `not a date: ${ISO_MESSAGE}` : 'no such day';
    const padded = paddedDate(value);
    problem.fix = padded ? `did you mean '${padded}'? ${DATE_SHAPES[0]!.toUpperCase()}${DATE_SHAPES.slice(1)}` : DATE_SHAPES;
  } else if (last === 'monthDay' && (issue.message === 'MM-DD' || issue.message === 'no such day')) {
    problem.message = issue.message === 'no such day' ? 'no such day' : 'not a day of the year: MM-DD';
    problem.fix = "write MM-DD in quotes, month first: monthDay: '11-03' for 3 November";
  } else if (issue.message === SLUG) {
    problem.message = `not an id: ${SLUG}`;
    const suggestion = slugify(value);
    problem.fix = suggestion ? `write "${suggestion}"` : `use ${SLUG}`;
  } else if (last === 'url') {
    problem.message = 'not an address';
    problem.fix = "write the full address (https://…), or url: '' with a `urlNote` that says why there is none";
  } else if (issue.code === 'too_small' && Array.isArray(value)) {
    problem.fix = last === 'quotes' ? 'add at least one quote, copied word for word from the source' : `add at least one entry to \`${last}\``;
  }
  return [problem];
}
