// An answer said in Russian: the lead (the date, the number, the names) written as Russians write it, from
// lang/ru/format.yaml, and the sentences from lang/ru/templates.yaml. Quotes stay the English originals.
import type { Answer } from '../answer.js';
import type { KnowledgeBase } from '../knowledge.js';
import type { Fact } from '../schema.js';
import type { Understanding } from '../understand.js';
import { dateLead, filedFrom, people, places, slotLead } from '../slots.js';
import { isRussian, RussianReader, type RussianData } from './russian.js';
import { fill, Wording } from './wording.js';
import { Calendar, type DateFormat } from './calendar.js';
import { digits } from './numbers.js';
import { occurrences } from '../dates.js';

type Plural = { one: string; few: string; many: string; other: string };
type Format = {
  number: { thousands: string; decimal: string; groupFrom: number; scales: { value: number; word: string }[]; scaleFrom: number; percent: string };
  units: Record<string, Plural | string>;
};
/** The unit and scale words of a language (format.yaml's unitOf, scaleOf). */
type UnitWords = { unitOf?: Record<string, string[]>; scaleOf?: Record<string, number> };

const plurals = new Intl.PluralRules('ru');
/** The slots whose English lead the speaker says in Russian. */
const SAID_SLOTS = ['date', 'value', 'person', 'place'] as const;
/** The templates of the time between two facts, by unit. */
const BETWEEN = ['yearsBetween', 'daysBetween'] as const;

export class RussianSpeaker {
  private readonly f: Format;
  /** The Russian templates (lang/ru/templates.yaml), said the way the English ones are. */
  private readonly words: Wording;
  /** The English data's unit words, and Russian's. */
  private readonly unitWords: UnitWords[];
  /** Dates as Russians write them (lang/ru/format.yaml). */
  private readonly calendar: Calendar;

  constructor(
    private readonly kb: KnowledgeBase,
    data: RussianData,
  ) {
    this.f = data.format as Format;
    this.words = new Wording(data.templates, 'ru');
    this.unitWords = [kb.format as UnitWords, data.format as UnitWords];
    this.calendar = new Calendar(data.format as unknown as DateFormat);
  }

  /** "7 января 1993 г.", "в январе 1993 г.", "1993 г.", "12–13 сентября 2007 г.", "2021–2022 гг.". */
  date(on: string, to?: string): string {
    return this.calendar.date(on, to);
  }

  /** An amount in the English data's unit ("1.2", "billion USD") as a number and a key of `units` (1.2e9, "usd"). */
  private inUnits(value: number, unit: string): { value: number; unit?: string } {
    let rest = unit.trim().toLowerCase();
    let scaled = value;
    const scale = this.unitWords.flatMap((u) => Object.entries(u.scaleOf ?? {})).find(([w]) => rest.startsWith(`${w} `) || rest === w);
    if (scale) {
      scaled *= scale[1];
      rest = rest.slice(scale[0].length).trim();
    }
    const key = this.unitWords.flatMap((u) => Object.entries(u.unitOf ?? {})).find(([, names]) => names.some((n) => n.toLowerCase() === rest))?.[0];
    return { value: scaled, unit: key ?? (rest && rest in this.f.units ? rest : undefined) };
  }

  /** "1 380", "1,2 млрд долларов", "971 км". */
  amount(raw: number, rawUnit?: string): string {
    const { value, unit } = rawUnit ? this.inUnits(raw, rawUnit) : { value: raw, unit: undefined };
    const n = this.f.number;
    const scale = value >= n.scaleFrom ? n.scales.find((s) => value >= s.value) : undefined;
    const shown = scale ? this.digits(value / scale.value) : this.digits(value);
    const u = unit ? this.f.units[unit] : undefined;
    if (scale) {
      const scaled = unit ? this.f.units[`${unit}Scaled`] : undefined;
      return typeof scaled === 'string' ? fill(scaled, { n: `${shown} ${scale.word}` }) : `${shown} ${scale.word}${unit && unit !== 'usd' ? ` ${unit}` : ''}`;
    }
    if (unit === 'percent') return fill(n.percent, { n: shown });
    if (u && typeof u !== 'string') return fill(u[plurals.select(value) as keyof Plural] ?? u.other, { n: shown });
    return shown;
  }

  private digits(x: number): string {
    return digits(x, this.f.number);
  }

