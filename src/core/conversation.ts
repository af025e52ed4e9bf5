// A conversation's memory between turns, and how a follow-up is read against it. The core keeps no state:
// a surface passes the context in with the question and stores the one that comes back (see
// src/state/conversations.ts). A follow-up becomes a question that stands alone — its pronouns replaced by
// what they refer to, an ellipsis ("and with Kyrgyzstan?") filled from the question before — and is then
// answered like any other; its cue words are language data (`followUp` in the lexicon).
import type { Answer } from './answer.js';
import type { KnowledgeBase } from './knowledge.js';
import type { Fact } from './schema.js';
import { confirmCue, formOf } from './forms.js';
import { fold, words, wordsAt } from './normalise.js';
import { occurrences } from './dates.js';
import { understand, type Understanding } from './understand.js';

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
  /** The items of a list it gave (or the occasions of one fact's dates): what "how many is that?" counts. */
  items?: string[];
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
  | {
      kind: 'resolved';
      question: string;
      referents: string[];
      source?: string;
      /** The names of the subject before, added at the end of `question` because the follow-up named none. */
      carried?: string[];
      /** Those of them the answer before did not name: the follow-up may be about the others only. */
      optional?: string[];
      /** The question names its person ("he" resolved): the carried names may all go. */
      droppable?: boolean;
      /** The same question with "they" read as each of its people alone: tried in turn when it finds nothing. */
      alternatives?: string[];
      /** "During it": only facts at the time of this fact (the answer before), in its months or, for "that
       * same year", its year. */
      during?: string;
      precision?: 'month' | 'year';
      /** "Which one is with Kazakhstan?" after a list: chosen from these facts (its items) by the names asked. */
      among?: string[];
      /** "Anything else?": these facts (the answer before gave them) do not answer. */
      besides?: string[];
    }
  /** "Who signed it?" with nothing before it to say what "it" is. */
  | { kind: 'unclear'; word: string }
  /** "And before that?": the like fact just before (-1) or after (1) the one the answer before gave. */
  | { kind: 'sequence'; direction: -1 | 1; question: string; fact: string };

/**
 * The turn before this one, if it is recent enough to follow up on. A turn declined without a fact ("why did
 * Kosherbayev go to Bishkek?" of a trip there is none of) keeps its names, and "it", "he" and "there" still
 * point at what the last answered turn gave.
 */
export function lastTurn(c: Conversation | undefined, now: string): Turn | undefined {
  const recent = (c?.turns ?? []).filter((t) => Date.parse(now) - Date.parse(t.at) <= CONVERSATION_LIMITS.maxAgeMs);
  const turn = recent[recent.length - 1];
  if (!turn || turn.answered || turn.facts.length) return turn;
  const answered = [...recent].reverse().find((t) => t.answered && t.facts.length);
  if (!answered) return turn;
  return turn.mentions.length ? { ...turn, facts: answered.facts, named: answered.named } : { ...answered, at: turn.at };
}

/** The conversation after a turn: the new turn added, the oldest dropped past the limit. */
export function remember(c: Conversation | undefined, turn: Turn): Conversation {
  return { turns: [...(c?.turns ?? []), turn].slice(-CONVERSATION_LIMITS.turns) };
}

