// Numbers with what they count: "971 kilometers", "$1.2 billion", "about 1,380 km", "75 documents", "two presidents".
// Dates, years, ordinals ("1st") and list numbering are not quantities.
import { stem } from '../stem.js';
import type { PassageLanguage } from './language.js';
import { phraseKey } from './phrases.js';
import { overlapsAny } from './spans.js';
import type { Quantity } from './types.js';

/** How many words after a number may stand before the noun it counts ("1,565 main and intermediary boundary posts"). */
const MAX_NOUN_WORDS = 5;

/** How far before a number its sign or approximation word is looked for, and after it its scale, unit or noun
 * (characters): bounded, so a long text costs no more per number than a short one. */
const LOOK_BACK = 32;
const LOOK_AHEAD = 96;
/** List numbering stands within this many characters of a unit's start. */
const LIST_NUMBER = 8;
/** The unit of a part of a whole ("one-third of the border"). */
const FRACTION = 'fraction';

type Span = { start: number; end: number };
/** `joined`: a measure joined to its noun by a hyphen ("1,257-kilometre border"), which "of them" cannot refer to. */
type Found = Quantity & Span & { at: number; joined?: boolean };

/** A figure in digits: 1,380 or 1.7. Two joined by a dash are a range ("5-6 billion dollars"). */
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

type Patterns = { number: RegExp; scale: RegExp; unit: RegExp; sign: RegExp; approx: RegExp; headAfter: RegExp };
const compiled = new WeakMap<PassageLanguage, Patterns>();

function patterns(lang: PassageLanguage): Patterns {
  let p = compiled.get(lang);
  if (!p) {
    p = {
      // Digits (1,380 or 1.7; not part of a word, a time, an id or a longer number) or a number word.
      number: new RegExp(`(?<![\\p{L}\\p{N}.,:/\\\\-])${DIGITS}(?:[-–]${DIGITS})?(?![\\p{L}\\p{N}]|[.,:]\\d)|${lang.fractionWord}|${lang.numberWord}`, 'giu'),
      scale: new RegExp(`^\\s*${lang.scale}`, 'iu'),
      // "971 km", and joined by a hyphen as an adjective: "the 1,257-kilometre border".
      unit: new RegExp(`^(?:\\s*|-)${lang.unit}`, 'iu'),
      sign: new RegExp(`${lang.sign}\\s*$`, 'u'),
      approx: new RegExp(`${lang.approx}\\s+$`, 'iu'),
      // "7.4% increase", "85 percent of the Kyrgyz-Uzbek border": a head straight after, past "of the" and one name.
      headAfter: new RegExp(`^\\s+(?:of\\s+(?:the\\s+)?)?(?:([\\p{L}-]+)\\s+)?(${lang.heads.source})`, 'iu'),
    };
    compiled.set(lang, p);
  }
  return p;
}

/** The noun a number counts: the first plural among the words that follow it ("1,565 main and intermediary boundary
 * posts"), or the first word when none is plural; the search stops at a stop word, a number word or punctuation. */