  /** The Russian lead of one fact for the slot asked, or undefined when there is none to say. */
  lead(fact: Fact, u: Understanding): string | undefined {
    switch (u.asks) {
      case 'date': {
        const d = fact.date;
        if (!d) return undefined;
        if (d.on) {
          // A date worked out from the publication date comes with the source's own words, as in English ("во второй половине текущего года").
          const when = this.date(d.on, d.to) + (d.text && d.derived ? ` (${this.words.say('quoted', { text: d.text })})` : '');
          return fact.status === 'planned' ? this.words.say('plannedFor', { when }) : when;
        }
        if (!d.text) return undefined;
        const source = this.kb.source(fact.source);
        if (fact.status === 'planned' && source.published.date)
          return this.words.say('expectedAsOf', { text: d.text, date: this.date(source.published.date.slice(0, 7)), publisher: source.publisher });
        return this.words.say(fact.status === 'planned' ? 'expectedNoDate' : 'noCalendarDate', { text: d.text });
      }
      case 'value': {
        const v = fact.value;
        if (!v) return undefined;
        // A figure in words ("approximately one-third") cannot be said in Russian here: the quote says it; a Russian
        // source's words ("5-6 млрд долларов", a range) are said as they are.
        if (v.amount === undefined) return isRussian(v.text) ? v.text : undefined;
        const said = this.amount(v.amount, v.unit);
        return fact.status === 'planned' ? this.words.say('goalNotReached', { value: said }) : said;
      }
      case 'person':
        return names(people(this.kb, fact, u).map(RussianReader.nameOf));
      case 'place': {
        const filed = filedFrom(this.kb, fact, u);
        const dateline = filed && this.words.say('filedFrom', { place: RussianReader.nameOf(filed.place), dateline: filed.dateline });
        return names(places(this.kb, fact, u).map(RussianReader.nameOf)) ?? dateline;
      }
      default:
        return undefined;
    }
  }

  /**
   * The Russian lead for the slot the English lead gave when the question named none: "а соглашение о
   * добрососедстве?" after "когда …?" is answered with the date, which the follow-up's words do not ask for.
   */
  private leadAsSaid(fact: Fact, a: Answer, u: Understanding): string | undefined {
    const slot = a.lead ? SAID_SLOTS.find((s) => slotLead(this.kb, fact, s, u) === a.lead) : undefined;
    return slot ? this.lead(fact, { ...u, asks: slot }) : undefined;
  }

  /** The answer in Russian: its lead and the English sentence it rests on; a decline in Russian words. */
  answer(a: Answer, u: Understanding, suggestions: string[]): Answer {
    if (!a.answered) return { ...a, text: this.decline(a, u), suggestions };
    const computed = this.computed(a, u);
    if (computed) return { ...a, ...computed };
    const main = a.facts[0];
    // "Кто такой Мухриддин?": an answer that describes an entity the question names leads with its name, not
    // with the other people its fact names.
    const described = u.mentions.find((m) => m.entity.name === a.lead)?.entity;
    // A yes/no or a computed answer keeps its English lead word by word; its number or verdict leads.
    const key = (['notAccording', 'yesWord', 'noWord'] as const).find((k) => a.text.startsWith(`${this.kb.wording.say(k)}:`));
    const verdict = key ? this.words.say(key) : undefined;
    // "Посещал ли он Таджикистан в 2007 году?": a yes to a question with a date says the date.
    const asked = key === 'yesWord' && (u.spans.length || u.monthDays.length) ? { ...u, asks: 'date' as const } : u;
    const lead = described ? RussianReader.nameOf(described) : main ? (this.lead(main, asked) ?? this.leadAsSaid(main, a, u)) : undefined;
    const header = this.header(a, u);
    // An English lead of words (a figure such as "approximately one-third") is not said; the quote is.
    const inWords = u.asks === 'value' && main?.value !== undefined && main.value.amount === undefined;
    const head = header ?? [verdict, lead ?? (verdict || inWords ? undefined : a.lead)].filter(Boolean).join(': ');
    // What the source says, in its own words: the first quote, verbatim; with no lead to give, every quote of
    // the fact (its English summary, which joins them, cannot be said in Russian). Any other list (the choices of
    // an unclear question, say) keeps its English lines, which name each item with its date.
    const quotes = !head && main?.quotes.length && main.source === a.citations[0]?.source.id ? main.quotes : [];
    const quote = quotes.length > 1 ? quotes.map((q) => q.trim()).join(' … ') : a.citations[0]?.quote;
    // A count of facts that each give the amount asked ("сколько составил товарооборот") is answered with the amount.
    const listed = a.facts.length > 1 && /\n•/.test(a.text) && !(lead && this.kb.wording.match('count', a.text));
    // "Кто такой Казакбаев?": what each source says of him (his offices too), one quote a line.
    const bySource = new Map<string, string[]>();
    if (described && a.citations.length > 1)
      for (const c of a.citations) (bySource.get(this.sourceOf(c)) ?? bySource.set(this.sourceOf(c), []).get(this.sourceOf(c))!).push(c.quote.trim());
    const each = [...bySource].map(([source, quotes]) => this.words.say('sourceSays', { source, text: quotes.join(' … ') }));
    const says = header
      ? this.lines(a.facts, u)
      : each.length
        ? each.join('\n')
        : listed || !quote
          ? a.text.replace(/^[^\n]*\n/, '')
          : this.words.say('sourceSays', { source: this.sourceOf(a.citations[0]), text: quote.trim() });
    const text = !head ? says : head.endsWith(':') ? `${head}\n${says}` : `${head}${/[.!?]$/.test(head) ? '' : '.'} ${says}`;
    // With no Russian lead, the English one is not kept either.
    const { lead: _english, ...rest } = a;
    return { ...rest, ...(head ? { lead: head } : {}), text };
  }