/** A turn from what was understood and answered. */
export function turnOf(kb: KnowledgeBase, u: Understanding, answer: Answer, at: string): Turn {
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));
  // The people its quotes name; when neither they nor the question name anyone, those its facts are about
  // ("HE was appointed …" names him only so).
  const quoted = answer.facts.flatMap((f) => [...kb.unit(f).people, ...kb.unit(f).places]);
  const isPerson = (id: string) => kb.entity(id)?.type === 'person';
  const about = quoted.some(isPerson) || u.mentions.some((m) => m.entity.type === 'person') ? [] : answer.facts.flatMap((f) => f.entities.filter(isPerson));
  const all = [...new Set([...quoted, ...about])];
  // Whom the answer leads with comes first: "he" after "who was the Kyrgyz FM at the talks?" is the one named,
  // after "timeline of Kazakbayev" the one asked about; otherwise the others its facts name.
  const lead = fold(answer.lead ?? '');
  const inLead = (id: string) => {
    const e = kb.entity(id);
    return !!e && [e.name, ...e.aliases].some((a) => lead.includes(fold(a)));
  };
  const named = [...all.filter(inLead), ...all.filter((id) => !inLead(id) && !mentioned.has(id))];
  // "In which years did the commission meet?" answered from one fact of several dates: those are its items.
  const one = answer.facts.length === 1 ? answer.facts[0]!.date : undefined;
  const items = answer.items ?? (answer.answered && one?.also?.length ? occurrences(one).map((d) => kb.calendar.date(d)) : undefined);
  return {
    question: u.question,
    mentions: u.mentions.map((m) => ({ id: m.entity.id, text: m.text })),
    facts: answer.facts.map((f) => f.id),
    named,
    answered: answer.answered,
    ...(items?.length ? { items } : {}),
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
  // "…, right?" stays last, after any names carried in, so the question still asks for confirmation.
  const confirm = confirmCue(kb, u.question);
  if (confirm) {
    const read = readFollowUp(kb, { ...u, question: confirm.before }, prev);
    return read.kind === 'resolved' ? { ...read, question: `${read.question}, ${confirm.cue.join(' ')}?` } : read;
  }
  const cues = kb.lexicon.followUp;
  const q = words(fold(u.question)).join(' ');
  // "Ok, and the Tajik-Kyrgyz one?": a word that only acknowledges the answer before is no part of the question.
  const filler = startsWith(q, cues.fillers);
  if (filler && q !== filler) {
    const rest = stripCue(u.question, filler);
    const read = readFollowUp(kb, { ...u, question: rest }, prev);
    // ("Fine — who founded the Tajik state?" stands alone, still without the word.)
    return read.kind === 'standalone' ? { kind: 'resolved', question: rest, referents: [] } : read;
  }
  // "Anything else?", "who else did the Tajik minister meet?": without the word, and without what the answer before gave
  // (with no word of its own, the question before again). After a decline, what the last answer gave (see lastTurn).
  const other = prev?.facts.length ? cues.others.find((c) => has(q, c)) : undefined;
  if (other) {
    const rest = ` ${q} `.replace(` ${other} `, ' ').trim();
    const own = rest.split(' ').some((w) => w && !kb.lexicon.isStopword(w));
    const read = own ? readFollowUp(kb, { ...understand(kb, rest), question: rest }, prev) : undefined;
    const base = read?.kind === 'resolved' ? read : { kind: 'resolved' as const, question: own ? rest : prev!.question, referents: [] };
    return { ...base, referents: [], besides: prev!.facts };
  }
  // "And the rest?" after a figure: the question before, asked of what remains (see remainderOf in combine.ts).
  const own = q.split(' ').filter((w) => w && !kb.lexicon.isStopword(w) && !cues.continuations.includes(w));
  const remainder = own.length === 1 && kb.lexicon.forms.remainder.includes(own[0]!) ? own[0] : undefined;
  if (remainder && prev?.answered && understand(kb, prev.question).asks === 'value')
    return { kind: 'resolved', question: `${prev.question} ${remainder}`, referents: prev.facts };
  const at = duringReference(kb, q, prev) ?? positionReference(kb, q, prev);
  if (at) {
    // "What was signed during it?": the question without "during it", about the same subject, at that time.
    const rest = readFollowUp(kb, { ...u, question: at.question }, prev);
    const within = 'precision' in at && at.precision ? { precision: at.precision } : {};
    // ("When was the second one signed?" after a list: the item at that position is what "it" is, not the list.)
    const chosen = 'chosen' in at ? { referents: [at.fact] } : {};
    if (rest.kind === 'resolved') return { ...rest, during: at.fact, ...within, ...chosen };
    const carried = u.mentions.length ? [] : prev!.mentions.map((m) => kb.entity(m.id)?.name ?? m.id);
    return { kind: 'resolved', question: [at.question, ...carried].join(' '), referents: [], during: at.fact, ...within, ...carriedFrom(kb, prev!, carried) };
  }
  const holder = u.mentions.length ? undefined : roleReference(kb, q, prev);
  if (holder) {
    // Read again with the person named: "and the minister?" then replaces the person of the question before.
    const entity = kb.entity(holder.person)!;
    const named = readFollowUp(kb, { ...u, question: holder.question, mentions: [{ entity, text: entity.name, fuzzy: false }] }, prev);
    return named.kind === 'resolved' ? named : { kind: 'resolved', question: holder.question, referents: prev!.facts };
  }
  const onSource = sourceReference(kb, q, prev);
  if (onSource) {
    // "Which commission does that page list?": the question without "that page", about the same subject, in that source.
    const rest = readFollowUp(kb, { ...u, question: onSource.question }, prev);
    const subject = prev!.mentions.map((m) => kb.entity(m.id)?.name ?? m.id).filter((s) => !fold(onSource.question).includes(fold(s)));
    if (rest.kind === 'resolved') return { ...rest, source: onSource.source };
    const carried = u.mentions.length ? [] : subject;
    return {
      kind: 'resolved',
      question: [onSource.question, ...carried].join(' '),
      referents: [],
      source: onSource.source,
      ...carriedFrom(kb, prev!, carried),
    };
  }
  // "And what comes the other way?" after exports: the question before with its word of one direction turned round.
  const reverse = startsWith(q.replace(/^and /, ''), cues.reversals) ?? cues.reversals.find((r) => has(q, r));
  if (reverse && prev?.answered && !u.mentions.length) {
    const ws = words(fold(prev.question));
    const at = ws.findIndex((w) => kb.lexicon.opposites.has(kb.lexicon.term(w)));
    if (at >= 0) {
      return { kind: 'resolved', question: replaceWords(prev.question, ws[at]!, kb.lexicon.opposites.get(kb.lexicon.term(ws[at]!))!), referents: [] };
    }
  }
  // "Was there one in 2010?" after the years a commission met: the question before, asked yes or no with this
  // one's words ("there" is no place here, "one" no number).
  const existential = startsWith(q, cues.existentials);
  if (existential && prev?.answered && !u.mentions.length) {
    const rest = q
      .slice(existential.length)
      .split(' ')
      .filter((w) => w && !cues.existentialFillers.includes(w));
    // ("Was there one in 2010?" after "how many before 2005?": its date replaces the one before.)
    const before = words(fold(u.spans.length ? withoutDates(kb, prev.question) : prev.question)).filter((w) => !cues.questions.includes(w));
    return { kind: 'resolved', question: [existential.split(' ')[0], ...before, ...rest].join(' '), referents: prev.facts };
  }
  // "Which one is with Kazakhstan?", "which of those were visits?" after a list: the items of it that name what this
  // question names, or are of the kind it names. (With words of its own, "which of those agreements is the
  // good-neighbourliness one?" is read on below.)
  const selection = startsWith(q, cues.selections);
  const kindOnly = u.terms.length > 0 && u.terms.every((t) => kb.isIntentWord(t.term) || selection?.split(' ').includes(t.word));
  if (selection && prev?.answered && prev.facts.length > 1 && (u.mentions.length || kindOnly))
    return { kind: 'resolved', question: `${prev.question} ${stripCue(u.question, selection)}`, referents: prev.facts, among: prev.facts };
  const switched = cues.switches.find((s) => has(q, s));
  // "Switching topics: …": a new question, without the words that said so.
  if (switched) return { kind: 'resolved', question: ` ${q} `.replace(` ${switched} `, ' ').trim(), referents: [] };
  // "And before that?", "what came after that?": a step along the like facts of the question before.
  const stepCue = cues.before.find((p) => has(q, p)) ?? cues.after.find((p) => has(q, p));
  const step = !stepCue ? 0 : cues.before.includes(stepCue) ? -1 : 1;
  // ("What was he doing just before that stint?": besides the cue, words no source uses say nothing more; nor do
  // the question before's own words: "and his next official visit?" after his first official visit.)
  const askedBefore = new Set(step && prev ? words(fold(prev.question)).map((w) => kb.lexicon.term(w)) : []);
  const beyondCue = step ? u.terms.filter((t) => !stepCue?.split(' ').includes(t.word) && !askedBefore.has(t.term) && kb.factsWithTerm(t.term).length) : [];
  // ("And after 2010?" bounds the question before by a date of its own: the cue's word opens the date, no step.)
  const bounds = u.spans.some((s) => stepCue && s.text.startsWith(`${stepCue.split(' ').pop()} `));
  if (step && prev?.facts[0] && !u.mentions.length && !bounds && beyondCue.length <= 1)
    return { kind: 'sequence', direction: step, question: prev.question, fact: prev.facts[0] };
  // "When?" after "who signed the Treaty on Allied Relations?" was declined: the question before, asked for that
  // slot instead (after an answer, a bare "when?" is about the fact it gave: see the engine).
  const slotWord = q.split(' ').filter((w) => !kb.lexicon.isStopword(w) || cues.questions.includes(w));
  if (prev && !prev.answered && !u.mentions.length && !u.terms.length && slotWord.length === 1 && cues.questions.includes(slotWord[0]!)) {
    // ("How many articles does it have?": "how" alone, without "many", asks no slot of the question before.)
    const question = replacingFirst(prev.question, (w) => cues.questions.includes(w), slotWord[0]!);
    if (question && understand(kb, question).asks === u.asks) return { kind: 'resolved', question, referents: [] };
  }
  // "The second one?", "and the third?": the question before, at that position among its like facts.
  const position = ordinalOnly(kb, u, q);
  if (position && prev?.answered) {
    const at =
      replacingFirst(prev.question, (w) => kb.lexicon.ordinals.has(w), position) ??
      `${words(fold(prev.question)).join(' ')} ${cues.atPosition.replace('{ordinal}', position)}`;
    // "When was the last one?" asks its own slot of it: its question word in place of the one before (or before a
    // yes/no question: "when did Nazarbayev visit Tajikistan for the last time").
    const asking = q.split(' ').filter((w) => cues.questions.includes(w));
    const question = asking.length ? (replacingFirst(at, (w) => cues.questions.includes(w), asking.join(' ')) ?? `${asking.join(' ')} ${at}`) : at;
    // After a list, the position is in that list (the referents).
    return { kind: 'resolved', question, referents: prev.facts };
  }
  const ws = q.split(' ');
  // "that road", "this agreement": a determiner before a noun names what it refers to; it is no pronoun
  // ("they sign", "he lay" are).
  // With no subject before to carry, "it" before a word is the pronoun after all ("what year was it signed?").
  // ("What set it off?", "leave their homes": a pronoun inside a phrase of the lexicon is part of its words.)
  const inPhrase = (i: number) => Array.from({ length: i + 1 }, (_, j) => j).some((j) => kb.lexicon.phraseAt(ws, j) > i - j);
  // "Why does that matter for Tajikistan?", "when was this signed?": after an auxiliary, a pointing word before the
  // question's last word of its own (its verb) is the subject, not a determiner ("was that road built?").
  const named = new Set(u.mentions.flatMap((m) => words(fold(m.text))));
  const lastOwn = ws.reduce((last, w, i) => (!kb.lexicon.isStopword(w) && !named.has(w) ? i : last), -1);
  const asSubject = (i: number) => i > 0 && kb.lexicon.forms.yesno.includes(ws[i - 1]!) && i + 1 === lastOwn;
  const isPronoun = (w: string, i: number) =>
    cues.pronouns.includes(w) &&
    !inPhrase(i) &&
    (!cues.determiners.includes(w) || i === ws.length - 1 || kb.lexicon.isStopword(ws[i + 1]!) || !prev?.mentions.length || asSubject(i));
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
    // "No, I meant what Turkey discussed with Tajikistan", "and the embassy in Bishkek, since when?": a question
    // of its own, naming its subject, replaces the one before.
    // ("…, what day was that signed?" still points back: it is the question before, with the names replaced.)
    const pointsBack = words(rest).some((w) => cues.pronouns.includes(w));
    if (u.mentions.length && !pointsBack && words(rest).some((w) => cues.questions.includes(w)))
      return { kind: 'resolved', question: rest.trim(), referents: [] };
    // "Sorry, I meant the treaty on the fundamentals of relations": a new subject in words of its own, asked as
    // the question before asked (its question words and the intents' words: "when … sign").
    const before = new Set(words(fold(base)).map((w) => kb.lexicon.term(w)));
    const cue = new Set((correction ?? continuation!).split(' '));
    if (correction && u.terms.some((t) => !cue.has(t.word) && !before.has(t.term) && !u.mentions.some((m) => fold(m.text).includes(t.word)))) {
      const frame = words(fold(base)).filter((w) => cues.questions.includes(w) || kb.isIntentWord(kb.lexicon.term(w)));
      return { kind: 'resolved', question: [...frame, rest.trim()].join(' '), referents: [] };
    }
    let replaced = false;
    // "And Kazakhstan's in Dushanbe?" after "when did Tajikistan's mission in Kazakhstan open?": each name takes
    // the place of the one standing as it does — whose, or after the same preposition — whatever its type.
    const bySlot = continuation ? replacedBySlot(kb, base, prev.mentions, u) : undefined;
    if (bySlot) [base, rest, replaced] = [bySlot, ' ', true];
    // After a decline the name to replace may be any of that type: "and Kyrgyzstan?" after nothing was found of
    // Uzbekistan and Tajikistan may mean Kyrgyzstan and Tajikistan (tried when the last name's place finds nothing).
    const alternatives: string[] = [];
    for (const m of bySlot ? [] : u.mentions) {
      if (prev.mentions.some((p) => p.id === m.entity.id)) continue;
      // A name of the question before that this one names again stays ("the Tajik-Kyrgyz one" after Tajik and Kazakh).
      const like = [...prev.mentions].reverse().filter((p) => kb.entity(p.id)?.type === m.entity.type && !u.mentions.some((n) => n.entity.id === p.id));
      const same = like[0];
      if (!same) continue;
      if (!prev.answered && u.mentions.length === 1) alternatives.push(...like.slice(1).map((p) => replaceWords(base, p.text, m.entity.name)));
      base = replaceWords(base, same.text, m.entity.name);
      rest = rest.replace(` ${words(fold(m.text)).join(' ')} `, ' ');
      replaced = true;
    }
    // "And in 2011?": a date of its own replaces the one before.
    if (u.spans.length) base = withoutDates(kb, base);
    // "And the Dushanbe Agreement, that was 1996?": nothing of the question before to replace, and words of its
    // own beyond the name: the question is its own, about the subject before.
    const ownWords = u.terms.filter((t) => !u.mentions.some((m) => words(fold(m.text)).includes(t.word)));
    // "And at the Astana talks?" only adds where or when: the question before, with it.
    const adds = kb.lexicon.locatives.has((correction ?? continuation!).split(' ').pop()!);
    if (u.mentions.length && !replaced && ownWords.length && !adds) {
      const carry = prev.mentions.filter((m) => kb.entity(m.id)?.type === 'country').map((m) => entityName(m.id));
      return { kind: 'resolved', question: [askedAsBefore(kb, prev, rest.trim()), ...carry].join(' '), referents: [], ...carriedFrom(kb, prev, carry) };
    }
    const rested = (b: string) => `${b} ${rest.trim()}`.trim();
    return { kind: 'resolved', question: rested(base), referents: [], ...(alternatives.length ? { alternatives: alternatives.map(rested) } : {}) };
  }
  // What the answer before was about, as "it" names it: its first fact's title — or, of an answer of several facts,
  // a title all of whose words another of them has too ("Border clashes of September 2022" beside "Dead and
  // injured in the border clashes of September 2022"), the thing they all go on about.
  const title = coreTitle(
    kb,
    prev.facts.flatMap((id) => kb.factById(id) ?? []),
  );
  const thing = title === undefined ? undefined : thingNamed(kb, title);
  if (pronoun) {
    // Of the people the answer named, those of a country the question named first ("the Kazakh one").
    const countries = new Set(prev.mentions.map((m) => m.id));
    const named = prev.named.filter((id) => kb.entity(id)?.type === 'person');
    const people = [
      ...named.filter((id) => countries.has(kb.entity(id)?.country ?? '')),
      ...named.filter((id) => !countries.has(kb.entity(id)?.country ?? '')),
    ].map(entityName);
    let question = u.question;
    const alternatives: string[] = [];
    // "They" after "who did Kosherbayev meet?": he and the people the answer named.
    const asked = prev.mentions.filter((m) => kb.entity(m.id)?.type === 'person').map((m) => entityName(m.id));
    const together = [...new Set([...asked, ...people])];
    // "Is Erdogan going to Tajikistan?" then "what did he sign there?": after a question about a person that asked
    // for no one, "he" is still that person, not someone its answer quoted (the one who revealed the plan).
    const stillAsked = asked.length === 1 && understand(kb, prev.question).asks !== 'person' ? asked[0] : undefined;
    // "Who was that?" asks who the person the answer named is, not who took part in it.
    const who = u.asks === 'person' && !u.terms.length && people.length > 0;
    for (const w of new Set(pronouns)) {
      // "he" is a person the answer named; "they" its people, or the subject; "it" what it was about.
      // "there" is a place: one the answer named, or the place or country the question before named.
      // Not one this question names itself: "which neighbour of Tajikistan comes up there?" means in that answer.
      const place = () =>
        [...prev.named, ...[...prev.mentions].reverse().map((m) => m.id)]
          .filter((id) => !u.mentions.some((m) => m.entity.id === id))
          .map((id) => kb.entity(id))
          .find((e) => e?.type === 'place' || e?.type === 'country')?.name;
      // ("He" after a question that named him is still him, not the country it also named.)
      const referent = cues.personal.includes(w)
        ? (stillAsked ?? people[0] ?? asked[0] ?? subject[0])
        : cues.locative.includes(w)
          ? (place() ?? thing)
          : cues.plural.includes(w)
            ? pluralReferent(together, subject, thing)
            : who
              ? people[0]
              : (thing ?? subject.join(' and '));
      if (!referent) return { kind: 'unclear', word: w };
      // "Is his president going there too?": an office of a country after "his" is that of his country, not he.
      const office = cues.personal.includes(w) ? countryOffice(kb, ws, w) : undefined;
      if (office) {
        const person = [...prev.named, ...prev.mentions.map((m) => m.id)].find((id) => entityName(id) === referent);
        const country = person ? kb.entity(kb.entity(person)?.country ?? '') : undefined;
        if (!country) return { kind: 'unclear', word: w };
        question = replaceWords(question, `${w} ${office}`, `${country.name}'s ${office}`);
        continue;
      }
      // "What trade growth did they mention?" may be of one of them (a report's "they" is its officials).
      if (cues.plural.includes(w) && together.length > 1) alternatives.push(...together.map((p) => replaceWords(question, w, p)));
      // "What did he announce?" after "who did he meet?": the one he met, or else still the one asked about.
      if (cues.personal.includes(w) && !stillAsked && people[0] && asked[0] && people[0] !== asked[0]) alternatives.push(replaceWords(question, w, asked[0]));
      question = replaceWords(question, w, referent);
    }
    // Places are no subject to carry: "what did they sign?" after talks in Dushanbe need not be in Dushanbe.
    // Nor, once "he" or "they" named the people, are the other people before.
    const personal = pronouns.some((w) => cues.personal.includes(w) || cues.plural.includes(w));
    const carry = prev.mentions
      .filter((m) => kb.entity(m.id)?.type !== 'place' && !(personal && kb.entity(m.id)?.type === 'person'))
      .map((m) => entityName(m.id));
    const missing = u.mentions.length || who ? [] : carry.filter((s) => !fold(question).includes(fold(s)));
    // "When was he born?": with the person named, the countries before are only context, all of which may go.
    const ofPerson = pronouns.some((w) => cues.personal.includes(w)) && people.length > 0;
    return {
      kind: 'resolved',
      question: [question, ...missing].join(' '),
      referents: prev.facts,
      ...(alternatives.length ? { alternatives: alternatives.map((a) => [a, ...missing].join(' ')) } : {}),
      ...(ofPerson ? { carried: missing, optional: missing, droppable: true } : carriedFrom(kb, prev, missing)),
    };
  }
  // No word of its own ("for which years?"), or one that goes on from the answer before ("by signing what?"):
  // about the thing the answer before was about, as "it" would be.
  const goesOn = cues.goesOn.includes(q.split(' ')[0]!);
  if (!u.mentions.length && (!u.terms.length || goesOn) && u.asks && thing !== undefined)
    return { kind: 'resolved', question: `${u.question} ${thing}`, referents: prev.facts };
  // Nothing named: the subject stays the one before ("what is the fund meant to do?").
  // "What is the fund meant to do?": a word of one subject's name means that one (and the countries).
  const asked = new Set(u.terms.map((t) => t.word));
  const byWord = prev.mentions.filter((m) => words(fold(entityName(m.id))).some((w) => asked.has(w)));
  const countries = prev.mentions.filter((m) => kb.entity(m.id)?.type === 'country');
  const scope = (byWord.length ? [...new Set([...byWord, ...countries])] : prev.mentions).map((m) => entityName(m.id));
  // ("That treaty" after a question on a treaty: a pointing word before a word the question before asked with.)
  const prevTerms = new Set(words(fold(prev.question)).map((w) => kb.lexicon.term(w)));
  const pointsAtAsked = ws.some(
    (w, i) => cues.determiners.includes(w) && !!ws[i + 1] && !kb.lexicon.isStopword(ws[i + 1]!) && prevTerms.has(kb.lexicon.term(ws[i + 1]!)),
  );
  if (!u.mentions.length && scope.length)
    return { kind: 'resolved', question: `${u.question} ${scope.join(' ')}`, referents: prev.facts, ...carriedFrom(kb, prev, scope, pointsAtAsked) };
  // No names to carry ("how many years between the two?" after answers on treaties): still about those answers.
  if (!u.mentions.length && prev.facts.length) return { kind: 'resolved', question: u.question, referents: prev.facts };
  return { kind: 'standalone' };
}

