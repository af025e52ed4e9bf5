// Which form a question takes beyond "look one thing up": yes/no, which came first, how long between two
// things, how old someone was, how many there are. The cue phrases are lexicon data (`forms`).
import type { KnowledgeBase } from './knowledge.js';
import { fold, words } from './normalise.js';

export type Form = 'yesno' | 'order' | 'difference' | 'age' | 'count' | 'longer';

/** A phrase of whole words inside folded text. */
function within(folded: string, phrase: string): boolean {
  return ` ${folded} `.includes(` ${phrase} `);
}

/** A question that ends asking for confirmation ("…, right?"): the cue's words, and the question's words before it. */
export function confirmCue(kb: KnowledgeBase, question: string): { cue: string[]; before: string } | undefined {
  const ws = words(fold(question));
  const cue = kb.lexicon.forms.confirm.map((p) => p.split(' ')).find((c) => ws.length > c.length && ws.slice(-c.length).join(' ') === c.join(' '));
  return cue ? { cue, before: ws.slice(0, -cue.length).join(' ') } : undefined;
}

/** The form of a question, if it is one of those; the most specific cue wins (age, order, difference, count, yes/no). */
export function formOf(kb: KnowledgeBase, question: string): Form | undefined {
  const f = kb.lexicon.forms;
  const q = words(fold(question)).join(' ');
  if (f.age.some((p) => within(q, p))) return 'age';
  if (f.order.some((p) => within(q, p))) return 'order';
  if (f.difference.some((p) => within(q, p))) return 'difference';
  if ([...f.longer, ...f.shorter].some((p) => within(q, p))) return 'longer';
  const first = q.split(' ')[0] ?? '';
  if (f.yesno.includes(first) || confirmCue(kb, question)) return 'yesno';
  if (f.count.some((p) => within(q, p))) return 'count';
  return undefined;
}

/** Whether the question asks for the span of years a thing covers ("which years does the programme cover?"). */
export function asksYearSpan(kb: KnowledgeBase, question: string): boolean {
  const q = words(fold(question)).join(' ');
  return kb.lexicon.forms.yearSpan.some((p) => within(q, p));
}

/** Whether "which is longer?" asks the other way ("which is shorter?"). */
export function asksShorter(kb: KnowledgeBase, question: string): boolean {
  const q = words(fold(question)).join(' ');
  return kb.lexicon.forms.shorter.some((p) => within(q, p));
}

/** The words of the comparison cues a question holds ("came first", "days apart"): they name nothing compared. */
export function comparisonWords(kb: KnowledgeBase, question: string): Set<string> {
  const f = kb.lexicon.forms;
  const q = words(fold(question)).join(' ');
  return new Set([...f.age, ...f.order, ...f.difference, ...f.longer, ...f.shorter].filter((p) => within(q, p)).flatMap((p) => p.split(' ')));
}

/**
 * The counted noun of "how many official visits …": the first word after the cue that is no stopword and no name;
 * with none after it ("Nazarbayev's official trips to Tajikistan: how many, and when?"), the last one before it.
 */
export function countedWord(kb: KnowledgeBase, question: string): string | undefined {
  const q = words(fold(question));
  // "How many times did Nazarbayev visit …": a name is who did it, not what is counted.
  const counted = (w: string) => !kb.lexicon.isStopword(w) && !/^\d+$/.test(w) && !kb.alias(w);
  for (const p of kb.lexicon.forms.count) {
    const cue = p.split(' ');
    for (let i = 0; i + cue.length <= q.length; i++) {
      if (cue.every((w, k) => q[i + k] === w)) return q.slice(i + cue.length).find(counted) ?? q.slice(0, i).reverse().find(counted);
    }
  }
  return undefined;
}

/** The parts of a question that names two things to compare ("A or B", "A … when B", "after A did B"). */
export function twoParts(kb: KnowledgeBase, question: string): [string, string][] {
  const q = words(fold(question));
  const out: [string, string][] = [];
  for (let i = 1; i < q.length - 1; i++) {
    if (kb.lexicon.forms.joins.includes(q[i]!)) out.push([q.slice(0, i).join(' '), q.slice(i + 1).join(' ')]);
  }
  return out;
}

/** Whole years from one ISO date to another (at the precision both give), or undefined when they are too vague. */
export function yearsBetween(from: string, to: string): number | undefined {
  const [y1, y2] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  if (from.length < 10 || to.length < 10)
    return from.length === to.length || from.length >= 7 || to.length >= 7
      ? y2 - y1 - (from.slice(4) > to.slice(4) && from.length === to.length ? 1 : 0)
      : y2 - y1;
  return y2 - y1 - (to.slice(5) < from.slice(5) ? 1 : 0);
}

/** Whole months from one date to another, when both give their month. */
export function monthsBetween(from: string, to: string): number | undefined {
  if (from.length < 7 || to.length < 7) return undefined;
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return months(to) - months(from) - (from.length >= 10 && to.length >= 10 && to.slice(8) < from.slice(8) ? 1 : 0);
}

/** Whole days from one day to another, when both are days. */
export function daysBetween(from: string, to: string): number | undefined {
  if (from.length < 10 || to.length < 10) return undefined;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
