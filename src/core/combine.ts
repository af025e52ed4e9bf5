// Answers computed from several facts: yes/no against the dates the sources give, which of two things came
// first and how long apart they were, someone's age at an event, and counts of like facts. Each quotes every
// fact it used; none invents a date the facts lack.
import { citationsFor, type Answer } from './answer.js';
import { answerFrom } from './compose.js';
import { dateLead, describeSource, joinList, namesOtherOffice, places } from './slots.js';
import { dateFits, type Scored } from './search.js';
import { asksShorter, comparisonWords, countedWord, daysBetween, formOf, monthsBetween, twoParts, yearsBetween, type Form } from './forms.js';
import { understand, type Understanding } from './understand.js';
import { factSpans, occurrences, spanOf } from './dates.js';
import { digits, type DigitFormat } from './language/numbers.js';
import type { KnowledgeBase } from './knowledge.js';
import type { Fact } from './schema.js';
import { ENGINE_OPTIONS } from './options.js';
import { enumerationOf } from './enumeration.js';
import { fold, words } from './normalise.js';

/** The facts that fit a question, best first (the engine's own test of fit). */
export type Finder = (u: Understanding) => Scored[];

const LIKE_GAP = ENGINE_OPTIONS.likeGap;
/** Coverage at which every word of a question is in the fact (a float sum may fall a hair short of 1). */
const FULL = 0.999;

const startOf = (f: Fact) => factSpans(f.date)[0]?.from;
/** A title inside a sentence of the answer: without its own full stop (a passage's title is its sentence). */
const bare = (title: string) => title.replace(/[.!?]+$/, '');

function inOrder(facts: Fact[]): Fact[] {
  return [...facts].filter((f) => startOf(f)).sort((a, b) => startOf(a)!.localeCompare(startOf(b)!));
}

/** An answer combined from facts: its lead and text, the facts' quotes as citations. */
export function built(u: Understanding, facts: Fact[], lead: string, text: string, kb: KnowledgeBase): Answer {
  return { question: u.question, intent: u.intent.name, answered: true, lead, text, facts, citations: citationsFor(kb, facts), conflicts: [], suggestions: [] };
}

/** The facts like the best one: the same kind, nearly as good a fit. */
function like(fitting: Scored[]): Scored[] {
  const best = fitting[0];
  return best ? fitting.filter((s) => s.fact.kind === best.fact.kind && best.coverage - s.coverage <= LIKE_GAP) : [];
}

/**
 * "Did Nazarbayev visit Tajikistan in 2007?": the event found without the date asked, then the date checked.
 * Yes with its date; no with the dates the sources do give; "not according to my sources" for a plan.
 */