/**
 * "And the Dushanbe Agreement in 1997?" after "was the Good-Neighborly … agreement signed in 2004?": a new subject
 * with no question of its own is asked yes or no as the one before was — its opening word, and the intents' words of
 * it that do not name what its answer was about ("signed", not "relations"). As it stands when either has a
 * question of its own.
 */
function askedAsBefore(kb: KnowledgeBase, prev: Turn, rest: string): string {
  const { questions } = kb.lexicon.followUp;
  if (formOf(kb, prev.question) !== 'yesno' || formOf(kb, rest) || words(rest).some((w) => questions.includes(w))) return rest;
  const [opening, ...before] = words(fold(prev.question));
  const title = kb.factById(prev.facts[0] ?? '')?.title ?? '';
  const named = new Set([...kb.lexicon.terms(title), ...kb.lexicon.terms(rest)]);
  const predicate = before.filter((w) => !kb.lexicon.isStopword(w) && kb.isIntentWord(kb.lexicon.term(w)) && !named.has(kb.lexicon.term(w)));
  return [opening!, rest, ...predicate].join(' ');
}

/**
 * What "they" or "them" refers to: the people the answer before named, or the names of the question before — but one
 * name is no "them": "is grain one of them?" after Tajikistan's exports means the things that answer was about.
 */
