// What one fact can say for the slot a question asks — the date, the number, the person, the place —
// or nothing, when the fact does not hold it. A fact that cannot fill the asked slot must not answer.
import type { KnowledgeBase } from './knowledge.js';
import type { Mention, Understanding } from './understand.js';
import { occurrences, YEAR_SPANS } from './dates.js';
import { CLAUSE_BREAK, clauseWords, fold, words } from './normalise.js';
import { tokenize } from './understand.js';
import type { AnswerSlot, Entity, Fact, FactKind } from './schema.js';
import { askedValue } from './asked-value.js';
import { asksYearSpan } from './forms.js';
import { agentGroup } from './agent-group.js';

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
  // "Last year, trade reached $1.5 billion, but they intend to raise it": a planned sentence's date in a clause that
  // tells what happened is no plan.
  // (A fact of no base, as tests make them, has no unit.)
  const passage = kb.unit(fact)?.passage;
  const told = passage?.dates.find((x) => x.text === d.text || (x.on !== undefined && x.on === d.on));
  const planned = fact.status === 'planned' && !(told && !told.planned);
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
    return planned ? w.say('plannedFor', { when }) : when;
  }
  const source = kb.source(fact.source);
  // The report's month, not its day: a day beside "expected in spring" reads as the date asked for.
  if (planned && source.published.date)
    return w.say('expectedAsOf', { text: d.text ?? '', date: kb.calendar.date(source.published.date.slice(0, 7)), publisher: source.publisher });
  return w.say(planned ? 'expectedNoDate' : 'noCalendarDate', { text: d.text ?? '' });
}

/** The figure a fact gives for the question (see asked-value.ts), said to be a goal when it is one, with its date. */
export function valueLead(kb: KnowledgeBase, fact: Fact, u?: Understanding): string | undefined {
  const asked = u ? askedValue(kb, fact, u) : fact.value && { text: fact.value.text, planned: fact.status === 'planned' };
  if (!asked) return undefined;
  const value = asked.planned ? kb.wording.say('goalNotReached', { value: asked.text }) : asked.text;
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
  // Asked who said it, a curated fact's person its quote names only by office as the speaker ("…," the Kazakh Foreign
  // Minister stated) is named too; not as the one who did anything else the quote tells of ("the signing of …").
  const said = kb.lexicon.term('said');
  const saying = u.terms.some((t) => t.term === said) && fact.quotes.some((q) => words(fold(q)).some((w) => kb.lexicon.term(w) === said));
  const byOffice =
    unit.passage || !saying
      ? []
      : fact.entities.filter((id) => !unit.people.includes(id) && kb.entity(id)?.type === 'person' && namedByOffice(kb, fact, kb.entity(id)!));
  const own = unit.origin === 'curated' && !PERSON_KINDS.has(fact.kind) && !u.office.length ? [] : unit.people.length ? unit.people : pronounSubject(kb, fact);
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));
  // The countries the office is tied to ("the Kyrgyz foreign minister … China"), else every country named.
  const boundToOffice = [...new Set(u.office.flatMap((t) => [...(u.bound.get(t) ?? [])]))];
  const countries = boundToOffice.length ? boundToOffice : u.mentions.filter((m) => m.entity.type === 'country').map((m) => m.entity.id);
  const side = sideOnce(kb, u);
  // "Who did he meet in Kyrgyzstan?": a person of that country (one of no known country may still be).
  const located = locatedIn(kb, u);
  // "Which Kyrgyz official …": a person of that country.
  const kin = new Set([...kb.lexicon.personNouns].flatMap((n) => [...(u.bound.get(kb.lexicon.term(n)) ?? [])]));
  // "Who signed it?" of "He commended the Treaty on Allied Relations signed the previous year": the sentence
  // names no signer, and whoever it names did something else.
  if (namesNoAgent(kb, fact, u)) return [];
  const found = [...own, ...byOffice]
    .filter((id) => !mentioned.has(id))
    .map((id) => kb.entity(id))
    .filter((e): e is Entity => e?.type === 'person')
    // "Who signed for the Uzbek side?": only a person of that country acted for it.
    .filter((p) => !side || p.country === side)
    .filter((p) => !kin.size || (p.country !== undefined && kin.has(p.country)))
    .filter((p) => !located.length || p.country === undefined || located.includes(p.country))
    // An office next to a named person describes that person ("Foreign Minister Abdrakhmanov met …"), it is not the one asked for.
    .filter(
      (p) => !u.office.length || u.mentions.some((m) => m.entity.type === 'person') || holdsOfficeOnce(kb, p, u.office, countries) !== officeIsSubject(kb, u),
    );
  return visitors(kb, fact, u, found);
}