export function yesNo(kb: KnowledgeBase, u: Understanding, find: Finder): Answer | undefined {
  const { ordinal: _ordinal, ...rest } = u;
  const undated: Understanding = { ...rest, spans: [], monthDays: [], excluded: [], asks: 'summary' };
  const found = like(find(undated));
  const best = found[0];
  if (!best) return elsewhere(kb, undated, find);
  const w = kb.wording;
  if (u.spans.length || u.monthDays.length) {
    const hit = found.find((s) => dateFits(kb.spans[s.index]!, u));
    if (hit && hit.fact.status !== 'planned' && hit.coverage < FULL) return unconfirmed(kb, u, hit.fact);
    if (hit && hit.fact.status !== 'planned') {
      const a = answerFrom(kb, u, [hit.fact], 'date');
      return { ...a, lead: w.say('yes', { answer: a.lead ?? dateLead(kb, hit.fact) ?? '' }).trim(), text: w.say('yes', { answer: a.text }) };
    }
    const dated = inOrder(found.map((s) => s.fact).filter((f) => f.status !== 'planned'));
    if (!dated.length) return undefined;
    const when = joinList(
      kb,
      dated.map((f) => dateLead(kb, f)!),
    );
    return built(u, dated, w.say('noWord'), w.say('no', { when, titles: dated.map((f) => f.title).join('; ') }), kb);
  }
  const a = answerFrom(kb, u, [best.fact], 'summary');
  // A plan is never an event; an undated report is said to be undated, so it is not read as speaking for today.
  // Asked whether it is planned ("is Erdogan planning to visit?"), the plan is the answer.
  if (best.fact.status === 'planned' && best.coverage >= FULL && u.terms.some((t) => kb.lexicon.planWords.has(t.term)))
    return { ...a, lead: w.say('yesWord'), text: w.say('planAsked', { source: describeSource(kb, best.fact.source), summary: best.fact.summary }) };
  if (best.fact.status === 'planned' || stagePlanned(kb, u, best.fact))
    return {
      ...a,
      lead: w.say('notAccording'),
      text: w.say('planned', { source: describeSource(kb, best.fact.source), summary: best.fact.summary }),
    };
  if (best.coverage < FULL) return unconfirmed(kb, u, best.fact);
  if (negated(kb, u, best.fact)) return { ...a, lead: w.say('noWord'), text: w.say('denied', { answer: a.text }) };
  // "Did Nazarbayev ever visit Tajikistan?": every time the sources give, not only the first.
  const times = inOrder(found.filter((s) => s.coverage >= FULL && s.fact.status !== 'planned' && !negated(kb, u, s.fact)).map((s) => s.fact));
  const when = [...new Set(times.map((f) => dateLead(kb, f)).filter((d): d is string => !!d))];
  if (when.length > 1 && when.length === times.length)
    return built(u, times, w.say('yesWord'), w.say('yesOn', { when: joinList(kb, when), titles: times.map((f) => bare(f.title)).join('; ') }), kb);
  return { ...a, lead: w.say('yesWord'), text: w.say('yes', { answer: a.text }) };
}

/**
 * "Did they hold the talks in Astana?" when the sources hold the talks in another place: the event found without
 * the place asked, then its own place given ("No: my sources place it in Dushanbe").
 */
function elsewhere(kb: KnowledgeBase, u: Understanding, find: Finder): Answer | undefined {
  const asked = u.mentions.find((m) => m.entity.type === 'place');
  if (!asked) return undefined;
  const without: Understanding = { ...u, mentions: u.mentions.filter((m) => m !== asked), terms: u.terms.filter((t) => t.place !== asked.entity.id) };
  const best = find(without)[0];
  if (!best || best.coverage < FULL || best.fact.status === 'planned' || best.fact.entities.includes(asked.entity.id)) return undefined;
  const own = places(kb, best.fact, without);
  if (!own.length) return undefined;
  const place = joinList(
    kb,
    own.map((e) => e.name),
  );
  return built(u, [best.fact], kb.wording.say('noWord'), kb.wording.say('noPlace', { place, titles: bare(best.fact.title) }), kb);
}

/** How many words before a stage ("signed") a plan word may stand: "was expected to be signed". */
const PLAN_REACH = 3;

/**
 * Whether the fact has the stage the question asks ("has it been signed?") only as a plan: "announced that
 * the agreement was expected to be signed in March" is an announcement made, not a signing.
 */
function stagePlanned(kb: KnowledgeBase, u: Understanding, fact: Fact): boolean {
  const { stages, planWords, scheduleWords } = kb.lexicon;
  const asked = new Set(u.terms.filter((t) => stages.has(t.term)).map((t) => t.term));
  if (!asked.size) return false;
  const plan = (w: string) => planWords.has(kb.lexicon.term(w)) || scheduleWords.has(kb.lexicon.term(w));
  const at = [fact.summary, ...fact.quotes].flatMap((q) => {
    const ws = words(fold(q));
    return ws.flatMap((w, i) => (asked.has(kb.lexicon.term(w)) ? [ws.slice(Math.max(0, i - PLAN_REACH), i).some(plan)] : []));
  });
  return at.length > 0 && at.every(Boolean);
}

/** How many words before a question's word a negation may stand ("no unresolved questions", "did not sign"); stopwords
 * between do not count ("has not yet been signed"). */
const NEGATION_REACH = 2;