function pluralReferent(people: string[], subject: string[], thing: string | undefined): string | undefined {
  if (people.length > 1) return people.join(' and ');
  if (subject.length > 1 || !thing) return subject.join(' and ') || thing;
  return thing;
}

/** The question's words without the dates it names ("in 2010", "before 2005"). */
function withoutDates(kb: KnowledgeBase, question: string): string {
  let rest = words(fold(question)).join(' ');
  for (const s of understand(kb, question).spans) {
    const gone = ` ${rest} `.replace(` ${words(fold(s.text)).join(' ')} `, ' ').trim();
    if (gone !== rest) rest = gone;
  }
  return rest;
}

/** The question's words with the first that `is` holds replaced by `by`; undefined when none does. */
function replacingFirst(question: string, is: (w: string) => boolean, by: string): string | undefined {
  const ws = words(fold(question));
  const at = ws.findIndex(is);
  return at < 0 ? undefined : [...ws.slice(0, at), by, ...ws.slice(at + 1)].join(' ');
}

/** The ordinal word of a question that says nothing else ("the second one?", "and the last?"). */
function ordinalOnly(kb: KnowledgeBase, u: Understanding, q: string): string | undefined {
  if (u.mentions.length) return undefined;
  const ws = q.split(' ').filter((w) => !kb.lexicon.isStopword(w));
  return ws.length === 1 && kb.lexicon.ordinals.has(ws[0]!) ? ws[0] : undefined;
}