/**
 * "Whose visit was that?" asks for the one who went: of the people, those of the country the visit went to
 * ("the official visit of the President of Kazakhstan to Tajikistan … Presidents Rahmon and Nazarbayev") are its
 * hosts. All of them when that leaves no one.
 */
function visitors(kb: KnowledgeBase, fact: Fact, u: Understanding, found: Entity[]): Entity[] {
  const at = u.words.findIndex((w, i) => kb.lexicon.owners.has(w) && kb.lexicon.motions.has(kb.lexicon.term(u.words[i + 1] ?? '')));
  if (at < 0) return found;
  const to = kb.bindings(kb.positionOf(fact)).get(kb.lexicon.term(u.words[at + 1]!));
  const went = found.filter((p) => !p.country || !to?.has(p.country));
  return went.length ? went : found;
}

/**
 * "Later, the Kazakh President laid a wreath …", "…," the Kazakh Foreign Minister stated: a unit names a person by
 * office and country when that person, and no one else its report (a passage) or its own entities (a curated fact)
 * name, holds that office for that country.
 */
export function namedByOffice(kb: KnowledgeBase, fact: Fact, person: Entity): boolean {
  const unit = kb.unit(fact);
  const country = person.country;
  const named = unit.passage ? unit.context : fact.entities;
  if (!country || !named.includes(person.id)) return false;
  const bound = kb.bindings(kb.positionOf(fact));
  const others = named.flatMap((id) => {
    const e = kb.entity(id);
    return e && e.id !== person.id && e.type === 'person' && e.country === country ? [e] : [];
  });
  // The office bound to the country ("the Kazakh President"), or said just after a word bound to it ("the Kazakh Foreign Minister").
  const quoted = new Set(fact.quotes.flatMap((q) => words(fold(q)).map((w) => kb.lexicon.term(w))));
  const ofCountry = (r: string) => bound.get(r)?.has(country) || (quoted.has(r) && [...bound.values()].some((cs) => cs.has(country)));
  return [...kb.lexicon.roles].some(
    (r) => ofCountry(r) && holdsOfficeOnce(kb, person, [r], [country]) && !others.some((o) => holdsOfficeOnce(kb, o, [r], [country])),
  );
}

/**
 * "He commended the Treaty on Allied Relations …": a curated quote that names no one and opens with "he" or "she"
 * is of the one person its fact is about (the curator read the sentence before).
 */
function pronounSubject(kb: KnowledgeBase, fact: Fact): string[] {
  if (kb.unit(fact).origin !== 'curated' || !kb.lexicon.followUp.personal.includes(words(fold(fact.quotes[0] ?? ''))[0] ?? '')) return [];
  const persons = fact.entities.filter((id) => kb.entity(id)?.type === 'person');
  return persons.length === 1 ? persons : [];
}

/**
 * "Who did the Tajik foreign minister meet?": the office right after "who did" is the one who did it, so the person
 * asked for is someone else. (Not "who did Kyrgyzstan appoint as foreign minister", whose office is the one asked.)
 */
const officeIsSubject = perQuestion((kb, u): boolean => {
  const ws = u.words;
  if (u.asks !== 'person' || !kb.lexicon.objectAuxiliaries.has(ws[1] ?? '')) return false;
  const isRole = (w: string | undefined) => w !== undefined && kb.lexicon.roles.has(kb.lexicon.term(w));
  let i = 2;
  let roles = 0;
  // Articles, nationalities and the office's own words ("the Tajik foreign minister"); a modifier stands just before the role.
  for (; i < ws.length; i++) {
    const w = ws[i]!;
    if (isRole(w)) roles++;
    else if (!kb.lexicon.isStopword(w) && !kb.alias(w) && !isRole(ws[i + 1])) break;
  }
  // The office ends where the verb begins: the word after it says what the subject did.
  return roles > 0 && i < ws.length && !kb.lexicon.isStopword(ws[i]!) && !/\d/.test(ws[i]!);
});

