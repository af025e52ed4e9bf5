// Draft curated facts from a source's passages: one for each dated, numbered or titled sentence that names an
// entity (one for each figure when a sentence holds several), in the schema of facts/curated/*.yaml, for a
// curator to review. Nothing here is invented: summaries and quotes are the sentence itself.
import { factKinds, type Fact, type FactDate, type FactKind } from '../schema.js';
import { fold } from '../normalise.js';
import type { PassageLanguage } from './language.js';
import type { Passage, PassageDate, Quantity } from './types.js';

/** Room left for the id's words after the source id and passage number (ids are at most 80 characters). */
const ID_LENGTH = 72;
/** A title made from the sentence is cut at this many characters, at a word. */
const TITLE_LENGTH = 70;

/** The words an id is made of: folded, and only a-z and 0-9 (ids are slugs). */
const slugWords = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function factId(sourceId: string, passage: Passage, suffix: string): string {
  const head = `${sourceId}-${passage.index}${suffix}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  let id = head;
  for (const w of slugWords(passage.titles[0] ?? passage.quote)) {
    if (id.length + w.length + 1 > ID_LENGTH) break;
    id += `-${w}`;
  }
  return id.replace(/-+/g, '-');
}

/** The kind from the first cue word of the language data the sentence holds, in the data's order. */
function kindOf(quote: string, lang: PassageLanguage): FactKind {
  for (const { kind, cue } of lang.kinds) {
    cue.lastIndex = 0;
    if (cue.test(quote) && (factKinds as readonly string[]).includes(kind)) return kind as FactKind;
  }
  return lang.data.draft.fallback as FactKind;
}

function titleOf(passage: Passage): string {
  if (passage.titles[0]) return passage.titles[0];
  // A dateline ("ASTANA. KAZINFORM - ") is no part of what the sentence says.
  const sentence = passage.quote
    .replace(/\s+/g, ' ')
    .replace(/[.!?]["”’]?$/u, '')
    .replace(/^[\p{Lu}\p{N}\s.,]+\s[-–—]\s+/u, '');
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : TITLE_LENGTH)} …`;
}

/** How a date was worked out, in words a curator can check. */
function derivation(d: PassageDate, published: string): string {
  if (d.relative) return `"${d.text}" read against the publication date ${published}: ${d.on}.`;
  return `"${d.text}" prints no year; the year is the publication date's (${published}).`;
}

/** A list of this many printed dates or more ("meetings … in 1998, 2001, 2004") is one recurring event. */
const RECURRING = 3;

/** The other dates of a recurring event: every printed date of the sentence after the first, when there are enough. */
function recurring(dates: readonly PassageDate[]): string[] {
  const printed = dates.filter((d) => d.on && !d.to && !d.derived && !d.relative);
  return printed.length >= RECURRING && printed.length === dates.length ? printed.slice(1).map((d) => d.on!) : [];
}

/** The fact date for a passage date: a calendar date when one is known, else the source's words only. */
function factDate(d: PassageDate | undefined, published: string, also: string[]): FactDate | undefined {
  if (!d) return undefined;
  if (!d.on) return { text: d.text };
  const date: FactDate = { on: d.on };
  if (d.to) date.to = d.to;
  if (also.length) date.also = also;
  if (d.relative || d.derived) date.text = d.text;
  if (d.derived) date.derived = derivation(d, published);
  return date;
}

function valueOf(q: Quantity): NonNullable<Fact['value']> {
  return { amount: q.value, unit: q.unit, text: q.text };
}

/** Whether a passage belongs in a draft: a sentence (not a heading or dateline) with a date, a figure or a title. */
function draftable(p: Passage): boolean {
  return /[.!?]["”’»)]?$/u.test(p.quote) && (p.dates.length > 0 || p.quantities.length > 0 || p.titles.length > 0);
}

/** The date a fact leads with: a calendar date, else a day and month, else the words of a plain date, else a relative one. */
function leadDate(dates: readonly PassageDate[]): PassageDate | undefined {
  const rank = (d: PassageDate) => (d.on ? 0 : d.monthDay ? 1 : d.relative ? 3 : 2);
  return [...dates].sort((a, b) => rank(a) - rank(b))[0];
}

/** How many of a document's most named entities a sentence that names none is taken to speak of. */
const SUBJECTS = 3;

/** The entities a document keeps coming back to: named in two passages or more, most named first. */
function subjectsOf(passages: readonly Passage[]): string[] {
  const counts = new Map<string, number>();
  for (const p of passages) for (const e of p.entities) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SUBJECTS)
    .map(([e]) => e);
}

/** Draft facts for one source. `published` is the source's date or ''. */
export function draftFacts(source: { id: string; published: string }, passages: readonly Passage[], lang: PassageLanguage): Fact[] {
  const facts: Fact[] = [];
  const subjects = subjectsOf(passages);
  for (const p of passages.filter(draftable)) {
    // A sentence that names no one ("In 2017, the parties began …") speaks of the document's subjects.
    const entities = p.entities.length ? [...p.entities] : subjects;
    if (!entities.length) continue; // a fact must name an entity; a text that names none has nothing to draft
    const date = factDate(leadDate(p.dates), source.published, recurring(p.dates));
    const base = (suffix: string, planned: boolean): Fact => ({
      id: factId(source.id, p, suffix),
      kind: kindOf(p.quote, lang),
      title: titleOf(p),
      summary: p.quote.replace(/\s+/g, ' '),
      entities,
      ...(date ? { date } : {}),
      status: planned ? 'planned' : 'done',
      keywords: [],
      quotes: [p.quote],
      source: source.id,
    });
    if (p.quantities.length <= 1) facts.push({ ...base('', p.planned), ...(p.quantities[0] ? { value: valueOf(p.quantities[0]) } : {}) });
    else p.quantities.forEach((q, i) => facts.push({ ...base(`-${i + 1}`, q.planned), value: valueOf(q) }));
  }
  return facts;
}
