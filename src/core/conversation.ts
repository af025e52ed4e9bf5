// A conversation's memory between turns, and how a follow-up is read against it. The core keeps no state:
// a surface passes the context in with the question and stores the one that comes back (see
// src/state/conversations.ts). A follow-up becomes a question that stands alone — its pronouns replaced by
// what they refer to, an ellipsis ("and with Kyrgyzstan?") filled from the question before — and is then
// answered like any other; its cue words are language data (`followUp` in the lexicon).
import type { Answer } from './answer.js';
import type { KnowledgeBase } from './knowledge.js';
import { fold, words } from './normalise.js';
import type { Understanding } from './understand.js';

export type Turn = {
  /** The question as it was answered: a follow-up after it was made to stand alone. */
  question: string;
  /** Entities it named, in order, with the words that named them. */
  mentions: { id: string; text: string }[];
  /** The facts the answer gave, in its order (a list's items in list order). */
  facts: string[];
  /** People and places the answer named (what "he" and "there" refer to next). */
  named: string[];
  answered: boolean;
  /** ISO timestamp of the turn; old turns are forgotten. */
  at: string;
};

export type Conversation = { turns: Turn[] };

export const EMPTY_CONVERSATION: Conversation = { turns: [] };

/** How much a conversation remembers: turns, and how long a turn stays relevant. */
export const CONVERSATION_LIMITS = { turns: 6, maxAgeMs: 60 * 60 * 1000 };

export type FollowUp =
  /** A question that stands alone (a new topic replaces the context). */
  | { kind: 'standalone' }
  /** The question rewritten to stand alone, and the facts its pronoun refers to (which may hold the answer). */
  | { kind: 'resolved'; question: string; referents: string[] }
  /** "Who signed it?" with nothing before it to say what "it" is. */
  | { kind: 'unclear'; word: string }
  /** "And before that?": the like fact just before (-1) or after (1) the one the answer before gave. */
  | { kind: 'sequence'; direction: -1 | 1; question: string; fact: string };

/** The turn before this one, if it is recent enough to follow up on. */
export function lastTurn(c: Conversation | undefined, now: string): Turn | undefined {
  const turn = c?.turns[c.turns.length - 1];
  if (!turn) return undefined;
  return Date.parse(now) - Date.parse(turn.at) <= CONVERSATION_LIMITS.maxAgeMs ? turn : undefined;
}

/** The conversation after a turn: the new turn added, the oldest dropped past the limit. */
export function remember(c: Conversation | undefined, turn: Turn): Conversation {
  return { turns: [...(c?.turns ?? []), turn].slice(-CONVERSATION_LIMITS.turns) };
}

/** A turn from what was understood and answered. */
export function turnOf(kb: KnowledgeBase, u: Understanding, answer: Answer, at: string): Turn {
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));
  const named = answer.facts.flatMap((f) => [...kb.unit(f).people, ...kb.unit(f).places]).filter((id) => !mentioned.has(id));
  return {
    question: u.question,
    mentions: u.mentions.map((m) => ({ id: m.entity.id, text: m.text })),
    facts: answer.facts.map((f) => f.id),
    named: [...new Set(named)],
    answered: answer.answered,
    at,
  };
}

/** Whether a folded phrase stands in the folded question as whole words. */
function has(question: string, phrase: string): boolean {
  return ` ${question} `.includes(` ${phrase} `);
}

/** The phrase of the list that the question starts with, if any. */
function startsWith(question: string, phrases: readonly string[]): string | undefined {
  return phrases.find((p) => question === p || question.startsWith(`${p} `));
}

/**
 * Reads a question against the turn before it. `u` is the question understood alone.
 * - A topic switch, or a question that names its own subject with no cue of a follow-up, stands alone.
 * - A correction or a continuation ("no, I meant Kazakhstan", "and with Kyrgyzstan?") is the question
 *   before, with the entity of the same type replaced and the new words added.
 * - A pronoun ("who signed it?", "what post does he hold?") is replaced by what it refers to: the people the
 *   answer before named for "he"/"she", the subject of the question before otherwise.
 * - A question that names nothing ("what is the fund meant to do?") keeps the subject of the one before.
 */