/** What `read` works out from a question, once per question: ranking asks `people` and `elsewhere` of every candidate. */
function perQuestion<T>(read: (kb: KnowledgeBase, u: Understanding) => T): (kb: KnowledgeBase, u: Understanding) => T {
  const known = new WeakMap<Understanding, { value: T }>();
  return (kb, u) => {
    let k = known.get(u);
    if (!k) known.set(u, (k = { value: read(kb, u) }));
    return k.value;
  };
}

const sideOnce = perQuestion((kb, u) => sideOf(kb, u));

/** The countries a question names as where the thing asked happened: right after "in" ("met in Kyrgyzstan"). */
export const locatedIn = perQuestion((kb, u): string[] =>
  countriesAt(u)
    .filter(({ at }) => at.some((i) => kb.lexicon.wherePrepositions.has(u.words[i - 1]!)))
    .map(({ m }) => m.entity.id),
);

/**
 * Where the occasion asked about took place: "visit to Kyrgyzstan", "visited Kyrgyzstan and Tajikistan" — after an
 * occasion word, the countries from the first one it goes to on ("exports to Kazakhstan" go there; they do not
 * happen there). Not whose people they were: the visitor came from elsewhere.
 */
export const occasionIn = perQuestion((kb, u): string[] => {
  const occasions = new Set(kb.lexicon.followUp.occasions.map((w) => kb.lexicon.term(w)));
  const occasionAt = u.words.findIndex((w) => occasions.has(kb.lexicon.term(w)));
  if (occasionAt < 0) return [];
  const countries = countriesAt(u);
  const goesTo = (i: number) => occasionAt < i && (i - 1 === occasionAt || kb.lexicon.destinationPrepositions.has(u.words[i - 1]!));
  const first = Math.min(...countries.flatMap(({ at }) => at.filter(goesTo)));
  return countries.filter(({ at }) => at.some((i) => i >= first)).map(({ m }) => m.entity.id);
});

/** The countries the question names, each with the positions in its words where the name starts (never the first word). */
function countriesAt(u: Understanding): { m: Mention; at: number[] }[] {
  return u.mentions
    .filter((m) => m.entity.type === 'country')
    .map((m) => {
      const name = words(m.text);
      return { m, at: u.words.flatMap((_, i) => (i > 0 && name.every((w, k) => u.words[i + k] === w) ? [i] : [])) };
    });
}

/** The one party a question asks about ("for the Uzbek side", "on behalf of Tajikistan"), if it names one. */
export function sideOf(kb: KnowledgeBase, u: Understanding): string | undefined {
  for (const term of kb.lexicon.sides) {
    const countries = u.bound.get(term);
    if (countries?.size === 1 && asParty(kb, u, term)) return [...countries][0];
  }
  // "Who signed the protocol for Uzbekistan?": one country right after "for" (not "for Tajikistan and Kyrgyzstan").
  // Any of its names counts, not only the first the question used ("the treaty between … the Republic of
  // Kazakhstan for Kazakhstan", as a follow-up's "it" spells the treaty out).
  for (const m of u.mentions) {
    if (m.entity.type !== 'country') continue;
    const names = [m.text, m.entity.name, ...m.entity.aliases].map((a) => words(fold(a)));
    for (const name of names)
      for (let i = 1; i + name.length <= u.words.length; i++) {
        if (!name.every((w, k) => u.words[i + k] === w)) continue;
        const before = u.words[i - 1] === 'the' ? u.words[i - 2] : u.words[i - 1];
        const after = u.words[i + name.length];
        if (before !== undefined && kb.lexicon.sidePrepositions.has(before) && after !== 'and' && after !== 'or') return m.entity.id;
      }
  }
  return undefined;
}

/**
 * Whether a side word names the party acting ("for the Uzbek side", "on the Kyrgyz side", "on behalf of", "the side
 * of Uzbekistan"), not whom something was done to ("who thanked the Tajik side?"): a preposition of the lexicon
 * stands just before it, or the country straight after it.
 */
