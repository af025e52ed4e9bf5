// Source documents as searchable passages: see analyse.ts for the whole, the other files for one concern each.
export type { Passage, PassageDate, Quantity, Span, SourceText, EntityFinder } from './types.js';
export { compilePassageLanguage, passageLanguageSchema, type PassageLanguage, type PassageLanguageData } from './language.js';
export { splitPassages } from './split.js';
export { analysePassages, quantitiesIn, readSentence, type Reading } from './analyse.js';
export { nounUnit } from './quantities.js';
export { entityFinder, type NamedEntity } from './entity-finder.js';
export { readPassageLanguage } from './read-language.js';
export { datelineOf, type Dateline } from './dateline.js';
