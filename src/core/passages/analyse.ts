// A source document into passages: each unit with its dates, quantities, entities, titles and whether it is a plan.
import { findDates } from './dates.js';
import type { PassageLanguage } from './language.js';
import { planCues, plannedClause } from './plans.js';
import { findQuantities, hasNumber } from './quantities.js';
import { splitPassages } from './split.js';
import { findTitles } from './titles.js';
import type { EntityFinder, Passage, Quantity, SourceText } from './types.js';

/**
 * Every passage of a source, in document order. Pure: the language data and the entity finder are passed in.
 * `analyse`: the sentences whose dates, quantities, titles and plans are read; the others (sentences the caller
 * will not keep) get their entities only, which saves most of the work.
 */
export function analysePassages(source: SourceText, findEntities: EntityFinder, lang: PassageLanguage, analyse = (_quote: string) => true): Passage[] {
  return splitPassages(source.text, lang).map((span) => {
    if (!analyse(span.quote))
      return {
        id: `${source.id}.${span.index}`,
        source: source.id,
        ...span,
        dates: [],
        entities: findEntities(span.quote),
        quantities: [],
        titles: [],
        planned: false,
      };
    const cues = planCues(span.quote, lang);
    const plannedAt = plannedClause(span.quote, cues);
    const found = findDates(span.quote, source.published, lang, plannedAt);
    return {
      id: `${source.id}.${span.index}`,
      source: source.id,
      ...span,
      dates: found.map(({ start, end: _e, ...date }) => (plannedAt(start) ? { ...date, planned: true } : date)),
      entities: findEntities(span.quote),
      quantities: findQuantities(span.quote, found, lang, plannedAt),
      titles: findTitles(span.quote, lang),
      planned: cues.length > 0,
    };
  });
}

/** The quantities of a text's passages, in order (what `analysePassages` finds, without the rest): a curated fact's quotes. */
export function quantitiesIn(source: SourceText, lang: PassageLanguage): Quantity[] {
  return splitPassages(source.text, lang).flatMap(({ quote }) => {
    if (!hasNumber(quote, lang)) return [];
    const plannedAt = plannedClause(quote, planCues(quote, lang));
    return findQuantities(quote, findDates(quote, source.published, lang, plannedAt), lang, plannedAt);
  });
}
