// `attache facts check [--source ID] [--dir DIR]`: every data file validated, every quote found verbatim, every
// problem in one run with its fix; names no entity knows as warnings; non-zero exit on any error.
import { parseArgs } from 'node:util';
import { readCorpus, formatProblem } from '../core/load.js';
import { concernsSource, isError } from '../core/check/problem.js';
import { checkNames } from '../core/check/names.js';
import { buildKnowledge } from '../core/knowledge-build.js';
import { processIo, type Io } from './io.js';

export async function runFactsCheck(args: string[], io: Io = processIo()): Promise<number> {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' }, source: { type: 'string' } } });
  const { corpus, records, problems } = readCorpus(values.dir);
  const only = values.source;
  if (only !== undefined && !records.sources.some((s) => s.data.id === only || s.file === `facts/sources/${only}.yaml`)) {
    const ids = records.sources.flatMap((s) => (s.data.id ? [s.data.id] : []));
    io.stderr.write(`attache facts check: no source "${only}" in facts/sources (the sources are ${ids.join(', ') || 'none'})\n`);
    return 2;
  }
  const all = [...problems, ...checkNames(records, only === undefined ? undefined : (s) => s.data.id === only)];
  const shown = only === undefined ? all : all.filter((p) => concernsSource(p, only));
  const elsewhere = all.filter(isError).length - shown.filter(isError).length;
  const errors = shown.filter(isError);
  const warnings = shown.filter((p) => !isError(p));
  for (const p of [...errors, ...warnings]) io.stderr.write(`${formatProblem(p)}\n`);
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const note = [
    warnings.length ? plural(warnings.length, 'warning') : '',
    elsewhere ? `${plural(elsewhere, 'error')} elsewhere in the base (run facts check without --source)` : '',
  ]
    .filter(Boolean)
    .join('; ');
  if (errors.length) {
    io.stderr.write(`facts check: ${plural(errors.length, 'error')}${note ? `, ${note}` : ''}\n`);
    return 1;
  }
  const facts = only === undefined ? corpus.facts : corpus.facts.filter((f) => f.source === only);
  const quotes = facts.reduce((n, f) => n + f.quotes.length, 0);
  const counts =
    only === undefined
      ? `${corpus.sources.length} sources, ${corpus.entities.length} entities (${buildKnowledge(corpus).inScope.size} cited by facts), ${corpus.facts.length} facts, ${quotes} quotes verbatim, ${corpus.intents.length} intents`
      : `source ${only}: ${plural(facts.length, 'fact')}, ${plural(quotes, 'quote')} verbatim`;
  io.stdout.write(`facts check: OK — ${counts}${note ? ` (${note})` : ''}\n`);
  return 0;
}
