// What one fact can say for the slot a question asks — the date, the number, the person, the place —
// or nothing, when the fact does not hold it. A fact that cannot fill the asked slot must not answer.
import type { KnowledgeBase } from './knowledge.js';
import type { Understanding } from './understand.js';
import { occurrences } from './dates.js';
import { CLAUSE_BREAK, clauseWords, fold } from './normalise.js';
import { tokenize } from './understand.js';
import type { AnswerSlot, Entity, Fact, FactKind } from './schema.js';

/** Curated kinds whose people act in them; elsewhere a person is only mentioned ("the monument to Ismoil Somoni"). */
const PERSON_KINDS: ReadonlySet<FactKind> = new Set(['visit', 'office', 'biography', 'statement', 'event', 'treaty', 'programme']);
/** A value that answers "how many / how much": a number, in figures or words. */
const QUANTITY = /(?<![a-z])\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|half|third|quarter)\b/i;

/** "The Astana Times of 12 February 2025", or the publisher alone for an undated source. */
export function describeSource(kb: KnowledgeBase, id: string): string {
  const s = kb.source(id);
  return s.published.date
    ? kb.wording.say('sourceOf', { publisher: s.publisher, date: kb.calendar.date(s.published.date) })
    : kb.wording.say('sourceUndated', { publisher: s.publisher });
}

/** When a fact happened, as exactly as its source allows, saying how a relative date was resolved. */
export function dateLead(kb: KnowledgeBase, fact: Fact): string | undefined {
  const d = fact.date;
  if (!d) return undefined;
  const w = kb.wording;
  if (d.on) {
    let when = d.also?.length
      ? w.say('inDates', {
          dates: joinList(
            kb,
            occurrences(d).map((o) => kb.calendar.date(o)),
          ),
        })
      : kb.calendar.date(d.on, d.to);
    if (d.text && d.derived) when += ` (${w.say('sourceSays', { source: describeSource(kb, fact.source), text: d.text })})`;
    return fact.status === 'planned' ? w.say('plannedFor', { when }) : when;
  }
  return w.say(fact.status === 'planned' ? 'expectedNoDate' : 'noCalendarDate', { text: d.text ?? '' });
}

export function valueLead(kb: KnowledgeBase, fact: Fact): string | undefined {
  if (!fact.value) return undefined;
  const value = fact.status === 'planned' ? kb.wording.say('goalNotReached', { value: fact.value.text }) : fact.value.text;
  if (fact.date?.on) return `${value}, ${dateLead(kb, fact)}`;
  return fact.date?.text ? `${value} (${kb.wording.say('quoted', { text: fact.date.text })})` : value;
}

/**
 * The people a "who" question may be answered with: those the fact's quotes name, not the ones the question
 * names, and — when it names an office ("the first president of Kazakhstan") — only those the sources show
 * holding that office, with its qualifiers, for the country asked about.
 */
export function people(kb: KnowledgeBase, fact: Fact, u: Understanding): Entity[] {
  const unit = kb.unit(fact);
  if (unit.origin === 'curated' && !PERSON_KINDS.has(fact.kind) && !u.office.length) return [];
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));
  // The countries the office is tied to ("the Kyrgyz foreign minister … China"), else every country named.
  const boundToOffice = [...new Set(u.office.flatMap((t) => [...(u.bound.get(t) ?? [])]))];
  const countries = boundToOffice.length ? boundToOffice : u.mentions.filter((m) => m.entity.type === 'country').map((m) => m.entity.id);
  const side = sideOf(kb, u);
  return (
    unit.people
      .filter((id) => !mentioned.has(id))
      .map((id) => kb.entity(id))
      .filter((e): e is Entity => e?.type === 'person')
      // "Who signed for the Uzbek side?": only a person of that country acted for it.
      .filter((p) => !side || p.country === side)
      // An office next to a named person describes that person ("Foreign Minister Abdrakhmanov met …"), it is not the one asked for.
      .filter((p) => !u.office.length || u.mentions.some((m) => m.entity.type === 'person') || holdsOfficeOnce(kb, p, u.office, countries))
  );
}

/** The one party a question asks about ("for the Uzbek side", "on behalf of Tajikistan"), if it names one. */
export function sideOf(kb: KnowledgeBase, u: Understanding): string | undefined {
  for (const term of kb.lexicon.sides) {
    const countries = u.bound.get(term);
    if (countries?.size === 1) return [...countries][0];
  }
  return undefined;
}

/**
 * holdsOffice once per base, person, office and countries: ranking asks it of every candidate naming the person,
 * and question after question asks it again (the base does not change while it lives).
 */
const officesHeld = new WeakMap<KnowledgeBase, Map<string, boolean>>();
export function holdsOfficeOnce(kb: KnowledgeBase, person: Entity, office: string[], countries: string[]): boolean {
  let known = officesHeld.get(kb);
  if (!known) officesHeld.set(kb, (known = new Map()));
  const key = `${person.id}|${office.join(' ')}|${countries.join(' ')}`;
  let holds = known.get(key);
  if (holds === undefined) known.set(key, (holds = holdsOffice(kb, person, office, countries)));
  return holds;
}