function asParty(kb: KnowledgeBase, u: Understanding, term: string): boolean {
  return u.words.some((w, i) => {
    if (kb.lexicon.isStopword(w) ? w !== term : kb.lexicon.term(w) !== term) return false;
    const before = u.words.slice(Math.max(0, i - 3), i);
    // "side Uzbekistan", as a Russian "со стороны Узбекистана" reads: the country straight after the side word.
    const next = u.words[i + 1] === 'of' ? u.words[i + 2] : u.words[i + 1];
    const countryNext = u.mentions.some((m) => m.entity.type === 'country' && words(m.text)[0] === next);
    return countryNext || before.some((b) => kb.lexicon.sideWordPrepositions.has(b));
  });
}

/**
 * holdsOffice once per base, person, office and countries: ranking asks it of every candidate naming the person,
 * and question after question asks it again (the base does not change while it lives).
 */
const officesHeld = new WeakMap<KnowledgeBase, Map<string, boolean>>();
export function holdsOfficeOnce(kb: KnowledgeBase, person: Entity, office: string[], countries: string[]): boolean {
  let known = officesHeld.get(kb);
  if (!known) officesHeld.set(kb, (known = new Map()));
  const key = JSON.stringify([person.id, office, countries]);
  let holds = known.get(key);
  if (holds === undefined) known.set(key, (holds = holdsOffice(kb, person, office, countries)));
  return holds;
}

