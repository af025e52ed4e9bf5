// Reading facts/ and intents/ from disk into validated data, once, at start-up.
// Every problem is collected with the file, the record id and the field, so a curator sees them all at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { z } from 'zod';
import {
  entityFileSchema,
  factFileSchema,
  intentSchema,
  lexiconSchema,
  sourceSchema,
  type Entity,
  type Fact,
  type Intent,
  type Lexicon,
  type Source,
} from './schema.js';
import { forQuoteMatch } from './normalise.js';
import { readPassageLanguage, type PassageLanguage } from './passages/index.js';

export type DataProblem = { file: string; id?: string; field?: string; message: string };

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}

export function formatProblem(p: DataProblem): string {
  const where = [p.file, p.id && `fact/record ${p.id}`, p.field && `field ${p.field}`].filter(Boolean).join(': ');
  return `${where}: ${p.message}`;
}

export type SourceDoc = Source & { text: string };

export type Corpus = {
  /** How passages are read from the sources' text (lang/en/passages.yaml). */
  passageLanguage: PassageLanguage;
  sources: SourceDoc[];
  entities: Entity[];
  facts: Fact[];
  intents: Intent[];
  lexicon: Lexicon;
};

/** The project folder that holds facts/ and intents/ (two levels above dist/src/core or src/core). */
export function defaultDataRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'facts')) || !existsSync(join(dir, 'intents'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('could not find the facts/ and intents/ folders above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

/** Parses one YAML file against a schema; problems name the file, the record id and the field. */
function parseFile<S extends z.ZodType>(root: string, file: string, schema: S, problems: DataProblem[]): z.infer<S> | undefined {
  const name = relative(root, file);
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push({ file: name, message: `not valid YAML: ${(err as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    // For lists of records (facts: [...], entities: [...]) name the record by its id.
    let id: string | undefined;
    let fieldPath = path;
    if (path.length >= 2 && /^\d+$/.test(path[1]!)) {
      const record = (raw as Record<string, unknown[]>)?.[path[0]!]?.[Number(path[1])] as { id?: unknown } | undefined;
      id = typeof record?.id === 'string' ? record.id : `#${Number(path[1]) + 1}`;
      fieldPath = path.slice(2);
    }
    problems.push({ file: name, id, field: fieldPath.join('.') || undefined, message: issue.message });
  }
  return undefined;
}

/** Loads everything and collects problems instead of stopping at the first. */
export function readCorpus(root: string = defaultDataRoot()): { corpus: Corpus; problems: DataProblem[] } {
  root = resolve(root);
  const problems: DataProblem[] = [];
  const factsDir = join(root, 'facts');

  const sources: SourceDoc[] = [];
  for (const file of yamlFiles(join(factsDir, 'sources'))) {
    const meta = parseFile(root, file, sourceSchema, problems);
    if (!meta) continue;
    const textFile = join(dirname(file), `${basename(file).replace(/\.ya?ml$/, '')}.txt`);
    if (!existsSync(textFile)) {
      problems.push({ file: relative(root, file), id: meta.id, message: `its document ${relative(root, textFile)} is missing` });
      continue;
    }
    sources.push({ ...meta, text: readFileSync(textFile, 'utf8') });
  }

  const entities = yamlFiles(factsDir).flatMap((f) => parseFile(root, f, entityFileSchema, problems)?.entities ?? []);
  const facts: Fact[] = [];
  const factFiles = new Map<Fact, string>();
  for (const file of yamlFiles(join(factsDir, 'curated'))) {
    for (const fact of parseFile(root, file, factFileSchema, problems)?.facts ?? []) {
      facts.push(fact);
      factFiles.set(fact, relative(root, file));
    }
  }

  const intentsDir = join(root, 'intents');
  const intents = yamlFiles(intentsDir)
    .filter((f) => !basename(f).startsWith('_'))
    .flatMap((f) => {
      const intent = parseFile(root, f, intentSchema, problems);
      return intent ? [intent] : [];
    });
  const lexiconFile = join(intentsDir, '_lexicon.yaml');
  const lexicon = existsSync(lexiconFile) ? parseFile(root, lexiconFile, lexiconSchema, problems) : undefined;
  if (!existsSync(lexiconFile)) problems.push({ file: 'intents/_lexicon.yaml', message: 'missing' });

  problems.push(...crossCheck(sources, entities, facts, factFiles));
  return {
    corpus: { passageLanguage: readPassageLanguage('en', root), sources, entities, facts, intents, lexicon: lexicon ?? { stopwords: [], synonyms: {}, asks: {}, exclusions: [], listCues: [], roles: [], present: [], attributes: [], ordinals: {}, ends: [], locatives: [], derivations: [], followUp: { pronouns: [], personal: [], plural: [], corrections: [], continuations: [], switches: [] }, forms: { yesno: [], confirm: [], order: [], difference: [], age: [], count: [], joins: [] } } },
    problems,
  };
}

/** References between files (unique ids, known entities and sources) and every quote verbatim in its source. */
function crossCheck(sources: SourceDoc[], entities: Entity[], facts: Fact[], factFiles: Map<Fact, string>): DataProblem[] {
  const problems: DataProblem[] = [];
  const entityIds = new Set<string>();
  for (const e of entities) {
    if (entityIds.has(e.id)) problems.push({ file: 'facts/*.yaml', id: e.id, field: 'id', message: 'entity id used twice' });
    entityIds.add(e.id);
  }
  for (const e of entities) {
    if (e.country && !entityIds.has(e.country)) problems.push({ file: 'facts/*.yaml', id: e.id, field: 'country', message: `unknown entity "${e.country}"` });
  }
  const sourceText = new Map(sources.map((s) => [s.id, forQuoteMatch(s.text)]));
  const factIds = new Set<string>();
  for (const f of facts) {
    const file = factFiles.get(f) ?? 'facts/curated';
    if (factIds.has(f.id)) problems.push({ file, id: f.id, field: 'id', message: 'fact id used twice' });
    factIds.add(f.id);
    const source = sourceText.get(f.source);
    if (source === undefined) problems.push({ file, id: f.id, field: 'source', message: `unknown source "${f.source}"` });
    f.quotes.forEach((q, i) => {
      if (source !== undefined && !source.includes(forQuoteMatch(q)))
        problems.push({ file, id: f.id, field: `quotes.${i}`, message: `not found verbatim in source ${f.source}: "${q.slice(0, 80)}"` });
    });
    if (f.date?.on && f.date.to && f.date.to < f.date.on) problems.push({ file, id: f.id, field: 'date.to', message: 'ends before it begins' });
    f.entities.forEach((e, i) => {
      if (!entityIds.has(e)) problems.push({ file, id: f.id, field: `entities.${i}`, message: `unknown entity "${e}"` });
    });
  }
  return problems;
}

/** Loads everything or throws a DataError that lists every problem. */
export function loadCorpus(root?: string): Corpus {
  const { corpus, problems } = readCorpus(root);
  if (problems.length) throw new DataError(problems);
  return corpus;
}
