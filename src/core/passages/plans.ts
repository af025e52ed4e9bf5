// Whether a sentence, or the clause holding a figure or a date, states a plan, an expectation or an intention.
import type { PassageLanguage } from './language.js';

/** Offsets in the sentence where a plan cue stands (cues inside a `notCues` phrase such as "political will" excluded). */
export function planCues(quote: string, lang: PassageLanguage): number[] {
  const blocked = [...quote.matchAll(lang.notPlanCue)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return [...quote.matchAll(lang.planCue)].filter((m) => !blocked.some((b) => b.start <= m.index && m.index < b.end)).map((m) => m.index);
}

/** A clause is looked for this far around an offset (characters), so long sentences cost no more per figure. */
const CLAUSE_REACH = 400;

/** The start of the clause an offset stands in: after the last comma, semicolon, colon or dash before it. */
function clauseStart(quote: string, offset: number): number {
  const from = Math.max(0, offset - CLAUSE_REACH);
  const m = /.*(?:[,;:](?=\s)|\s[-–—]\s)/su.exec(quote.slice(from, offset));
  return m ? from + m[0].length : from;
}

/** The end of the clause an offset stands in. */
function clauseEnd(quote: string, offset: number): number {
  const m = /[,;:](?=\s)|\s[-–—]\s/u.exec(quote.slice(offset, offset + CLAUSE_REACH));
  return m ? offset + m.index : Math.min(quote.length, offset + CLAUSE_REACH);
}

/** A test of whether a plan cue stands in the clause of an offset ("…, intending to achieve $2 billion"). */
export function plannedClause(quote: string, cues: number[]): (offset: number) => boolean {
  return (offset) => {
    const from = clauseStart(quote, offset);
    const to = clauseEnd(quote, offset);
    return cues.some((c) => c >= from && c < to);
  };
}
