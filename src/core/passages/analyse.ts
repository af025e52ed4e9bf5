// A source document into passages: each unit with its dates, quantities, entities, titles and whether it is a plan.
import { findDates } from './dates.js';
import type { PassageLanguage } from './language.js';
import { planCues, plannedClause } from './plans.js';
import { findQuantities, numbersIn } from './quantities.js';
import { splitPassages } from './split.js';
import { findTitles } from './titles.js';
import type { EntityFinder, Passage, Quantity, SourceText } from './types.js';

/** What a sentence says of itself: its dates, quantities and document titles, and whether it states a plan. */
export type Reading = Pick<Passage, 'dates' | 'quantities' | 'titles' | 'planned'>;

/** The reading of one sentence of a source published on `published` (YYYY[-MM[-DD]] or ''). */
export function readSentence(quote: string, published: string, lang: PassageLanguage): Reading {
  const cues = planCues(quote, lang);
  const plannedAt = plannedClause(quote, cues);
  const found = findDates(quote, published, lang, plannedAt);
  return {
    dates: found.map(({ start, end: _e, ...date }) => (plannedAt(start) ? { ...date, planned: true } : date)),
    quantities: findQuantities(quote, found, lang, plannedAt),
    titles: findTitles(quote, lang),
    planned: cues.length > 0,
  };
}

/** The sentence without its figures of money and shares: "620 million US dollars" names no United States. */
function withoutMoney(quote: string, quantities: readonly Quantity[], lang: PassageLanguage): string {
  let text = quote;
  for (const q of quantities) if (lang.headed.has(q.unit)) text = text.replace(q.text, ' ');
  return text;
}

/**
 * Every passage of a source, in document order. Pure: the language data and the entity finder are passed in.
 * `analyse`: the sentences whose dates, quantities, titles and plans are read; the others (sentences the caller
 * will not keep) get their entities only, which saves most of the work. `read`: how a sentence is read
 * (`readSentence`, or a memo of it: the build reads a sentence that recurs across sources once).
 */
export function analysePassages(
  source: SourceText,
  findEntities: EntityFinder,
  lang: PassageLanguage,
  analyse = (_quote: string) => true,
  read = (quote: string, published: string) => readSentence(quote, published, lang),
): Passage[] {
  return splitPassages(source.text, lang).map((span) => {
    const id = `${source.id}.${span.index}`;
    if (!analyse(span.quote))
      return { id, source: source.id, ...span, dates: [], entities: findEntities(span.quote), quantities: [], titles: [], planned: false };
    const r = read(span.quote, source.published);
    return {
      id,
      source: source.id,
      ...span,
      dates: r.dates,
      entities: findEntities(withoutMoney(span.quote, r.quantities, lang)),
      quantities: r.quantities,
      titles: r.titles,
      planned: r.planned,
    };
  });
}

/** The quantities of a text's passages, in order (what `analysePassages` finds, without the rest): a curated fact's quotes. */
export function quantitiesIn(source: SourceText, lang: PassageLanguage): Quantity[] {
  return splitPassages(source.text, lang).flatMap(({ quote }) => {
    const numbers = numbersIn(quote, lang);
    if (!numbers.length) return [];
    const plannedAt = plannedClause(quote, planCues(quote, lang));
    return findQuantities(quote, findDates(quote, source.published, lang, plannedAt), lang, plannedAt, numbers);
  });
}