function countedNoun(after: string, value: number, lang: PassageLanguage): { noun: string; length: number } | undefined {
  const m = /^(\s+[\p{L}][\p{L}'’-]*)+/u.exec(after);
  if (!m) return undefined;
  let first: { noun: string; length: number } | undefined;
  let count = 0;
  for (const w of m[0].matchAll(/\s+([\p{L}][\p{L}'’-]*)/gu)) {
    const word = w[1]!;
    const key = word.toLowerCase();
    if (lang.nounStops.has(key) || lang.numberWords.has(key.split('-')[0]!) || ++count > MAX_NOUN_WORDS) break;
    if (lang.nounJoins.has(key)) continue;
    const found = { noun: word, length: w.index + w[0].length };
    first ??= found;
    if (value === 1 || lang.unitOf.has(key) || /\p{Ll}s$/u.test(word)) return value === 1 ? first : found;
  }
  return first;
}

/** The unit a counted noun stands for: a unit word of the data ("people" → person), else the noun's stem. */
export function nounUnit(noun: string, lang: PassageLanguage): string {
  return lang.unitOf.get(phraseKey(noun)) ?? stem(noun.toLowerCase());
}

/** A head straight after a figure ("7.4% increase", "85 percent of the border"): it belongs to that figure alone. */
function headAfter(quote: string, q: Span, lang: PassageLanguage): { text: string; end: number } | undefined {
  const m = patterns(lang).headAfter.exec(quote.slice(q.end, q.end + LOOK_AHEAD));
  if (!m || (m[1] !== undefined && !/^\p{Lu}/u.test(m[1]))) return undefined; // only a name may stand between
  return { text: m[2]!, end: q.end + m[0].length };
}

/** The nearest head phrase before a figure, within its window ("trade turnover … reached $1.5 billion"). */
function headBefore(quote: string, q: Span, from: number, lang: PassageLanguage): string | undefined {
  let best: string | undefined;
  for (const m of quote.slice(from, q.start).matchAll(lang.heads)) best = m[0];
  return best;
}

/** The figures and number words of a sentence, in order, as `findQuantities` reads them: a sentence without any has no quantity, and needs no dates read for them. */
export function numbersIn(quote: string, lang: PassageLanguage): RegExpExecArray[] {
  return [...quote.matchAll(patterns(lang).number)];
}

/** Every quantity of a sentence in order; `dates` are spans already read as dates (sorted), `plannedAt` tells a plan's clause. */
export function findQuantities(
  quote: string,
  dates: Span[],
  lang: PassageLanguage,
  plannedAt: (offset: number) => boolean,
  numbers = numbersIn(quote, lang),
): Quantity[] {
  const p = patterns(lang);
  const found: Found[] = [];
  for (const m of numbers) {
    const at = m.index;
    let end = at + m[0].length;
    if (overlapsAny(dates, at, end)) continue;
    const before = quote.slice(Math.max(0, at - LOOK_BACK), at);
    const isWord = /^\p{L}/u.test(m[0]);
    // List numbering ("1. The …", "2) …") opens a unit; it counts nothing.
    if (at < LIST_NUMBER && !quote.slice(0, at).trim() && /^[.)]/.test(quote.slice(end, end + 1))) continue;
    const fraction = lang.fractions.get(phraseKey(m[0]));
    if (isWord && fraction === undefined) {
      const previous = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
      if ((previous && lang.references.has(previous)) || quote[end] === '-') continue;
    }
    const [low, high] = isWord ? [] : m[0].split(/[-–]/).map((x) => Number(x.replace(/,/g, '')));
    // "5-6 billion": a range is read by its ends; one whose second end is no larger is no range ("1-1", "10-2").
    if (high !== undefined && !(high > low!)) continue;
    let value = fraction ?? (isWord ? lang.numberWords.get(phraseKey(m[0]))! : low!);
    let upTo = high;
    let start = at;
    let unit = fraction !== undefined ? FRACTION : '';
    const sign = fraction === undefined ? p.sign.exec(before) : null;
    if (sign) {
      unit = lang.signs.get(sign[0].trim())!;
      start = at - sign[0].length;
    }
    const scale = fraction === undefined ? p.scale.exec(quote.slice(end, end + LOOK_AHEAD)) : null;
    if (scale) {
      const times = lang.scales.get(phraseKey(scale[0]))!;
      value = Number((value * times).toPrecision(12)); // 1.7 × 1e9 without float noise
      if (upTo !== undefined) upTo = Number((upTo * times).toPrecision(12));
      end += scale[0].length;
    }
    const unitWord = fraction === undefined ? p.unit.exec(quote.slice(end, end + LOOK_AHEAD)) : null;
    const joined = unitWord?.[0].startsWith('-') ?? false;
    if (unitWord) {
      unit = lang.unitOf.get(phraseKey(unitWord[0].replace(/^-/, '')))!;
      end += unitWord[0].length;
    } else if (!unit) {
      const partitive = lang.partitive.exec(quote.slice(end, end + LOOK_AHEAD));
      const noun = partitive ? undefined : countedNoun(quote.slice(end, end + LOOK_AHEAD), value, lang);
      const counted = found.filter((f) => !f.joined).at(-1);
      if (partitive && counted)
        unit = counted.unit; // "1,565 … posts, 776 of which": posts
      else if (noun) {
        // "two friendly states": the parties; "nine countries took part": a count of them.
        if (isWord && value <= lang.partiesUpTo && lang.parties.has(noun.noun.toLowerCase())) continue;
        unit = nounUnit(noun.noun, lang);
        end += noun.length;
      } else if (!scale) continue; // a bare number says nothing
    }
    const approx = p.approx.exec(quote.slice(Math.max(0, start - LOOK_BACK), start));
    if (approx) start -= approx[0].length;
    // A measure joined to its noun ("the 260-km line is expected to be commissioned") tells what the thing is, not
    // what the plan is to reach: no plan's figure, though its clause states a plan.
    const planned = plannedAt(at) && !joined;
    found.push({
      text: quote.slice(start, end),
      value,
      ...(upTo !== undefined ? { upTo } : {}),
      unit,
      approx: Boolean(approx),
      planned,
      start,
      end,
      at,
      ...(joined ? { joined } : {}),
    });
  }
  const after = found.map((q) => (lang.headed.has(q.unit) ? headAfter(quote, q, lang) : undefined));
  return found.map((q, i) => {
    const previous = found[i - 1];
    const from = previous ? Math.max(previous.end, after[i - 1]?.end ?? 0) : 0;
    const head = lang.headed.has(q.unit) ? (after[i]?.text ?? headBefore(quote, q, from, lang)) : undefined;
    const quantity: Quantity = {
      text: q.text,
      value: q.value,
      ...(q.upTo !== undefined ? { upTo: q.upTo } : {}),
      unit: q.unit,
      approx: q.approx,
      planned: q.planned,
    };
    if (head) quantity.head = head;
    return quantity;
  });
}
