// What src/core/passages makes of a source document: its passages (sentences, headings, list items), each with
// the dates, quantities, entities and document titles it names.

export type PassageDate = {
  /** Verbatim as in the quote: "7 January 1993", "in March", "on Monday", "Nov. 3", "last year", "2021-2022". */
  text: string;
  /** YYYY | YYYY-MM | YYYY-MM-DD when a calendar date can be known (the start of a range). */
  on?: string;
  /** The end of a range, same shapes. */
  to?: string;
  /** "MM-DD" when day and month are known but the year is not (an undated source's "April 19"). */
  monthDay?: string;
  /** Any part of `on` was worked out (the year from the publication date, "on Monday" → a day) rather than printed. */
  derived: boolean;
  /** The text is relative or vague ("on Monday", "last year", "this week", "today", "recently"). */
  relative: boolean;
  /** The report's dateline ("KHUJAND, March 6 — …"): the date it was filed, not that of what the sentence tells. */
  dateline?: boolean;
  /** It dates a statement ("…, the ministry said on Friday"), not what the statement tells. */
  said?: boolean;
  /** It stands in a clause that states a plan ("… intend to reach it by 2030"), not in one that tells what happened. */
  planned?: boolean;
};

export type Quantity = {
  /** Verbatim: "971 kilometers", "$2 billion", "about 1,380 km", "75 documents", "85 percent", "two presidents". */
  text: string;
  value: number;
  /** A range's upper end ("5-6 billion dollars": 6e9, `value` 5e9). */
  upTo?: number;
  /** The canonical unit from the language data ("km", "usd", "percent", "person"); for "N <noun>" the noun's stem. */
  unit: string;
  /** about, around, nearly, more than, over, some, almost, up to … */
  approx: boolean;
  /** What a money or percent figure is a figure of, when the sentence names it near ("trade turnover"). */
  head?: string;
  /** The clause holding it states a target or plan ("intending to achieve $2 billion"), not what happened. */
  planned: boolean;
};

export type Passage = {
  /** `${sourceId}.${n}`, stable in document order. */
  id: string;
  source: string;
  /** Order in the document, from 0. */
  index: number;
  /** Which paragraph (or heading line) it belongs to, from 0. */
  paragraph: number;
  /** An exact substring of the source text: text.slice(start, end). */
  quote: string;
  start: number;
  end: number;
  dates: PassageDate[];
  /** Entity ids named, from the injected finder. */
  entities: string[];
  quantities: Quantity[];
  /** Document titles named, verbatim ("Treaty on Allied Relations"). */
  titles: string[];
  /** The sentence states a plan, expectation or intention, not an event. */
  planned: boolean;
};

/** A unit of a document before analysis. */
export type Span = { quote: string; start: number; end: number; index: number; paragraph: number };

/** A source as analysis needs it; `published` is YYYY[-MM[-DD]] or '' when the source is undated. */
export type SourceText = { id: string; text: string; published: string };

/** Finds the entities a text names; returns their ids. */
export type EntityFinder = (text: string) => string[];