/** Whether the fact's quote denies a word the question asks about: "…with which it has no unresolved questions". */
function negated(kb: KnowledgeBase, u: Understanding, fact: Fact): boolean {
  const asked = new Set(u.terms.map((t) => t.term));
  const { negations, affirmations } = kb.lexicon;
  return fact.quotes.some((q) => {
    const ws = words(fold(q));
    // "not only … but also" affirms: its words are no negation.
    const denies = (at: number) => negations.has(ws[at]!) && !affirmations.some((p) => p.every((w, k) => ws[at + k] === w));
    const deniedAt = (i: number) => {
      for (let at = i - 1, content = 0; at >= 0 && content < NEGATION_REACH; at--) {
        if (denies(at)) return true;
        if (!kb.lexicon.isStopword(ws[at]!)) content++;
      }
      return false;
    };
    return ws.some((w, i) => !kb.lexicon.isStopword(w) && asked.has(kb.lexicon.term(w)) && deniedAt(i));
  });
}

/** "Was it an official visit?" of a working visit: a word of the question the fact lacks is not confirmed. */
function unconfirmed(kb: KnowledgeBase, u: Understanding, fact: Fact): Answer {
  const a = answerFrom(kb, u, [fact], 'summary');
  return { ...a, lead: kb.wording.say('notAccording'), text: kb.wording.say('unconfirmed', { answer: a.text }) };
}

/** The two dated facts a comparison is about: the answer before's ("which of the two came first?"), or one per part of the question. */
function pairOf(
  kb: KnowledgeBase,
  u: Understanding,
  find: Finder,
  today: string | undefined,
  before: Fact[],
  namesNothing: boolean,
  form: Form,
): [Fact, Fact] | undefined {
  // A question with words or names of its own names its two things; one naming nothing compares those before.
  const cue = comparisonWords(kb, u.question);
  const own = u.terms.some((t) => !cue.has(t.word)) || u.mentions.length > 1;
  // What is longer need not be dated ("the programme for 2026-2028" is measured by its name), and its cue's words
  // name nothing compared ("which covers a longer period, A or B"; an age's "old" asks for a birth).
  const measured = form === 'longer';
  const hasDate = (f: Fact) => measured || !!startOf(f);
  const previous = measured ? before : inOrder(before);
  if ((!own || namesNothing) && previous.length >= 2) return [previous[0]!, previous[1]!];
  // Any word of a comparison cue ("after" of "how long after", "apart") is no part of what either side names.
  const vocabulary = new Set([...kb.lexicon.forms.difference, ...kb.lexicon.forms.order].flatMap((p) => p.split(' ')));
  for (const [left, right] of twoParts(kb, u.question)) {
    const cueWords = measured ? cue : form === 'difference' ? vocabulary : new Set<string>();
    const uncued = (x: Understanding): Understanding => ({ ...x, terms: x.terms.filter((t) => !cueWords.has(t.word)) });
    // Either part often names nothing itself ("… when he first became minister", "how many years after relations
    // were established did the Kyrgyz embassy open"): it shares the other's subject — its people and countries, not
    // where the other happened (the embassy's Dushanbe) — when it has words of its own to find its thing by.
    const names = (x: Understanding) =>
      x.mentions
        .filter((m) => m.entity.type !== 'place')
        .map((m) => m.entity.name)
        .join(' ');
    const l0 = understand(kb, left, today);
    const r0 = understand(kb, right, today);
    // (A part of a time between two things with no word of its own, "how many years after Tajikistan", names no thing.)
    if (form === 'difference' && (!uncued(l0).terms.length || !uncued(r0).terms.length)) continue;
    const ul = uncued(l0.mentions.length || !r0.mentions.length ? l0 : understand(kb, `${left} ${names(r0)}`, today));
    const ur = uncued(r0.mentions.length ? r0 : understand(kb, `${right} ${names(ul)}`, today));
    const pick = (x: Understanding) => {
      const found = like(find(x)).filter((s) => hasDate(s.fact));
      if (x.ordinal === undefined) return found[0]?.fact;
      // "His first term as foreign minister" counts that office only, not "First Deputy Foreign Minister".
      const office = new Set(x.terms.map((t) => t.term).filter((t) => kb.lexicon.roles.has(t)));
      const ordered = inOrder(found.filter((s) => !namesOtherOffice(kb, s.index, office)).map((s) => s.fact));
      return x.ordinal > 0 ? ordered[x.ordinal - 1] : ordered[ordered.length - 1];
    };
    const a = pick(ul);
    const b = pick(ur);
    if (a && b && a !== b) return [a, b];
  }
  if (previous.length >= 2) return [previous[0]!, previous[1]!];
  // "How many years before the good-neighbourliness agreement?" after the Dushanbe Agreement: the fact before
  // and the one this question names.
  if (previous.length === 1) {
    const named = u.terms.filter((t) => !vocabulary.has(t.word));
    // The other must be named by words of its own: "how many years between those?" names nothing else.
    if (!named.length) return undefined;
    const other = like(find({ ...u, terms: named })).find((s) => hasDate(s.fact) && s.fact !== previous[0]);
    if (other) return [previous[0]!, other.fact];
  }
  return undefined;
}

