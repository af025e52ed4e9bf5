// Names of documents: a capitalised Treaty, Agreement, Program(me), Protocol … phrase, verbatim
// ("Treaty on Allied Relations", "Cooperation Program between the Ministry … for 2026-2028"), or a quoted one.
import type { PassageLanguage } from './language.js';
import { phraseKey } from './phrases.js';

type Token = { text: string; start: number; end: number };

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;
const capitalised = (t: string) => /^[\p{Lu}\p{N}]/u.test(t);
const isWord = (t: string) => /^[\p{L}\p{N}]/u.test(t);

/** A run of capitalised words with joining words between them, around a head word. */
function titleAround(tokens: Token[], head: number, lang: PassageLanguage): { from: number; to: number } | undefined {
  let from = head;
  // Capitalised words just before the head belong to the name ("Dushanbe Agreement", "Cooperation Program"),
  // except the first word of the sentence when it is only a determiner ("The Agreement" keeps "The" only in quotes).
  while (from > 0 && isWord(tokens[from - 1]!.text) && capitalised(tokens[from - 1]!.text) && !lang.titleJoins.has(tokens[from - 1]!.text.toLowerCase()))
    from--;
  let to = head;
  for (let i = head + 1; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    // "… Treaty on Friendship in January 1993": a month begins a date, not more of the name.
    if (lang.monthNumber.has(phraseKey(t))) break;
    if (isWord(t) && capitalised(t)) to = i;
    else if (isWord(t) && lang.titleJoins.has(t.toLowerCase())) continue;
    else if (t === '-' || t === '–') continue;
    else break;
  }
  // "… Relations in Astana": a place, not part of the name.
  if (to - head >= 2 && lang.placeJoins.has(tokens[to - 1]!.text.toLowerCase())) to -= 2;
  const last = tokens[to]!.text;
  if (lang.notDocuments.has(last)) return undefined;
  return { from, to };
}

/** Text inside quotation marks that names a document ("“Treaty on the Fundamentals of the Relations …”"). */
function quotedTitles(quote: string, lang: PassageLanguage): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of quote.matchAll(/[“"«]([^“”"«»]{3,300})[”"»]/gu)) {
    const inner = m[1]!.trim();
    const words = inner.split(/\s+/);
    if (capitalised(inner) && words.some((w) => lang.titleHeads.has(w)) && !lang.notDocuments.has(words.at(-1)!)) {
      const start = m.index + 1 + m[1]!.indexOf(inner);
      out.push({ text: inner, start, end: start + inner.length });
    }
  }
  return out;
}

/** Whether a line is set in title case (a headline): its capitalised phrases are no document names. */
function isHeadline(quote: string, lang: PassageLanguage): boolean {
  if (/[.!?]["”’]?$/u.test(quote)) return false;
  const words = quote.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !lang.titleJoins.has(w.toLowerCase()));
  return words.length > 1 && words.every((w) => capitalised(w));
}

/** The document titles a sentence names, in order, each once. */
export function findTitles(quote: string, lang: PassageLanguage): string[] {
  if (!lang.titleHead.test(quote) || isHeadline(quote, lang)) return [];
  const found = quotedTitles(quote, lang);
  const tokens = [...quote.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < tokens.length; i++) {
    if (!lang.titleHeads.has(tokens[i]!.text)) continue;
    const span = titleAround(tokens, i, lang);
    if (!span || span.from === span.to) continue; // "the Protocol" alone names no document
    const start = tokens[span.from]!.start;
    const end = tokens[span.to]!.end;
    i = span.to;
    if (found.some((f) => f.start <= start && end <= f.end)) continue;
    found.push({ text: quote.slice(start, end), start, end });
  }
  return [...new Set(found.sort((a, b) => a.start - b.start).map((f) => f.text))];
}
