// A document into units: paragraphs (a heading, a dateline or a list item is one of its own), then sentences.
// Sentences come from Intl.Segmenter, with the abbreviations of the language data mended back together.
import type { PassageLanguage } from './language.js';
import type { Span } from './types.js';

type Range = { start: number; end: number };

const TERMINAL = /[.!?:;"”’»)\]]\s*$/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** Lines of the text, each with its offsets (without the line break). */
function lines(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length - m[1]!.length });
  return out;
}

/** Paragraphs: blank lines part them, and so does every line break except a hard wrap (a line left open, then lower case). */
function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  for (const line of lines(text)) {
    const body = text.slice(line.start, line.end);
    if (!HAS_CONTENT.test(body)) continue;
    const last = out.at(-1);
    const openBefore = last && /^(\r\n|\r|\n)$/.test(text.slice(last.end, line.start)) && !TERMINAL.test(text.slice(last.start, last.end));
    if (openBefore && /^\s*\p{Ll}/u.test(body)) last.end = line.end;
    else out.push({ ...line });
  }
  return out;
}

/** A range with the whitespace at either end left out. */
function trimmed(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

const WORD_BEFORE_STOP = /(?:^|[^\p{L}.])((?:\p{L}\.)*\p{L}+)\.\s*$/u;
/** Characters from the end of a sentence in which its last word is looked for first. */
const TAIL = 64;

/**
 * The word before a final full stop ("Nov." in "… on Nov."). The pattern is anchored at the end, but a search tries
 * it at every offset: on a long sentence that cost the split most of its time, so the tail is read first, and the
 * whole sentence only when the word may reach past the tail's start (the match did not begin with a character that
 * parts it from what comes before, a surrogate being no such character).
 */
function wordBeforeStop(before: string): RegExpExecArray | null {
  if (before.length <= TAIL) return WORD_BEFORE_STOP.exec(before);
  const m = WORD_BEFORE_STOP.exec(before.slice(-TAIL));
  if (!m) return null;
  const first = m[0].charCodeAt(0);
  const parted = !m[0].startsWith(m[1]!);
  return parted && (first < 0xd800 || first > 0xdfff) ? m : WORD_BEFORE_STOP.exec(before);
}

/** Whether the sentence break after `before` is false: an abbreviation or an initial, not the end of a sentence. */
function mendsWithNext(before: string, after: string, lang: PassageLanguage): boolean {
  if (/^\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\.\s*$/u.test(before)) return true; // a dateline: "ASTANA. KAZINFORM - …"
  if (/^\s*\d{1,3}[.)]\s*$/u.test(before)) return true; // list numbering: "1. The sides …"
  const m = wordBeforeStop(before);
  if (!m) return false;
  const word = m[1]!;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "N. Nazarbayev"
  const key = word.toLowerCase();
  if (lang.abbreviations.has(key)) return true;
  return lang.beforeNumber.has(key) && /^\s*[\p{Ll}\p{N}]/u.test(after);
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return s;
}

/** The sentences of one paragraph, as ranges of the text. */
function sentences(text: string, para: Range, lang: PassageLanguage, locale: string): Range[] {
  // Line breaks inside a hard-wrapped paragraph would end a sentence for the segmenter: it reads them as spaces.
  const body = text.slice(para.start, para.end).replace(/[\r\n]/g, ' ');
  const out: Range[] = [];
  for (const { index, segment } of segmenter(locale).segment(body)) {
    const r = { start: para.start + index, end: para.start + index + segment.length };
    const last = out.at(-1);
    if (last && (!HAS_CONTENT.test(segment) || mendsWithNext(text.slice(last.start, last.end), segment, lang))) last.end = r.end;
    else out.push(r);
  }
  return out;
}

/** Whether a paragraph is a heading, dateline or list item: short and with no full stop at its end. */
function standsAlone(body: string, lang: PassageLanguage): boolean {
  return !/[.!?]["”’»)]?\s*$/u.test(body) && body.trim().split(/\s+/).length <= lang.data.sentences.headingWords;
}

/** The units of a document in order: every quote is `text.slice(start, end)`, trimmed of whitespace only. */
export function splitPassages(text: string, lang: PassageLanguage, locale = 'en'): Span[] {
  const out: Span[] = [];
  paragraphs(text).forEach((para, paragraph) => {
    const body = text.slice(para.start, para.end);
    const units = standsAlone(body, lang) ? [para] : sentences(text, para, lang, locale);
    for (const u of units) {
      const { start, end } = trimmed(text, u);
      if (!HAS_CONTENT.test(text.slice(start, end))) continue;
      out.push({ quote: text.slice(start, end), start, end, index: out.length, paragraph });
    }
  });
  return out;
}