  /**
   * An answer the English engine worked out from facts (which came first, how long between, the rest of a whole,
   * a count), said with the Russian sentence of the same template: titles stay English, dates and amounts are
   * Russian. Undefined for any other answer, and for a count whose facts each give the amount asked.
   */
  private computed(a: Answer, u: Understanding): { lead: string; text: string } | undefined {
    const en = this.kb.wording;
    const [first, second] = a.facts;
    if (!first) return undefined;
    const dated = { ...u, asks: 'date' as const };
    const when = (f: Fact) => this.lead(f, dated) ?? '';
    if (second && en.match('cameFirst', a.text)) {
      const text = this.words.say('cameFirst', { first: first.title, firstWhen: when(first), second: second.title, secondWhen: when(second) });
      // A Russian date ends with its own stop ("26 мая 2004 г."), which ends the sentence too.
      return { lead: first.title, text: text.replace(/\.\.$/, '.') };
    }
    const n = Number(/^\d+/.exec(a.lead ?? '')?.[0]);
    const titled = (f: Fact) => this.words.say('titledWhen', { title: f.title, when: when(f) });
    const between = second && en.match('apart', a.text) ? BETWEEN.find((key) => a.lead === en.count(key, n)) : undefined;
    if (between) {
      const amount = this.words.count(between, n);
      return { lead: amount, text: this.words.say('apart', { amount, first: titled(first), second: titled(second!) }) };
    }
    // "53 years old: <birth> (<date>); <appointment> (<date>)."
    const titledEn = (f: Fact) => en.say('titledWhen', { title: f.title, when: dateLead(this.kb, f) ?? '' });
    if (second && a.lead === String(n) && a.text === en.count('ageThen', n, { first: titledEn(first), second: titledEn(second) }))
      return { lead: a.lead, text: this.words.count('ageThen', n, { first: titled(first), second: titled(second) }) };
    const rest = en.match('remainder', a.text);
    if (rest) {
      const { amount: worked = '', whole = '', part = '' } = rest;
      // "467 km": the English digits and unit, said as Russians write them.
      const [, figure, unit] = /^([\d.,]+)\s*(.*)$/.exec(worked) ?? [];
      const thousands = (this.kb.format as Format).number.thousands;
      const amount = figure ? this.amount(Number(figure.split(thousands).join('')), unit) : worked;
      const summary = this.words.say('sourceSays', { source: this.sourceOf(a.citations[0]), text: first.quotes[0]!.trim() });
      return { lead: amount, text: this.words.say('remainder', { amount, whole, part, summary }) };
    }
    // "9: 1998, 2001, … and 2012 — <the fact>": the occasions of one fact, counted.
    const occasions = en.match('occasions', a.text)?.count;
    const times = first.date?.on ? occurrences(first.date) : [];
    // "1998, of the occasions the source gives (…)": the one at the position asked.
    const at = en.match('occasionAt', a.text);
    const time = at && times.find((t) => this.kb.calendar.date(t) === at.when);
    if (time) {
      const whenRu = this.date(time);
      return { lead: whenRu, text: this.words.say('occasionAt', { when: whenRu, dates: times.map((t) => this.date(t)).join(', '), title: first.title }) };
    }
    // "<A> (2023-2026) is the longer; <B>: 2021-2022.": as the source gives each, titles English.
    const measured = second ? (['longerOf', 'shorterOf'] as const).find((key) => en.match(key, a.text)) : undefined;
    if (measured) return { lead: first.title, text: this.words.say(measured, en.match(measured, a.text)!) };
    if (occasions && a.lead === occasions && occasions === String(times.length) && !second) {
      const dates = times.map((d) => this.date(d));
      const joined = dates.length > 1 ? `${dates.slice(0, -1).join(', ')} ${this.words.say('and')} ${dates[dates.length - 1]}` : (dates[0] ?? '');
      return { lead: occasions, text: this.words.say('occasions', { count: occasions, dates: joined, title: first.title }).replace(/\.\.$/, '.') };
    }
    const count = en.match('count', a.text)?.count;
    if (count && a.lead === count && /^\d+$/.test(count) && !this.lead(first, u))
      return { lead: count, text: this.words.say('count', { count, items: this.lines(a.facts, u) }) };
    return undefined;
  }