/** Which came first, how long apart, how old: computed from the two facts' dates, quoting both. */
export function compare(
  kb: KnowledgeBase,
  u: Understanding,
  form: Form,
  find: Finder,
  today: string | undefined,
  before: Fact[] = [],
  namesNothing = false,
): Answer | undefined {
  const pair = pairOf(kb, u, find, today, before, namesNothing, form);
  if (!pair) return form === 'difference' ? span(kb, u, find) : undefined;
  const [a, b] = pair;
  if (form === 'longer') return longer(kb, u, a, b);
  const [first, second] = startOf(a)! <= startOf(b)! ? [a, b] : [b, a];
  // An age is counted from a birth: two appointments ten years apart are no age.
  if (form === 'age' && !kb.hasTitleTerm(kb.positionOf(first), kb.lexicon.term('born'))) return undefined;
  const w = kb.wording;
  const said = (f: Fact) => w.say('titledWhen', { title: f.title, when: dateLead(kb, f) ?? '' });
  if (form === 'order') {
    const text = w.say('cameFirst', { first: first.title, firstWhen: dateLead(kb, first) ?? '', second: second.title, secondWhen: dateLead(kb, second) ?? '' });
    return built(u, [first, second], first.title, text, kb);
  }
  const inDays = u.words.includes('days');
  // "How many months apart?": in months, between dates that give their month (not years, which would say "0 years").
  const inMonths = form === 'difference' && !inDays && u.words.some((x) => kb.lexicon.forms.inMonths.includes(x));
  // "Between the end of that term and his reappointment": from the end of the earlier one's range.
  const from = u.end && first.date?.to ? first.date.to : first.date!.on!;
  // Days only between dates given to the day: "September 2022" and "September 2022" are not 0 days apart.
  const n = inDays ? daysBetween(from, second.date!.on!) : inMonths ? monthsBetween(from, second.date!.on!) : yearsBetween(from, second.date!.on!);
  if (n === undefined) return undefined;
  if (form === 'age') return built(u, [first, second], String(n), w.count('ageThen', n, { first: said(first), second: said(second) }), kb);
  const amount = w.count(inDays ? 'daysBetween' : inMonths ? 'monthsBetween' : 'yearsBetween', n);
  return built(u, [first, second], amount, w.say('apart', { amount, first: said(first), second: said(second) }), kb);
}

/**
 * "Which is longer?" of two facts: by their figures in one unit ("971 km" and "1,257 km"), else by their date
 * ranges ("for 2021-2022" and "for 2026-2028"), each said as its source gives it; undefined when they have neither.
 */
function longer(kb: KnowledgeBase, u: Understanding, a: Fact, b: Fact): Answer | undefined {
  const amount = (f: Fact) => (f.value?.amount !== undefined && a.value?.unit === b.value?.unit ? f.value.amount : undefined);
  const days = (f: Fact) => {
    const s = factSpans(f.date);
    return f.date?.to && s.length === 1 ? Date.parse(s[0]!.to) - Date.parse(s[0]!.from) : undefined;
  };
  // The years a title names ("Cooperation Program … for 2026-2028"): what a programme covers, not when it was signed.
  const named = (f: Fact) => namedYears(f.title);
  const both = (m: (f: Fact) => number | undefined) => m(a) !== undefined && m(b) !== undefined;
  const measure = [amount, named, days].find(both);
  if (!measure || measure(a) === measure(b)) return undefined;
  const shorter = asksShorter(kb, u.question);
  const [winner, other] = measure(a)! > measure(b)! !== shorter ? [a, b] : [b, a];
  const said = (f: Fact) => (measure === amount ? f.value!.text : measure === named ? namedYearsText(f.title)! : (dateLead(kb, f) ?? ''));
  // Each with its measure, unless its title says it already ("… for 2026-2028").
  const withMeasure = (f: Fact) => {
    const title = bare(f.title);
    return title.includes(said(f)) ? title : `${title} (${said(f)})`;
  };
  const text = kb.wording.say(shorter ? 'shorterOf' : 'longerOf', { winner: withMeasure(winner), other: withMeasure(other) });
  return built(u, [winner, other], winner.title, text, kb);
}

