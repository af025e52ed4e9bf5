// Intents: unique names, and no keyword listed twice in one intent.
import type { Located } from '../load.js';
import type { Intent } from '../schema.js';
import { fold } from '../normalise.js';
import type { DataProblem } from './problem.js';
import { repeats } from './repeats.js';
import { CHECK_OPTIONS, severity } from './options.js';

export function checkIntents(intents: Located<Intent>[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const first = new Map<string, string>();
  for (const r of intents) {
    const { name, keywords = [] } = r.data;
    if (name && first.has(name))
      problems.push({
        file: r.file,
        id: name,
        field: 'name',
        message: `intent name used twice: also in ${first.get(name)}`,
        fix: 'give each intent its own name',
      });
    else if (name) first.set(name, r.file);
    for (const { index, value } of repeats(keywords, fold))
      problems.push({
        file: r.file,
        ...(name ? { id: name } : {}),
        field: `keywords.${index}`,
        message: `keyword "${value}" listed twice`,
        fix: 'remove one',
        ...severity(CHECK_OPTIONS.repeatSeverity),
      });
  }
  return problems;
}