/** The subject names carried into a follow-up, and those of them the answer before did not name in its quote. */
function carriedFrom(kb: KnowledgeBase, prev: Turn, names: string[], pointsAtAsked = false): { carried: string[]; optional: string[]; droppable?: boolean } {
  // After a decline that found nothing ("when did Nazarbayev sign the Treaty on Allied Relations?"), a follow-up on
  // what it asked about ("who praised that treaty?") may be known without the names: any may go, all of them too.
  if (pointsAtAsked && !prev.answered && !prev.facts.length && names.length) return { carried: names, optional: names, droppable: true };
  const fact = prev.facts[0] ? kb.factById(prev.facts[0]) : undefined;
  const quote = ` ${words(fold(fact?.quotes.join(' ') ?? '')).join(' ')} `;
  const namedThere = (name: string) => {
    const e = prev.mentions.map((m) => kb.entity(m.id)).find((x) => x?.name === name);
    return !!e && [e.name, ...e.aliases].some((a) => quote.includes(` ${words(fold(a)).join(' ')} `));
  };
  // With no answer before there is nothing to tell which names it was about: all are kept.
  return { carried: names, optional: fact && prev.answered ? names.filter((n) => !namedThere(n)) : [] };
}

/**
 * "What did the president say?" after a turn on Tokayev and Muhriddin: "the" and an office mean the person
 * of the turn before whom its answer's quote gives that office ("President Kassym-Jomart Tokayev"). The
 * question with the office replaced by the name.
 */