/** A span of years a text names ("2021-2022", "2026–2028"), as written. */
const YEARS = /\b(1[89]\d\d|20\d\d)\s*[-–—]\s*(1[89]\d\d|20\d\d)\b/u;
const namedYearsText = (text: string) => YEARS.exec(text)?.[0];
/** How many years the span a text names takes, both ends counted ("2021-2022": 2). */
function namedYears(text: string): number | undefined {
  const m = YEARS.exec(text);
  return m && Number(m[2]) >= Number(m[1]) ? Number(m[2]) - Number(m[1]) + 1 : undefined;
}

/** "Over how many years were the documents signed?": the length of one fact's own date range. */
function span(kb: KnowledgeBase, u: Understanding, find: Finder): Answer | undefined {
  const f = find({ ...u, asks: 'summary' })[0]?.fact;
  if (!f?.date?.on || !f.date.to) return undefined;
  const n = yearsBetween(f.date.on, f.date.to);
  if (n === undefined) return undefined;
  const amount = kb.wording.count('yearsBetween', n);
  return built(u, [f], amount, kb.wording.say('spanOf', { amount, title: f.title, when: dateLead(kb, f) ?? '' }), kb);
}

/**
 * "How many official visits did Nazarbayev pay to Tajikistan?" when no source states the number: the like
 * facts that have the counted word, each listed, plans left out.
 */
export function count(kb: KnowledgeBase, u: Understanding, find: Finder): Answer | undefined {
  const word = countedWord(kb, u.question);
  if (!word) return undefined;
  const term = kb.lexicon.term(word);
  // Only facts that are themselves what is counted ("First official visit of …" for visits): a list of
  // documents signed is not a count of them.
  const found = like(find({ ...u, asks: 'summary' })).filter((s) => kb.hasTitleTerm(s.index, term) && s.fact.status !== 'planned');
  const seen = new Set<string>();
  const items = inOrder(found.map((s) => s.fact)).filter((f) => !f.about || (!seen.has(f.about) && seen.add(f.about)));
  if (!items.length) return undefined;
  // One fact of several occasions ("Meetings of the commission … in 1998, 2001, …"): its occasions are counted.
  if (items.length === 1 && items[0]!.date?.also?.length) return occasions(kb, u, items[0]!);
  const lines = items.map((f) => `${dateLead(kb, f)} — ${f.title}`);
  return {
    ...built(u, items, String(items.length), kb.wording.say('count', { count: items.length, items: lines.map((l) => `• ${l}`).join('\n') }), kb),
    items: lines,
  };
}

/**
 * "How many km of the border are not delineated?" of "Of the 971 kilometres …, only 504 kilometres has been
 * delineated": a fact whose sentence gives a whole and a part of it in one unit, the whole less the part —
 * said to be worked out, with the quote. `before` (the answer before) is tried first.
 */
export function remainderOf(kb: KnowledgeBase, u: Understanding, find: Finder, before: Fact[] = []): Answer | undefined {
  const cue = new Set(kb.lexicon.forms.remainder);
  if (!u.words.some((w) => cue.has(w)) || !(u.asks === 'value' || formOf(kb, u.question) === 'count')) return undefined;
  const asked: Understanding = { ...u, terms: u.terms.filter((t) => !cue.has(t.word)) };
  const pool = [...before, ...find(asked).map((s) => s.fact)];
  for (const fact of pool.slice(0, before.length + 1)) {
    const exact = kb.unit(fact).quantities.filter((q) => !q.approx && !q.planned);
    const [whole, part] = [...exact].sort((a, b) => b.value - a.value);
    if (exact.length !== 2 || !whole || !part || whole.unit !== part.unit || whole.value === part.value) continue;
    const amount = `${digits(whole.value - part.value, (kb.format as { number: DigitFormat }).number)} ${whole.unit}`;
    return built(u, [fact], amount, kb.wording.say('remainder', { amount, whole: whole.text, part: part.text, summary: fact.summary }), kb);
  }
  return undefined;
}

