// `attache facts check`: every data file validated, every quote found verbatim; non-zero exit on any problem.
import { parseArgs } from 'node:util';
import { readCorpus, formatProblem } from '../core/load.js';
import { KnowledgeBase } from '../core/knowledge.js';

export async function runFactsCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { dir: { type: 'string' } } });
  if (positionals[0] !== 'check') {
    process.stderr.write('Usage: attache facts check [--dir DIR]\n');
    return 2;
  }
  const { corpus, problems } = readCorpus(values.dir);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`facts check: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n`);
    return 1;
  }
  const kb = new KnowledgeBase(corpus);
  const quotes = corpus.facts.reduce((n, f) => n + f.quotes.length, 0);
  process.stdout.write(
    `facts check: OK — ${corpus.sources.length} sources, ${corpus.entities.length} entities (${kb.inScope.size} cited by facts), ` +
      `${corpus.facts.length} facts, ${quotes} quotes verbatim, ${corpus.intents.length} intents\n`,
  );
  return 0;
}
