// Dates as a language writes them, from its lang/<code>/format.yaml: "14 January 1993" and "7 января 1993 г.",
// "January 1993" and "в январе 1993 г.", ranges, days of the year. English and Russian answers both write
// their dates through it; only the format data differs.
import { fill } from './wording.js';

/** The `months` and `date` parts of a format.yaml. */
export type DateFormat = {
  months: { genitive: string[]; prepositional: string[]; nominative: string[]; short?: string[][] };
  weekdays?: string[];
  date: { day: string; month: string; monthAlone: string; year: string; dayRange: string; yearRange: string; range: string; monthDay: string };
};

const parts = (iso: string) => iso.split('-').map(Number) as [number, number?, number?];

export class Calendar {
  /** Each form of each month, lower case, with its number (1–12). */
  private readonly monthByWord = new Map<string, number>();
  /** Every word that names a month ("september", "sept", "sep"), longest first, as dates in text are matched. */
  readonly monthWords: string[];

  constructor(private readonly f: DateFormat) {
    const { genitive, prepositional, nominative, short = [] } = f.months;
    for (const list of [nominative, genitive, prepositional]) list.forEach((m, i) => this.monthByWord.set(m.toLowerCase(), i + 1));
    short.forEach((forms, i) => {
      for (const m of forms) this.monthByWord.set(m.toLowerCase(), i + 1);
    });
    this.monthWords = [...this.monthByWord.keys()].sort((a, b) => b.length - a.length);
  }

  /** The month (1–12) a word names, in any form the format lists; 0 for none. A full stop after it is allowed ("Nov."). */
  monthOf(word: string): number {
    return this.monthByWord.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
  }

  /** A month's name as it stands alone ("January"). */
  monthName(month: number): string {
    return this.f.months.nominative[month - 1] ?? '';
  }

  /** A date or a range as an answer says it: "14 January 1993", "12–13 September 2007", "2021–2022", "June 2000 – September 2007". */
  date(on: string, to?: string): string {
    const { date: d, months: m } = this.f;
    const [y, mo, day] = parts(on);
    if (to && to !== on) {
      const [y2, mo2, day2] = parts(to);
      if (day && day2 && y === y2 && mo === mo2) return fill(d.dayRange, { from: day, to: day2, month: m.genitive[mo! - 1]!, year: y });
      if (!mo && !mo2) return fill(d.yearRange, { from: y, to: y2 });
      return fill(d.range, { from: this.alone(on), to: this.alone(to) });
    }
    if (day) return fill(d.day, { day, month: m.genitive[mo! - 1]!, year: y });
    if (mo) return fill(d.month, { month: m.prepositional[mo - 1]!, year: y });
    return fill(d.year, { year: y });
  }

  /** A question's span said back: a whole year or month as such ("1993", "July 1996"), else its days. */
  span(span: { from: string; to: string }): string {
    const [fy, fm, fd] = span.from.split('-');
    const [ty, tm, td] = span.to.split('-');
    if (fm === '01' && fd === '01' && tm === '12' && td === '31') return this.date(fy!, ty === fy ? undefined : ty);
    const lastDay = new Date(Date.UTC(Number(ty), Number(tm), 0)).getUTCDate();
    if (fy === ty && fm === tm && fd === '01' && Number(td) === lastDay) return this.date(`${fy}-${fm}`);
    return this.date(span.from, span.to);
  }

  /** A day of the year, MM-DD: "12 July", "12 июля". */
  monthDay(monthDay: string): string {
    return fill(this.f.date.monthDay, { day: Number(monthDay.slice(3)), month: this.f.months.genitive[Number(monthDay.slice(0, 2)) - 1]! });
  }

  /** One end of a range, standing alone ("январь 1993 г." where the answer to "when" says "в январе 1993 г."). */
  private alone(iso: string): string {
    const [y, mo, day] = parts(iso);
    if (day) return fill(this.f.date.day, { day, month: this.f.months.genitive[mo! - 1]!, year: y });
    if (mo) return fill(this.f.date.monthAlone, { month: this.f.months.nominative[mo - 1]!, year: y });
    return fill(this.f.date.year, { year: y });
  }
}