function roleReference(kb: KnowledgeBase, q: string, prev: Turn | undefined): { question: string; person: string } | undefined {
  if (!prev) return undefined;
  const ws = q.split(' ');
  const at = ws.findIndex((w, i) => i > 0 && ws[i - 1] === 'the' && kb.lexicon.roles.has(kb.lexicon.term(w)));
  if (at < 0) return undefined;
  const role = kb.lexicon.term(ws[at]!);
  const quotes = prev.facts.flatMap((id) => kb.factById(id)?.quotes ?? []).map((t) => words(fold(t)));
  const people = [...prev.mentions.map((m) => m.id), ...prev.named].filter((id) => kb.entity(id)?.type === 'person');
  // The office within a few words before the name ("Kazakh President Kassym-Jomart Tokayev"), the nearest
  // name after it holding it: "minister Ivan Petrov met King Ottokar" makes Petrov the minister.
  const distance = (id: string) => {
    const e = kb.entity(id)!;
    const names = [e.name, ...e.aliases].map((a) => words(fold(a)));
    let best = Infinity;
    for (const qs of quotes)
      qs.forEach((_, i) => {
        if (!names.some((n) => n.every((x, k) => qs[i + k] === x))) return;
        for (let d = 1; d <= Math.min(i, ROLE_REACH); d++) if (kb.lexicon.term(qs[i - d]!) === role) best = Math.min(best, d);
      });
    return best;
  };
  const ranked = [...new Set(people)].map((id) => ({ id, d: distance(id) })).filter((p) => p.d < Infinity);
  const nearest = Math.min(...ranked.map((p) => p.d));
  const found = ranked.filter((p) => p.d === nearest);
  if (found.length !== 1) return undefined;
  return { question: [...ws.slice(0, at - 1), kb.entity(found[0]!.id)!.name, ...ws.slice(at + 1)].join(' '), person: found[0]!.id };
}