function holdsOffice(kb: KnowledgeBase, person: Entity, office: string[], countries: string[]): boolean {
  return kb.factsWithEntity(person.id).some((i) => {
    const f = kb.facts[i]!;
    if (!f.entities.includes(person.id)) return false;
    if (f.kind !== 'office' && f.kind !== 'biography' && kb.unit(f).origin === 'curated') return false;
    const forCountry = !countries.length || countries.some((c) => (person.country ? person.country === c : f.entities.includes(c)));
    // A passage words an office freely ("Minister of Foreign Affairs"), but gives it just before the name:
    // "on the Kyrgyz side by Deputy Chief … Tashiev, and on the Uzbek side by Prime Minister Abdulla Aripov".
    if (kb.unit(f).origin === 'passage') return forCountry && f.quotes.some((q) => titleHolds(kb, titleBefore(kb, q, person.id), office));
    // The office's words in the fact, the one before each office word right before it ("first president", not "first … president").
    const inOrder = office.every(
      (t, n) => n === 0 || !kb.lexicon.roles.has(t) || kb.lexicon.roles.has(office[n - 1]!) || kb.hasPair(i, `${office[n - 1]}>${t}`),
    );
    // "Deputy Prime Minister" is no prime minister: a "deputy" the question did not name makes another office.
    const qualified = [...kb.lexicon.deputies].some((r) => !office.includes(r) && kb.hasPair(i, `${r}>${office[0]}`));
    return forCountry && inOrder && !qualified && office.every((t) => kb.hasTerm(i, t));
  });
}

/** The terms of the words right before a person's name in a quote, back to the clause break or name before, in order: the office it gives them. */
function titleBefore(kb: KnowledgeBase, quote: string, person: string): string[][] {
  const items = tokenize(kb, clauseWords(fold(quote)), { fuzzy: false });
  const titles: string[][] = [];
  items.forEach((it, n) => {
    if (!('entity' in it) || it.entity.id !== person) return;
    const title: string[] = [];
    for (let k = n - 1; k >= 0; k--) {
      const before = items[k]!;
      if ('entity' in before ? before.entity.type === 'person' : before.word === CLAUSE_BREAK) break;
      if ('word' in before && !kb.lexicon.isStopword(before.word)) title.unshift(kb.lexicon.term(before.word));
    }
    titles.push(title);
  });
  return titles;
}

/** Whether a title holds every word of the office, with no "deputy" the question did not name just before it. */
function titleHolds(kb: KnowledgeBase, titles: string[][], office: string[]): boolean {
  return titles.some((title) => {
    if (!office.every((t) => title.includes(t))) return false;
    const before = title[title.indexOf(office[0]!) - 1];
    return before === undefined || !kb.lexicon.deputies.has(before) || office.includes(before);
  });
}

/** The places a "where" question may be answered with: named in the fact's quotes as where it happened ("in Bishkek"). */
export function places(kb: KnowledgeBase, fact: Fact, u: Understanding): Entity[] {
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));
  return kb
    .unit(fact)
    .places.filter((id) => !mentioned.has(id))
    .map((id) => kb.entity(id))
    .filter((e): e is Entity => e !== undefined);
}

/** The lead for the asked slot, or undefined when this fact does not hold it. */
export function slotLead(kb: KnowledgeBase, fact: Fact, slot: AnswerSlot, u: Understanding): string | undefined {
  switch (slot) {
    case 'date':
      // "When did it end?": only a range's end answers; its start would be wrong.
      if (u.end) return fact.date?.to ? kb.calendar.date(fact.date.to) : undefined;
      return dateLead(kb, fact);
    case 'value':
      if (givesQuantity(fact, u)) return valueLead(kb, fact);
      return givesDuration(fact, u) ? dateLead(kb, fact) : undefined;
    case 'person':
      return names(people(kb, fact, u));
    case 'place':
      return names(places(kb, fact, u));
    default:
      return undefined;
  }
}

/** Whether slotLead gives the fact a lead for the slot, without writing it: ranking asks it of every candidate. */
export function holdsSlot(kb: KnowledgeBase, fact: Fact, slot: AnswerSlot, u: Understanding): boolean {
  switch (slot) {
    case 'date':
      return u.end ? !!fact.date?.to : !!fact.date;
    case 'value':
      return givesQuantity(fact, u) || givesDuration(fact, u);
    case 'person':
      return people(kb, fact, u).length > 0;
    case 'place':
      return places(kb, fact, u).length > 0;
    default:
      return false;
  }
}

/** A value answers "how many / how much" only as a number; other questions take any value. */
const givesQuantity = (fact: Fact, u: Understanding) => !!fact.value && (u.asks !== 'value' || QUANTITY.test(fact.value.text));
/** "How long was he consul?": a span of dates answers a question of duration. */
const givesDuration = (fact: Fact, u: Understanding) => u.asks === 'value' && u.words.includes('long') && !!fact.date?.on && !!fact.date.to;

/** "A, B and C", with the answer language's "and". */
export function joinList(kb: KnowledgeBase, items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${kb.wording.say('and')} ${items[items.length - 1]}` : (items[0] ?? '');
}

function names(entities: Entity[]): string | undefined {
  return entities.length ? entities.map((e) => e.name).join(', ') : undefined;
}
