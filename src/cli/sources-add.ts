// `attache sources add FILE --id … --title … --publisher … --published … --url …`: copies a document into
// facts/sources/<id>.txt (verbatim) with its metadata in <id>.yaml, checks them, and lists the names in the
// text that no entity knows, each with the sentence it occurs in. Nothing is written when an argument is wrong.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { defaultDataRoot, formatProblem, readCorpus } from '../core/load.js';
import { sourceSchema, type Source } from '../core/schema.js';
import { issueProblems } from '../core/check/schema-issues.js';
import { concernsSource, isError } from '../core/check/problem.js';
import { nameIndex, sourceNames } from '../core/check/names.js';
import { processIo, type Io } from './io.js';

const REQUIRED = ['id', 'title', 'publisher', 'published', 'url'] as const;

export async function runSourcesAdd(args: string[], io: Io = processIo()): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      language: { type: 'string', default: 'en' },
      derived: { type: 'string' },
      'url-note': { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const fail = (lines: string[]) => {
    io.stderr.write(`${lines.map((l) => `attache sources add: ${l}`).join('\n')}\nNothing was written.\n`);
    return 2;
  };
  const root = resolve(values.dir ?? defaultDataRoot());
  const errors: string[] = [];
  const file = positionals[0];
  if (!file) errors.push('give the document to add: attache sources add FILE --id … (see --help)');
  else if (!existsSync(file) || !statSync(file).isFile()) errors.push(`no such file: ${file}`);
  else if (!readFileSync(file, 'utf8').trim()) errors.push(`${file} is empty`);
  if (positionals.length > 1) errors.push(`one document at a time (got ${positionals.length}: ${positionals.join(', ')})`);
  const missing = REQUIRED.filter((k) => values[k] === undefined);
  if (missing.length)
    errors.push(
      `missing ${missing.map((k) => `--${k}`).join(', ')} (--published '' when the document gives no date, --url '' with --url-note when it has no address)`,
    );

  const meta: Source = {
    id: values.id ?? '',
    title: values.title ?? '',
    publisher: values.publisher ?? '',
    url: values.url ?? '',
    ...(values['url-note'] ? { urlNote: values['url-note'] } : {}),
    language: values.language!,
    published: { date: values.published ?? '', ...(values.derived ? { derived: values.derived } : {}) },
  };
  // Every given option checked by the metadata's own schema (the missing ones are reported above).
  const parsed = sourceSchema.safeParse(meta);
  const given = (field: string) => !missing.includes((OPTION_OF[field] ?? field) as (typeof REQUIRED)[number]);
  for (const issue of parsed.success ? [] : parsed.error.issues)
    for (const p of issueProblems({ file: '--' }, sourceSchema, meta, issue))
      if (given(p.field ?? ''))
        errors.push(`--${OPTION_OF[p.field ?? ''] ?? p.field}: ${p.message}${p.value ? ` (found ${p.value})` : ''}${p.fix ? `; ${p.fix}` : ''}`);
  const yamlFile = join(root, 'facts', 'sources', `${meta.id}.yaml`);
  const textFile = join(root, 'facts', 'sources', `${meta.id}.txt`);
  const taken = [yamlFile, textFile].filter(existsSync).map((f) => relative(root, f));
  if (meta.id && taken.length) errors.push(`the id "${meta.id}" is taken: ${taken.join(' and ')} exist${taken.length === 1 ? 's' : ''}; choose another --id`);
  if (errors.length) return fail(errors);

  writeFileSync(textFile, readFileSync(file!));
  writeFileSync(yamlFile, metadataYaml(meta));
  io.stdout.write(`Added source ${meta.id}: facts/sources/${meta.id}.txt (verbatim) and facts/sources/${meta.id}.yaml\n`);
  return report(root, meta.id, io);
}

/** The option each field of the metadata comes from, for messages. */
const OPTION_OF: Record<string, string> = { 'published.date': 'published', 'published.derived': 'derived', urlNote: 'url-note' };

/** The metadata in the shape of the existing files: ids and dates quoted, long lines kept whole. */
function metadataYaml(meta: Source): string {
  const doc = new YAML.Document(meta);
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^[\d-]*$/.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** The new source's check and its unknown names; non-zero when the check finds an error in it. */
function report(root: string, id: string, io: Io): number {
  const { records, problems } = readCorpus(root);
  const own = problems.filter((p) => isError(p) && concernsSource(p, id));
  for (const p of own) io.stderr.write(`${formatProblem(p)}\n`);
  io.stdout.write(own.length ? `facts check --source ${id}: ${own.length} errors\n` : `facts check --source ${id}: OK\n`);
  const source = records.sources.find((s) => s.data.id === id)!;
  const names = sourceNames(source, nameIndex(records));
  if (names.length) {
    io.stdout.write(
      `\n${names.length} name${names.length === 1 ? '' : 's'} in the text that no entity knows: add each as an entity (facts/entities/<file>.yaml) or as an alias of one, unless it names no country, person, organisation or place:\n`,
    );
    for (const n of names) io.stdout.write(`  ${n.name}${n.count > 1 ? ` (${n.count} times)` : ''}: "${n.sentences[0]}"\n`);
  } else io.stdout.write('\nEvery capitalised name in the text is known to an entity.\n');
  io.stdout.write(`\nNext: write its facts in facts/curated/${id}.yaml (attache facts draft ${id} drafts them), then attache facts check --source ${id}\n`);
  return own.length ? 1 : 0;
}