/** Where each name stands in the words: whose ("Tajikistan's"), after a preposition ("in Kazakhstan"), or neither. */
function slotsOf(kb: KnowledgeBase, ws: string[], mentions: { id: string; text: string }[]): { id: string; at: number; length: number; slot?: string }[] {
  return mentions.flatMap((m) => {
    const name = words(fold(m.text));
    const at = wordsAt(ws, name);
    if (at < 0) return [];
    const before = ws[at - 1];
    const slot = ws[at + name.length] === POSSESSIVE ? POSSESSIVE : before && kb.lexicon.isStopword(before) && before !== 'and' ? before : undefined;
    return [{ id: m.id, at, length: name.length, slot }];
  });
}

/** The possessive's "s" as the words of a question have it ("Kazakhstan's" is "kazakhstan s"). */
const POSSESSIVE = 's';

/**
 * The question before with the names of a continuation in the places of those standing as they do there, when the
 * continuation says whose ("and Kazakhstan's in Dushanbe?") and every one of its names, and only they, has such a
 * place; undefined otherwise.
 */
function replacedBySlot(kb: KnowledgeBase, base: string, before: { id: string; text: string }[], u: Understanding): string | undefined {
  const ws = words(fold(base));
  const asked = words(fold(u.question));
  const mine = slotsOf(
    kb,
    asked,
    u.mentions.map((m) => ({ id: m.entity.id, text: m.text })),
  );
  if (!mine.some((m) => m.slot === POSSESSIVE) || mine.length !== u.mentions.length) return undefined;
  // Nothing else of its own: the cue, the names and their slot words.
  const covered = new Set(mine.flatMap((m) => Array.from({ length: m.length + 1 }, (_, k) => (m.slot === POSSESSIVE ? m.at + k : m.at - 1 + k))));
  if (asked.some((w, i) => !covered.has(i) && !kb.lexicon.followUp.continuations.includes(w))) return undefined;
  const theirs = slotsOf(kb, ws, before);
  const swaps = mine.map((m) => ({ m, p: theirs.find((p) => p.slot === m.slot) }));
  if (swaps.some((s) => !s.p)) return undefined;
  // From the last place back, so that each replacement leaves the positions before it as they were.
  const out = [...ws];
  for (const { m, p } of swaps.sort((a, b) => b.p!.at - a.p!.at)) out.splice(p!.at, p!.length, ...words(fold(kb.entity(m.id)?.name ?? m.id)));
  return out.join(' ');
}

/** The office after a possessive pronoun that is one of a country ("his president", not "his counterpart" or "his visit"). */
function countryOffice(kb: KnowledgeBase, ws: string[], pronoun: string): string | undefined {
  const next = ws[ws.indexOf(pronoun) + 1];
  if (next === undefined) return undefined;
  const term = kb.lexicon.term(next);
  return kb.lexicon.roles.has(term) && kb.lexicon.attributes.has(term) ? next : undefined;
}

/** How many words before a name its office may stand in a quote ("Minister of Foreign Affairs of Tajikistan Sirojiddin Muhriddin"). */
const ROLE_REACH = 6;

/**
 * "During it", "during that visit": a time word before a pronoun (and maybe a noun) means the time of the fact
 * the answer before gave, when it has a date. The question without those words, and that fact.
 */
function duringReference(kb: KnowledgeBase, q: string, prev: Turn | undefined): { question: string; fact: string; precision?: 'month' | 'year' } | undefined {
  const fact = prev?.facts[0] ? kb.factById(prev.facts[0]) : undefined;
  if (!fact?.date?.on) return undefined;
  const { pronouns, during, sameMonth, sameYear } = kb.lexicon.followUp;
  const ws = q.split(' ');
  // "That same month", "the same year": the time of the answer before, at that precision.
  for (const [cues, precision] of [
    [sameMonth, 'month'],
    [sameYear, 'year'],
  ] as const) {
    const cue = cues.find((c) => has(q, c));
    if (cue) return { question: ` ${q} `.replace(` ${cue} `, ' ').trim(), fact: fact.id, precision };
  }
  const closing = kb.lexicon.followUp.atThatTime.find((c) => ` ${q}`.endsWith(` ${c}`));
  if (closing && q !== closing) return { question: q.slice(0, q.length - closing.length).trim(), fact: fact.id };
  for (const cue of during) {
    const c = cue.split(' ');
    const at = ws.findIndex((_, i) => c.every((w, k) => ws[i + k] === w) && pronouns.includes(ws[i + c.length] ?? ''));
    if (at < 0) continue;
    // "During his third official visit in 2010": an occasion of its own, by its position or its date, is no
    // time of the answer before.
    const end = at + c.length + 1;
    if (kb.lexicon.ordinals.has(ws[end] ?? '') || understand(kb, q).spans.length) return undefined;
    // "during that visit": the noun after the pronoun goes too.
    const skip = end < ws.length && !kb.lexicon.isStopword(ws[end]!) ? end + 1 : end;
    return { question: [...ws.slice(0, at), ...ws.slice(skip)].join(' '), fact: fact.id };
  }
  return undefined;
}