  /** A list's lines with their dates in Russian: "• 12 июля 1996 г. — <the fact's title>". */
  private lines(facts: Fact[], u: Understanding): string {
    const dated = { ...u, asks: 'date' as const };
    return facts
      .map((f) => {
        const when = f.date ? this.lead(f, dated) : undefined;
        return `• ${when ? `${when} — ` : ''}${f.title}`;
      })
      .join('\n');
  }

  /** A list's English header ("4 found:", "Timeline of Tajikistan and Kazakhstan (…):") said in Russian. */
  private header(a: Answer, u: Understanding): string | undefined {
    const en = this.kb.wording;
    const count = a.facts.length;
    if (a.lead === en.say('listHeader', { count })) return this.words.say('listHeader', { count });
    const countries = u.mentions.filter((m) => m.entity.type === 'country').map((m) => m.entity);
    const timeline = en.say('timelineHeader', { names: countries.map((c) => c.name).join(` ${en.say('and')} `), count });
    if (countries.length && a.lead === timeline)
      return this.words.say('timelineHeader', { names: countries.map(RussianReader.nameOf).join(` ${this.words.say('and')} `), count });
    return undefined;
  }

  /**
   * Why the English answer declined, said in Russian: no question at all; a name the sources lack; a decline
   * that still quotes what the sources do say (they lack the slot asked, or stop before today); else nothing found.
   */
  private decline(a: Answer, u: Understanding): string {
    const en = this.kb.wording;
    if (a.text === en.say('noQuestion')) return this.words.say('noQuestion');
    const named = (list: Understanding['mentions']) => list.map((m) => RussianReader.nameOf(m.entity)).join(', ');
    if (u.outOfScope.length) return this.words.say('outOfScope', { names: named(u.outOfScope) });
    const only = en.match('onlyKnown', a.text)?.count;
    if (only) return this.words.say('onlyKnown', { count: only === en.say('one') ? this.words.say('one') : only });
    const quote = a.citations[0]?.quote;
    if (quote && (u.asks === 'date' || u.asks === 'value' || u.asks === 'person' || u.asks === 'place' || u.asks === 'reason')) {
      const says = this.words.say('sourceSays', { source: this.sourceOf(a.citations[0]), text: quote.trim() });
      return this.words.say('slotUnknown', { what: this.words.say(`slots.${u.asks}`), says });
    }
    const names = named(u.mentions);
    return names ? this.words.say('notFoundFor', { names }) : this.words.say('notFound');
  }

  private sourceOf(c: Answer['citations'][number] | undefined): string {
    if (!c) return '';
    return c.source.published
      ? this.words.say('sourceOf', { publisher: c.source.publisher, date: this.date(c.source.published) })
      : this.words.say('sourceUndated', { publisher: c.source.publisher });
  }
}

function names(list: string[]): string | undefined {
  return list.length ? list.join(', ') : undefined;
}