export function readFollowUp(kb: KnowledgeBase, u: Understanding, prev: Turn | undefined): FollowUp {
  const cues = kb.lexicon.followUp;
  const q = words(fold(u.question)).join(' ');
  const switched = cues.switches.find((s) => has(q, s));
  // "Switching topics: …": a new question, without the words that said so.
  if (switched) return { kind: 'resolved', question: ` ${q} `.replace(` ${switched} `, ' ').trim(), referents: [] };
  // "And before that?", "what came after that?": a step along the like facts of the question before.
  const step = cues.before.find((p) => has(q, p)) ? -1 : cues.after.find((p) => has(q, p)) ? 1 : 0;
  if (step && prev?.facts[0] && !u.mentions.length && u.terms.length <= 1)
    return { kind: 'sequence', direction: step, question: prev.question, fact: prev.facts[0] };
  const ws = q.split(' ');
  // "that road", "this agreement": a determiner before a noun names what it refers to; it is no pronoun.
  // A personal pronoun refers back wherever it stands ("when was he appointed", "his third visit").
  const isPronoun = (w: string, i: number) =>
    cues.pronouns.includes(w) && (cues.personal.includes(w) || i === ws.length - 1 || kb.lexicon.isStopword(ws[i + 1]!));
  const pronouns = ws.filter(isPronoun);
  const pronoun = pronouns[0];
  const correction = startsWith(q, cues.corrections);
  const continuation = startsWith(q, cues.continuations);
  if (!prev) return pronoun && !u.mentions.length ? { kind: 'unclear', word: pronoun } : { kind: 'standalone' };
  if (u.mentions.length && !pronoun && !correction && !continuation) return { kind: 'standalone' };

  const entityName = (id: string) => kb.entity(id)?.name ?? id;
  const subject = prev.mentions.map((m) => entityName(m.id));
  // Correction or continuation: the question before, its entity of the same type replaced by the new one.
  if (correction || (continuation && (u.mentions.length || !u.terms.length))) {
    let base = prev.question;
    let rest = ` ${stripCue(u.question, correction ?? continuation!)} `;
    for (const m of u.mentions) {
      const same = [...prev.mentions].reverse().find((p) => kb.entity(p.id)?.type === m.entity.type && p.id !== m.entity.id);
      if (!same) continue;
      base = replaceWords(base, same.text, m.entity.name);
      rest = rest.replace(` ${words(fold(m.text)).join(' ')} `, ' ');
    }
    return { kind: 'resolved', question: `${base} ${rest.trim()}`.trim(), referents: [] };
  }
  if (pronoun) {
    const people = prev.named.filter((id) => kb.entity(id)?.type === 'person').map(entityName);
    const thing = prev.facts.length ? kb.factById(prev.facts[0]!)?.title : undefined;
    let question = u.question;
    for (const w of new Set(pronouns)) {
      // "he" is a person the answer named; "they" its people, or the subject; "it" what it was about.
      const referent = cues.personal.includes(w)
        ? (people[0] ?? subject[0])
        : cues.plural.includes(w)
          ? (people.length > 1 ? people : subject).join(' and ') || thing
          : (thing ?? subject.join(' and '));
      if (!referent) return { kind: 'unclear', word: w };
      question = replaceWords(question, w, referent);
    }
    const missing = u.mentions.length ? [] : subject.filter((s) => !fold(question).includes(fold(s)));
    return { kind: 'resolved', question: [question, ...missing].join(' '), referents: prev.facts };
  }
  // Nothing named: the subject stays the one before ("what is the fund meant to do?").
  if (!u.mentions.length && subject.length) return { kind: 'resolved', question: `${u.question} ${subject.join(' ')}`, referents: prev.facts };
  return { kind: 'standalone' };
}

/** The text with every whole-word, case-insensitive occurrence of `from` replaced by `to`. */
function replaceWords(text: string, from: string, to: string): string {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
  return re.test(text) ? text.replace(re, to) : `${text} ${to}`;
}

/** The question's words after its cue ("no, I meant"). */
function stripCue(question: string, cue: string): string {
  return words(fold(question)).slice(cue.split(' ').length).join(' ');
}