/**
 * "The second one — what was signed?" after two visits: a position among the answer's facts (in date order), and a
 * question of its own asked at that fact's time. The question without the position, and that fact.
 */
function positionReference(kb: KnowledgeBase, q: string, prev: Turn | undefined): { question: string; fact: string; chosen: true } | undefined {
  const facts = (prev?.facts ?? []).flatMap((id) => kb.factById(id) ?? []).filter((f) => f.date?.on);
  if (facts.length < 2) return undefined;
  const ws = q.split(' ');
  const at = ws.findIndex((w, i) => i > 0 && ws[i - 1] === 'the' && kb.lexicon.ordinals.has(w) && ws[i + 1] === 'one');
  const rest = at < 0 ? [] : [...ws.slice(0, at - 1), ...ws.slice(at + 2)];
  // A question of its own ("what was signed"): "when was the last one?" asks the position only (see ordinalOnly).
  const { questions } = kb.lexicon.followUp;
  if (!rest.some((w) => questions.includes(w)) || !rest.some((w) => !questions.includes(w) && !kb.lexicon.isStopword(w))) return undefined;
  const n = kb.lexicon.ordinals.get(ws[at]!)!;
  const inOrder = [...facts].sort((a, b) => a.date!.on!.localeCompare(b.date!.on!));
  const fact = n > 0 ? inOrder[n - 1] : inOrder[inOrder.length + n];
  return fact ? { question: rest.join(' '), fact: fact.id, chosen: true } : undefined;
}

/**
 * "That page", "this article": a pronoun before a noun for a document refers to the source of the answer
 * before; so does "that meeting" (an occasion the answer was about: what was said there is in its report).
 * The question without those words, and that source.
 */
function sourceReference(kb: KnowledgeBase, q: string, prev: Turn | undefined): { question: string; source: string } | undefined {
  // Of the facts the answer gave (sources that differ give several), the one naming everyone the question asked about.
  const facts = (prev?.facts ?? []).map((id) => kb.factById(id)).filter((f) => f !== undefined);
  const people = (prev?.mentions ?? []).filter((m) => kb.entity(m.id)?.type === 'person').map((m) => m.id);
  const fact = facts.find((f) => people.every((p) => f.entities.includes(p))) ?? facts[0];
  if (!fact) return undefined;
  const { nounPointers, sources, occasions } = kb.lexicon.followUp;
  const ws = q.split(' ');
  const at = ws.findIndex((w, i) => nounPointers.includes(w) && (sources.includes(ws[i + 1] ?? '') || occasions.includes(ws[i + 1] ?? '')));
  if (at < 0) return undefined;
  return { question: [...ws.slice(0, at), ...ws.slice(at + 2)].join(' '), source: fact.source };
}

/** The title of the first fact, or of one whose title's words another fact's title holds too (see readFollowUp). */
function coreTitle(kb: KnowledgeBase, facts: Fact[]): string | undefined {
  const termsOf = (f: Fact) => new Set(kb.lexicon.terms(thingNamed(kb, f.title)));
  const sets = facts.map(termsOf);
  const core = facts.find((_, i) => sets[i]!.size > 0 && sets.some((other, j) => j !== i && [...sets[i]!].every((t) => other.has(t))));
  return (core ?? facts[0])?.title;
}

/**
 * What a fact's title names, for "it": "Length of the Tajik-Kyrgyz border (Asia-Plus)" is the Tajik-Kyrgyz
 * border — without a measure before "of", whose word would ask for the measure again, nor a note in brackets.
 */
function thingNamed(kb: KnowledgeBase, title: string): string {
  const bare = title.replace(/\s*\([^)]*\)/g, '').trim();
  const [first, of, ...rest] = bare.split(/\s+/);
  return of?.toLowerCase() === 'of' && rest.length && kb.lexicon.followUp.measures.includes(fold(first ?? '')) ? rest.join(' ') : bare;
}

/** The text with every whole-word, case-insensitive occurrence of `from` replaced by `to`. */
function replaceWords(text: string, from: string, to: string): string {
  // Words of `from` apart by any punctuation or space: "kassym jomart tokayev" is "Kassym-Jomart Tokayev".
  const pattern = words(fold(from))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^\\p{L}\\p{N}]+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
  return re.test(text) ? text.replace(re, to) : `${text} ${to}`;
}

/** The question's words after its cue ("no, I meant"). */
function stripCue(question: string, cue: string): string {
  return words(fold(question)).slice(cue.split(' ').length).join(' ');
}
