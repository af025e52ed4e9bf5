// The language data (stopwords and synonyms): a word listed twice, and a word that is both a stopword and a
// synonym — a stopword is dropped before synonyms apply, so such a synonym never takes effect.
// Written against the lexicon's data type, whatever file it is read from.
import type { Lexicon } from '../schema.js';
import { fold } from '../normalise.js';
import type { DataProblem } from './problem.js';
import { repeats } from './repeats.js';
import { CHECK_OPTIONS, severity } from './options.js';

export function checkLexicon(lexicon: Partial<Pick<Lexicon, 'stopwords' | 'synonyms'>>, file: string): DataProblem[] {
  const repeated = severity(CHECK_OPTIONS.repeatSeverity);
  const stopwords = (lexicon.stopwords ?? []).map(String);
  const problems: DataProblem[] = repeats(stopwords, fold).map(({ index, value }) => ({
    file,
    field: `stopwords.${index}`,
    message: `stopword "${value}" listed twice`,
    fix: 'remove one',
    ...repeated,
  }));
  const stop = new Set(stopwords.map(fold));
  for (const [head, variants] of Object.entries(lexicon.synonyms ?? {})) {
    const list = variants.map(String);
    for (const { index, value } of repeats(list, fold))
      problems.push({
        file,
        field: `synonyms.${head}.${index}`,
        message: `"${value}" listed twice among the synonyms of "${head}"`,
        fix: 'remove one',
        ...repeated,
      });
    for (const [field, word] of [['', head] as const, ...list.map((w, i) => [`.${i}`, w] as const)]) {
      if (!stop.has(fold(word))) continue;
      problems.push({
        file,
        field: `synonyms.${head}${field}`,
        message: `"${word}" is both a stopword and ${field ? `a synonym of "${head}"` : 'a synonym head'}: stopwords are dropped first, so it never means "${head}"`,
        fix: `remove "${word}" from the stopwords (then it means "${head}") or from the synonyms of "${head}"`,
        ...severity(CHECK_OPTIONS.overlapSeverity),
      });
    }
  }
  return problems;
}
