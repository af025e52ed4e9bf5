// The English passage language from lang/en/passages.yaml, and a one-sentence analysis for the behaviour tests.
import { analysePassages, readPassageLanguage, type Passage } from '../../../src/core/passages/index.js';

export const EN = readPassageLanguage('en');

/** The passages of a small literal text; `published` is '' for an undated source. */
export function analyse(text: string, published = '', findEntities: (t: string) => string[] = () => []): Passage[] {
  return analysePassages({ id: 'x', text, published }, findEntities, EN);
}

/** The one passage of a one-sentence text. */
export function one(text: string, published = ''): Passage {
  const [p, ...rest] = analyse(text, published);
  if (!p || rest.length) throw new Error(`expected one passage, got ${rest.length + (p ? 1 : 0)}: ${text}`);
  return p;
}
