// What one fact can say for the slot a question asks — the date, the number, the person, the place —
// or nothing, when the fact does not hold it. A fact that cannot fill the asked slot must not answer.
import type { KnowledgeBase } from './knowledge.js';
import type { Understanding } from './understand.js';
import { occurrences } from './dates.js';
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
  const countries = u.mentions.filter((m) => m.entity.type === 'country').map((m) => m.entity.id);
  return (
    unit.people
      .filter((id) => !mentioned.has(id))
      .map((id) => kb.entity(id))
      .filter((e): e is Entity => e?.type === 'person')
      // An office next to a named person describes that person ("Foreign Minister Abdrakhmanov met …"), it is not the one asked for.
      .filter((p) => !u.office.length || u.mentions.some((m) => m.entity.type === 'person') || holdsOfficeOnce(kb, p, u, countries))
  );
}

/** holdsOffice once per person and question: ranking asks it for every candidate fact naming the person. */
const officeHolders = new WeakMap<Understanding, Map<string, boolean>>();
function holdsOfficeOnce(kb: KnowledgeBase, person: Entity, u: Understanding, countries: string[]): boolean {
  let known = officeHolders.get(u);
  if (!known) officeHolders.set(u, (known = new Map()));
  let holds = known.get(person.id);
  if (holds === undefined) known.set(person.id, (holds = holdsOffice(kb, person, u.office, countries)));
  return holds;
}

function holdsOffice(kb: KnowledgeBase, person: Entity, office: string[], countries: string[]): boolean {
  return kb.factsWithEntity(person.id).some((i) => {
    const f = kb.facts[i]!;
    if (!f.entities.includes(person.id)) return false;
    if (f.kind !== 'office' && f.kind !== 'biography' && kb.unit(f).origin === 'curated') return false;
    const forCountry = !countries.length || countries.some((c) => (person.country ? person.country === c : f.entities.includes(c)));
    // The office's words in the fact, the one before each office word right before it ("first president", not "first … president").
    // (Passages word offices freely: "Minister of Foreign Affairs".)
    const inOrder =
      kb.unit(f).origin === 'passage' ||
      office.every((t, n) => n === 0 || !kb.lexicon.roles.has(t) || kb.lexicon.roles.has(office[n - 1]!) || kb.hasPair(i, `${office[n - 1]}>${t}`));
    return forCountry && inOrder && office.every((t) => kb.hasTerm(i, t));
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
      if (fact.value && (u.asks !== 'value' || QUANTITY.test(fact.value.text))) return valueLead(kb, fact);
      // "How long was he consul?": a span of dates answers a question of duration.
      return u.asks === 'value' && u.words.includes('long') && fact.date?.on && fact.date.to ? dateLead(kb, fact) : undefined;
    case 'person':
      return names(people(kb, fact, u));
    case 'place':
      return names(places(kb, fact, u));
    default:
      return undefined;
  }
}

/** "A, B and C", with the answer language's "and". */
export function joinList(kb: KnowledgeBase, items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${kb.wording.say('and')} ${items[items.length - 1]}` : (items[0] ?? '');
}

function names(entities: Entity[]): string | undefined {
  return entities.length ? entities.map((e) => e.name).join(', ') : undefined;
}
