// `attache facts draft ID`: a draft curated-facts file for one source, from its dated, numbered and titled
// sentences, for a curator to review and rename to facts/curated/ID.yaml.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { defaultDataRoot } from '../core/load.js';
import { entityFileSchema, sourceSchema, type Entity, type Fact } from '../core/schema.js';
import { analysePassages, entityFinder, readPassageLanguage } from '../core/passages/index.js';
import { draftFacts } from '../core/passages/draft.js';
import { processIo, type Io } from './io.js';

const USAGE = `Usage: attache facts draft ID [--dir DIR] [--out FILE] [--force]

  Writes draft facts for facts/sources/ID.txt to facts/curated/ID.draft.yaml (or FILE): one for each sentence
  that holds a date, a figure or a document title, with the sentence as summary and quote.
  Review every fact, then rename the file to ID.yaml and run \`attache facts check\`.

  --dir DIR    the project folder holding facts/ (default: this project)
  --out FILE   where to write the draft
  --force      overwrite the file if it exists
`;

/** The entities a fact may cite: facts/entities.yaml and facts/entities/*.yaml (world.yaml only names what is out of scope). */
function readEntities(factsDir: string): Entity[] {
  const files = [join(factsDir, 'entities.yaml')];
  const extra = join(factsDir, 'entities');
  if (existsSync(extra))
    files.push(
      ...readdirSync(extra)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => join(extra, f)),
    );
  return files.filter(existsSync).flatMap((f) => {
    const parsed = entityFileSchema.safeParse(YAML.parse(readFileSync(f, 'utf8')));
    if (!parsed.success) throw new Error(`${f} is not a valid entity file: run \`attache facts check\` first`);
    return parsed.data.entities;
  });
}

/** A fact as curated files write it: defaults (status done, no keywords) left out. */
function asWritten(f: Fact): Record<string, unknown> {
  const { status, keywords, ...rest } = f;
  const out: Record<string, unknown> = { id: rest.id, kind: rest.kind, title: rest.title, summary: rest.summary, entities: rest.entities };
  if (rest.date) out.date = rest.date;
  if (status !== 'done') out.status = status;
  if (rest.value) out.value = rest.value;
  if (keywords.length) out.keywords = keywords;
  return { ...out, quotes: rest.quotes, source: rest.source };
}

/** The arguments, or a message saying what is wrong with them. */
function readArgs(args: string[]): { id?: string; dir?: string; out?: string; force: boolean; help: boolean } | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { dir: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (positionals.length > 1) return `one source id at a time (got ${positionals.join(', ')})`;
    return { id: positionals[0], dir: values.dir, out: values.out, force: values.force ?? false, help: values.help ?? false };
  } catch (err) {
    return (err as Error).message.split(/\.\s|\n/)[0]!; // node's first sentence: "Unknown option '--frce'", "Option '--out <value>' argument missing"
  }
}

export async function runFactsDraft(args: string[], io: Io = processIo()): Promise<number> {
  const values = readArgs(args);
  if (typeof values === 'string' || (!values.help && !values.id)) {
    io.stderr.write(`facts draft: ${typeof values === 'string' ? values : 'which source? Give its id, e.g. attache facts draft 003'}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const id = values.id!;
  const root = resolve(values.dir ?? defaultDataRoot());
  const factsDir = join(root, 'facts');
  const metaFile = join(factsDir, 'sources', `${id}.yaml`);
  const textFile = join(factsDir, 'sources', `${id}.txt`);
  if (!existsSync(metaFile) || !existsSync(textFile)) {
    io.stderr.write(`facts draft: no source "${id}": ${relative(root, metaFile)} and ${relative(root, textFile)} must both exist\n`);
    return 1;
  }
  const meta = sourceSchema.safeParse(YAML.parse(readFileSync(metaFile, 'utf8')));
  if (!meta.success) {
    io.stderr.write(
      `facts draft: ${relative(root, metaFile)} is not valid (${meta.error.issues[0]?.path.join('.')}: ${meta.error.issues[0]?.message}); run \`attache facts check\`\n`,
    );
    return 1;
  }
  const out = resolve(values.out ?? join(factsDir, 'curated', `${id}.draft.yaml`));
  if (existsSync(out) && !values.force) {
    io.stderr.write(`facts draft: ${out} exists; use --force to overwrite it\n`);
    return 1;
  }

  const lang = readPassageLanguage(meta.data.language.slice(0, 2));
  const source = { id: meta.data.id, text: readFileSync(textFile, 'utf8'), published: meta.data.published.date };
  const passages = analysePassages(source, entityFinder(readEntities(factsDir)), lang);
  const facts = draftFacts(source, passages, lang);
  const header =
    `# DRAFT facts from facts/sources/${id}.txt: ${meta.data.title} (${meta.data.publisher}), written by \`attache facts draft\`.\n` +
    `# Review every fact (kind, title, summary, entities, date, status, value), add keywords and \`about\` groups,\n` +
    `# delete what is not worth keeping, then rename this file to ${id}.yaml and run \`attache facts check\`.\n`;
  writeFileSync(out, `${header}${YAML.stringify({ facts: facts.map(asWritten) }, { lineWidth: 0, aliasDuplicateObjects: false })}`);
  io.stdout.write(`facts draft: ${facts.length} facts from ${passages.length} passages of source ${id} written to ${relative(process.cwd(), out) || out}\n`);
  return 0;
}