function holdsOffice(kb: KnowledgeBase, person: Entity, office: string[], countries: string[]): boolean {
  return kb.factsWithEntity(person.id).some((i) => {
    const f = kb.facts[i]!;
    if (!f.entities.includes(person.id)) return false;
    const forCountry = !countries.length || countries.some((c) => (person.country ? person.country === c : f.entities.includes(c)));
    // A passage words an office freely ("Minister of Foreign Affairs"), but gives it just before the name:
    // "on the Kyrgyz side by Deputy Chief … Tashiev, and on the Uzbek side by Prime Minister Abdulla Aripov".
    // So does the quote of a curated fact of another kind ("revealed that President Recep Tayyip Erdoğan was planning …").
    if (kb.unit(f).origin === 'passage' || (f.kind !== 'office' && f.kind !== 'biography'))
      return forCountry && f.quotes.some((q) => titleHolds(kb, titleBefore(kb, q, person.id), office));
    // The office's words in the fact, the one before each office word right before it ("first president", not "first … president").
    const inOrder = office.every(
      (t, n) => n === 0 || !kb.lexicon.roles.has(t) || kb.lexicon.roles.has(office[n - 1]!) || kb.hasPair(i, `${office[n - 1]}>${t}`),
    );
    // "Deputy Prime Minister" is no prime minister: a "deputy" the question did not name makes another office.
    const qualified = [...kb.lexicon.deputies].some((r) => !office.includes(r) && kb.hasPair(i, `${r}>${office[0]}`));
    // The office is the fact's title's ("Ali Karimov, President of Uzbekistan"), not any word of it ("received the ministers").
    return forCountry && inOrder && !qualified && office.every((t) => kb.hasTitleTerm(i, t));
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

/**
 * "Where will the meeting be held?" of "will be held in Kazakhstan": the countries the quotes name as where it
 * happened, when the question names no place of its own (then a country is no answer to where in it).
 */
export function regions(kb: KnowledgeBase, fact: Fact, u: Understanding): Entity[] {
  if (u.mentions.some((m) => m.entity.type === 'place')) return [];
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));
  return (kb.unit(fact).regions ?? [])
    .filter((id) => !mentioned.has(id))
    .map((id) => kb.entity(id))
    .filter((e): e is Entity => e !== undefined);
}

/** The place a report's lead happened in by its dateline, when the question did not name it. */
export function filedFrom(kb: KnowledgeBase, fact: Fact, u: Understanding): { place: Entity; dateline: string } | undefined {
  const filed = kb.unit(fact).filedFrom;
  const place = filed && !u.mentions.some((m) => m.entity.id === filed.place) ? kb.entity(filed.place) : undefined;
  return place && { place, dateline: filed!.dateline };
}

/**
 * Whether a unit gives an office other than those asked ("First Deputy Foreign Minister" for "foreign minister"): a
 * curated fact names its office in its title; a passage, whose title is its own, in its sentence.
 */
export function namesOtherOffice(kb: KnowledgeBase, i: number, office: ReadonlySet<string>): boolean {
  const names = (r: string) => (kb.info[i]!.passage ? kb.hasTerm(i, r) : kb.hasTitleTerm(i, r));
  return office.size > 0 && [...kb.lexicon.roles].some((r) => !office.has(r) && names(r));
}

/** The organisations of a kind ("department") that a fact's quotes name by one of their names. */
export function organisationsIn(kb: KnowledgeBase, fact: Fact, head: string): Entity[] {
  const quoted = fact.quotes.map((q) => ` ${words(fold(q)).join(' ')} `);
  return fact.entities.flatMap((id) => {
    const e = kb.entity(id);
    if (e?.type !== 'organisation') return [];
    const ws = [e.name, ...e.aliases].map((a) => words(fold(a)));
    if (!ws[0]!.some((w) => kb.lexicon.term(w) === head)) return [];
    return ws.some((a) => quoted.some((q) => q.includes(` ${a.join(' ')} `))) ? [e] : [];
  });
}

/** A fact's value that lists these organisations and more ("UN, CIS, EurAsEC, CSTO and SCO"): it leads, whole. */
function listingAll(fact: Fact, organisations: Entity[]): string | undefined {
  const value = fact.value && ` ${words(fold(fact.value.text)).join(' ')} `;
  const inValue = (e: Entity) => [e.name, ...e.aliases].some((a) => value!.includes(` ${words(fold(a)).join(' ')} `));
  return value && organisations.length && organisations.every(inValue) ? fact.value!.text : undefined;
}

/** The lead for the asked slot, or undefined when this fact does not hold it. */
export function slotLead(kb: KnowledgeBase, fact: Fact, slot: AnswerSlot, u: Understanding): string | undefined {
  switch (slot) {
    case 'date':
      // "When did it end?": only a range's end answers; its start would be wrong.
      if (u.end) return fact.date?.to ? kb.calendar.date(fact.date.to) : undefined;
      // "Which years does the programme cover?": the span its name gives (it was signed on another day), unless its
      // own dates are a span already (a term of office "from 15 April 2010 to 6 September 2012" says more).
      return (asksYearSpan(kb, u.words.join(' ')) && !fact.date?.to ? namedYears(fact) : undefined) ?? dateLead(kb, fact);
    case 'value':
      if (givesQuantity(fact, u)) return valueLead(kb, fact, u);
      return givesDuration(fact, u) ? dateLead(kb, fact) : undefined;
    case 'place': {
      const filed = filedFrom(kb, fact, u);
      return (
        names(places(kb, fact, u)) ?? (filed ? kb.wording.say('filedFrom', { place: filed.place.name, dateline: filed.dateline }) : names(regions(kb, fact, u)))
      );
    }
    case 'reason':
      return reasonIn(kb, fact, u);
    case 'summary':
    case 'person':
      // "Which department reported …": the organisation of that kind the quotes name.
      return u.category
        ? (listingAll(fact, organisationsIn(kb, fact, u.category)) ?? names(organisationsIn(kb, fact, u.category)))
        : slot === 'person'
          ? (names(people(kb, fact, u)) ?? agentGroup(kb, fact, u))
          : undefined;
    default:
      return undefined;
  }
}

/**
 * The purpose or reason a quote gives ("came to Astana to participate in the session of …"): from a reason cue to
 * the end of its clause, verbatim. A reason that holds the question's own words is what the question is about,
 * not its cause ("aid provided in connection with the floods" says nothing of what caused the floods).
 */
export function reasonIn(kb: KnowledgeBase, fact: Fact, u: Understanding): string | undefined {
  const topic = new Set(u.terms.map((t) => t.term));
  for (const quote of fact.quotes) {
    for (const cue of reasonPatterns(kb)) {
      const at = cue.exec(quote)?.index;
      if (at === undefined) continue;
      const reason = /^[^,;.!?"“”]+/u.exec(quote.slice(at))?.[0].trim();
      if (!reason || kb.lexicon.terms(reason).some((t) => topic.has(t))) continue;
      // "Because of them": the reason is in a sentence before, which this quote does not hold.
      if (pointsBack(kb, reason, cue)) continue;
      return reason;
    }
  }
  return undefined;
}

/** Whether a reason cue is followed by nothing but a word pointing back ("because of them"). */
function pointsBack(kb: KnowledgeBase, reason: string, cue: RegExp): boolean {
  return words(fold(reason.slice(cue.exec(reason)?.[0].length ?? 0))).every((w) => kb.lexicon.isStopword(w));
}

/** Whether a quote opens with a reason that points back to the sentence before ("Because of them, …"). */
export function opensWithReasonBefore(kb: KnowledgeBase, quote: string): boolean {
  return reasonPatterns(kb).some((cue) => {
    const at = cue.exec(quote)?.index;
    const reason = at === 0 ? /^[^,;.!?"“”]+/u.exec(quote)?.[0].trim() : undefined;
    return !!reason && pointsBack(kb, reason, cue);
  });
}

/** The reason cues as patterns on a quote's own text (any case, any spacing), longest first; made once per base. */
const reasonCuePatterns = new WeakMap<KnowledgeBase, RegExp[]>();
function reasonPatterns(kb: KnowledgeBase): RegExp[] {
  let patterns = reasonCuePatterns.get(kb);
  if (!patterns) {
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    patterns = kb.lexicon.reasonCues.map((c) => new RegExp(`(?<![\\p{L}\\p{N}])${c.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu'));
    reasonCuePatterns.set(kb, patterns);
  }
  return patterns;
}

/**
 * Whether slotLead gives the fact a lead for the slot (`slotLead(…) !== undefined`), without writing it: ranking
 * asks it of every candidate. Each case answers as slotLead's does; keep the two in step.
 */
export function holdsSlot(kb: KnowledgeBase, fact: Fact, slot: AnswerSlot, u: Understanding): boolean {
  switch (slot) {
    case 'date':
      if (asksYearSpan(kb, u.words.join(' ')) && !fact.date?.to && namedYears(fact) !== undefined) return true;
      return u.end ? !!fact.date?.to : !!fact.date;
    case 'value':
      // valueLead has a lead exactly when the figure asked is there (it writes one for every figure askedValue gives).
      if (givesQuantity(fact, u)) return askedValue(kb, fact, u) !== undefined;
      return givesDuration(fact, u);
    case 'place':
      return places(kb, fact, u).length > 0 || filedFrom(kb, fact, u) !== undefined || regions(kb, fact, u).length > 0;
    case 'reason':
      return reasonIn(kb, fact, u) !== undefined;
    case 'summary':
    case 'person':
      return u.category
        ? organisationsIn(kb, fact, u.category).length > 0
        : slot === 'person' && (people(kb, fact, u).length > 0 || agentGroup(kb, fact, u) !== undefined);
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

/** The span of years a fact's title or quote names ("… for 2026-2028"), written with an en dash. */
function namedYears(fact: Fact): string | undefined {
  const span = [fact.title, ...fact.quotes].map((t) => t.match(YEAR_SPANS)?.[0]).find((m) => m !== undefined);
  return span?.replace(/\s*[-–—]\s*/u, '–');
}

/**
 * Whether every use in a fact's quotes of the stage a question asks about ("who signed …?") is a participle after a
 * document's name with no "by" after it ("the Treaty on Allied Relations signed the previous year"): none names who did it.
 */
function namesNoAgent(kb: KnowledgeBase, fact: Fact, u: Understanding): boolean {
  const stages = new Set(u.terms.filter((t) => kb.lexicon.stages.has(t.term)).map((t) => t.term));
  if (!stages.size) return false;
  const uses = fact.quotes.flatMap((q) => {
    const ws = q.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
    return ws.flatMap((w, i) => (stages.has(kb.lexicon.term(fold(w))) ? [{ before: ws[i - 1] ?? '', after: fold(ws[i + 1] ?? '') }] : []));
  });
  const capital = (w: string) => /^\p{Lu}/u.test(w) && !kb.alias(fold(w));
  return uses.length > 0 && uses.every((x) => capital(x.before) && x.after !== 'by');
}