/**
 * "List Tajikistan's main export articles", "how many basic documents regulate …": a sentence that lists
 * them ("The main export articles are: …"), whose head (what it lists) has every word of the question.
 * Its items in its order, quoted from every fact that quotes a part of that sentence.
 */
export function enumerated(kb: KnowledgeBase, u: Understanding, find: Finder, mode: 'list' | 'count'): Answer | undefined {
  const terms = u.terms.filter((t) => !kb.lexicon.listCues.has(t.word) && !t.unheard);
  if (!terms.length) return undefined;
  const asked: Understanding = { ...u, terms, asks: 'summary' };
  // What is listed is named outside the occasion ("the areas of the agreements signed during the visit").
  const listedTerms = terms.filter((t) => !t.occasion);
  const fitting = find(asked);
  const sentenceOf = (f: Fact) => kb.unit(f).sentence?.text ?? f.quotes[0] ?? '';
  for (const s of fitting.slice(0, ENGINE_OPTIONS.maxChoices)) {
    const sentence = sentenceOf(s.fact);
    const list = enumerationOf(sentence, kb.lexicon.enumerates);
    if (!list) continue;
    const head = new Set(kb.lexicon.terms(list.head));
    const named = new Set(kb.unit(s.fact).passage ? [] : s.fact.entities);
    if (!listedTerms.every((t) => head.has(t.term) || (t.place && named.has(t.place)))) continue;
    // "Agreements in the sphere of a, b, c" lists spheres: counted, they are no number of documents.
    const counted = mode === 'count' ? countedWord(kb, u.question) : undefined;
    if (counted && list.cue?.includes(' ') && !kb.lexicon.terms(list.cue).includes(kb.lexicon.term(counted))) continue;
    const at = (f: Fact) => sentence.indexOf(f.quotes[0] ?? '');
    const facts = fitting
      .map((f) => f.fact)
      .filter((f) => f.source === s.fact.source && sentenceOf(f) === sentence)
      .sort((a, b) => at(a) - at(b));
    const n = list.items.length;
    const lines = list.items.map((item) => `• ${item}`).join('\n');
    const text = mode === 'count' ? kb.wording.say('count', { count: n, items: lines }) : `${kb.wording.say('listHeader', { count: n })}\n${lines}`;
    return { ...built(u, facts, String(n), text, kb), items: list.items };
  }
  return undefined;
}

/**
 * "How many times did the commission meet?", "in how many different years …": one fact dated on several
 * occasions ("in 1998, 2001, … and 2012"), counted, each listed.
 */
export function occurrencesOf(kb: KnowledgeBase, u: Understanding, find: Finder): Answer | undefined {
  const q = ` ${words(fold(u.question)).join(' ')} `;
  if (!kb.lexicon.forms.occurrences.some((p) => q.includes(` ${p} `))) return undefined;
  const best = find({ ...u, asks: 'summary' })[0];
  return best?.fact.date?.also?.length ? occasions(kb, u, best.fact) : undefined;
}

/** The occasions a fact is dated on, counted and said: those in the question's dates ("between 2006 and 2009"), when it has any. */
export function occasions(kb: KnowledgeBase, u: Understanding, fact: Fact): Answer {
  // "How many times between 2006 and 2009?": only the occasions in the time asked.
  const dated = u.spans.length || u.excluded.length || u.monthDays.length;
  const times = occurrences(fact.date!).filter((t) => !dated || dateFits([spanOf(t)], u));
  const dates = joinList(
    kb,
    times.map((t) => kb.calendar.date(t)),
  );
  return {
    ...built(u, [fact], String(times.length), kb.wording.say('occasions', { count: times.length, dates, title: fact.title }), kb),
    items: times.map((t) => kb.calendar.date(t)),
  };
}
