// Reading facts/ and intents/ from disk into validated data, once, at start-up.
// Each record is validated on its own and every check runs on what could be read, so one run reports every
// problem (schema, references, quotes) with its file, record id and field — see check/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import {
  entitySchema,
  factSchema,
  intentSchema,
  lexiconSchema,
  sourceSchema,
  type Entity,
  type Fact,
  type Intent,
  type Lexicon,
  type Source,
} from './schema.js';
import { DataError, isError, type DataProblem } from './check/problem.js';
import { issueProblems } from './check/schema-issues.js';
import { checkBase } from './check/index.js';
import { effectiveEntities } from './check/entities.js';
import { readPassageLanguage, type PassageLanguage } from './passages/index.js';
import { readFormat, readTemplates } from './language/read-wording.js';
import type { Templates } from './language/wording.js';
import { defaultDataRoot } from './data-root.js';
import type { RussianData } from './language/russian.js';

export { DataError, formatProblem, type DataProblem } from './check/problem.js';
export { defaultDataRoot } from './data-root.js';

export type SourceDoc = Source & { text: string };

export type Corpus = {
  /** How passages are read from the sources' text (lang/en/passages.yaml). */
  passageLanguage: PassageLanguage;
  /** How a source in another language is read, by its code (lang/ru/passages.yaml for a source whose `language` is ru). */
  sourceLanguages?: Record<string, PassageLanguage>;
  /** The words of English answers (lang/en/templates.yaml), and how they write dates and numbers (format.yaml). */
  templates: Templates;
  format: Record<string, unknown>;
  /** Russian questions and answers (lang/ru/), when the base has them. */
  russian?: RussianData;
  sources: SourceDoc[];
  entities: Entity[];
  facts: Fact[];
  intents: Intent[];
  lexicon: Lexicon;
};

/** One record as read: `data` keeps the fields that are valid on their own (all of them when `valid` is set). */
export type Located<T> = { file: string; data: Partial<T>; valid?: T };
export type SourceRecord = Located<Source> & { text?: string; textFile: string };
/** `world`: from facts/world.yaml, names recognised only to be declined; any other entity file wins over it. */
export type EntityRecord = Located<Entity> & { world: boolean };
/** Everything read from the base, valid or not, with the file each record came from: what the checks look at. */
export type BaseRecords = {
  sources: SourceRecord[];
  entities: EntityRecord[];
  facts: Located<Fact>[];
  intents: Located<Intent>[];
  lexicon?: Located<Lexicon>;
  /** How sentences are cut and read (lang/en/passages.yaml): the engine's passages, and the sentences checks quote. */
  passageLanguage: PassageLanguage;
  sourceLanguages?: Record<string, PassageLanguage>;
  /** The words of English answers (lang/en/templates.yaml), and how they write dates and numbers (format.yaml). */
  templates: Templates;
  format: Record<string, unknown>;
  russian?: RussianData;
};

/** The entity file whose entities no fact may cite and any other entity file overrides. */
export const WORLD_FILE = 'facts/world.yaml';
export const LEXICON_FILE = 'intents/_lexicon.yaml';

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

/** The lexicon's defaults, for a base whose lexicon file is missing or broken (that is reported as a problem). */
const EMPTY_LEXICON: Lexicon = lexiconSchema.parse({ stopwords: [], synonyms: {}, asks: {}, exclusions: [] });

/** Reads one file's YAML; a syntax error is a problem of the file (with its line). */
function readYaml(file: string, absolute: string, problems: DataProblem[]): { ok: true; raw: unknown } | { ok: false } {
  try {
    return { ok: true, raw: YAML.parse(readFileSync(absolute, 'utf8')) };
  } catch (err) {
    problems.push({ file, message: `not valid YAML: ${(err as Error).message.split('\n')[0]}` });
    return { ok: false };
  }
}

/** The fields of `raw` that are valid on their own: an invalid record still has its quotes and ids checked. */
function salvage<T>(schema: z.ZodType, raw: unknown): Partial<T> {
  let s = schema;
  while (s instanceof z.ZodPipe) s = s.in as z.ZodType;
  if (!(s instanceof z.ZodObject) || raw === null || typeof raw !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(s.shape as Record<string, z.ZodType>)) {
    const parsed = field.safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as Partial<T>;
}

/** Validates one record; its problems name it by its id (or its position in the list). */
function record<T>(file: string, schema: z.ZodType<T>, raw: unknown, where: { key?: string; index?: number }, problems: DataProblem[]): Located<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { file, data: parsed.data as Partial<T>, valid: parsed.data };
  // Records are named by their id (an intent by its name), else by their place in the list.
  const named = raw as { id?: unknown; name?: unknown } | null;
  const rawId = typeof named?.id === 'string' ? named.id : named?.name;
  const id = typeof rawId === 'string' ? rawId : where.index !== undefined ? `#${where.index + 1}` : undefined;
  for (const issue of parsed.error.issues) problems.push(...issueProblems({ file, ...(id ? { id } : {}) }, schema, raw, issue));
  return { file, data: salvage<T>(schema, raw) };
}

/** A file holding a list of records under `key` (facts:, entities:). */
function listFile<T>(file: string, key: string, schema: z.ZodType<T>, problems: DataProblem[], absolute: string): Located<T>[] {
  const read = readYaml(file, absolute, problems);
  if (!read.ok) return [];
  const raw = read.raw as Record<string, unknown> | null;
  const extra = raw && typeof raw === 'object' ? Object.keys(raw).filter((k) => k !== key) : [];
  for (const k of extra) problems.push({ file, field: k, message: `unknown field "${k}"`, fix: `a file here holds only \`${key}:\`, a list` });
  const list = raw?.[key];
  if (!Array.isArray(list)) {
    problems.push({ file, field: key, message: `needs \`${key}:\`, a list`, value: JSON.stringify(list ?? null) });
    return [];
  }
  return list.map((item, index) => record(file, schema, item, { key, index }, problems));
}

function singleFile<T>(file: string, schema: z.ZodType<T>, problems: DataProblem[], absolute: string): Located<T> | undefined {
  const read = readYaml(file, absolute, problems);
  return read.ok ? record(file, schema, read.raw, {}, problems) : undefined;
}

/** The entity files: every YAML file in facts/ (world.yaml among them) and in facts/entities/. */
function entityFiles(factsDir: string): string[] {
  return [...yamlFiles(factsDir), ...yamlFiles(join(factsDir, 'entities'))];
}

/** Reads every file of the base; problems are those of YAML syntax and of each record's schema. */
export function readRecords(root: string = defaultDataRoot()): { records: BaseRecords; problems: DataProblem[] } {
  root = resolve(root);
  const problems: DataProblem[] = [];
  const rel = (f: string) => relative(root, f).split('\\').join('/');
  const factsDir = join(root, 'facts');

  const sources: SourceRecord[] = yamlFiles(join(factsDir, 'sources')).flatMap((file) => {
    const meta = singleFile(rel(file), sourceSchema, problems, file);
    if (!meta) return [];
    const textFile = join(dirname(file), `${basename(file).replace(/\.ya?ml$/, '')}.txt`);
    const text = existsSync(textFile) ? readFileSync(textFile, 'utf8') : undefined;
    if (text === undefined)
      problems.push({
        file: rel(file),
        id: meta.data.id,
        message: `its document ${rel(textFile)} is missing`,
        fix: 'put the document, verbatim, beside it (attache sources add FILE writes both)',
      });
    return [{ ...meta, text, textFile: rel(textFile) }];
  });
  const entities: EntityRecord[] = entityFiles(factsDir).flatMap((file) =>
    listFile(rel(file), 'entities', entitySchema, problems, file).map((r) => ({ ...r, world: r.file === WORLD_FILE })),
  );
  // A draft (`facts draft`: ID.draft.yaml) is for a curator to review; it is loaded only once renamed to ID.yaml.
  const facts = yamlFiles(join(factsDir, 'curated'))
    .filter((file) => !file.endsWith('.draft.yaml'))
    .flatMap((file) => listFile(rel(file), 'facts', factSchema, problems, file));
  const intentsDir = join(root, 'intents');
  const intents = yamlFiles(intentsDir)
    .filter((f) => !basename(f).startsWith('_'))
    .flatMap((file) => singleFile(rel(file), intentSchema, problems, file) ?? []);
  const lexiconPath = join(root, LEXICON_FILE);
  const lexicon = existsSync(lexiconPath) ? singleFile(LEXICON_FILE, lexiconSchema, problems, lexiconPath) : undefined;
  if (!existsSync(lexiconPath))
    problems.push({ file: LEXICON_FILE, message: 'missing', fix: 'restore it from git: the engine needs its stopwords and synonyms' });
  const russian = readRussian(root);
  return {
    records: {
      sources,
      entities,
      facts,
      intents,
      ...(lexicon ? { lexicon } : {}),
      passageLanguage: readPassageLanguage('en', root),
      sourceLanguages: readSourceLanguages(root),
      templates: readTemplates('en', root),
      format: readFormat('en', root),
      ...(russian ? { russian } : {}),
    },
    problems,
  };
}

/** The passage data of every language but English that lang/ has (lang/<code>/passages.yaml), by its code. */
function readSourceLanguages(root: string): Record<string, PassageLanguage> {
  const dir = join(root, 'lang');
  if (!existsSync(dir)) return {};
  const codes = readdirSync(dir).filter((code) => code !== 'en' && existsSync(join(dir, code, 'passages.yaml')));
  return Object.fromEntries(codes.map((code) => [code, readPassageLanguage(code, root)]));
}

/** lang/ru/*.yaml, when the base has Russian: the reader and the answer wording (see language/russian.ts). */
function readRussian(root: string): RussianData | undefined {
  if (!existsSync(join(root, 'lang', 'ru', 'lexicon.yaml'))) return undefined;
  const readIn = (lang: string, name: string) => {
    const file = join(root, 'lang', lang, `${name}.yaml`);
    return existsSync(file) ? YAML.parse(readFileSync(file, 'utf8')) : {};
  };
  const read = (name: string) => readIn('ru', name);
  return {
    lexicon: read('lexicon'),
    templates: read('templates'),
    format: read('format'),
    translit: read('translit'),
    intents: read('intents'),
  } as RussianData;
}

/** The valid records as the engine's corpus: an entity file's definition wins over world.yaml's. */
export function corpusOf(records: BaseRecords): Corpus {
  const valid = <T>(list: Located<T>[]) => list.flatMap((r) => (r.valid ? [r.valid] : []));
  return {
    passageLanguage: records.passageLanguage,
    ...(records.sourceLanguages ? { sourceLanguages: records.sourceLanguages } : {}),
    templates: records.templates,
    format: records.format,
    ...(records.russian ? { russian: records.russian } : {}),
    sources: records.sources.flatMap((s) => (s.valid && s.text !== undefined ? [{ ...s.valid, text: s.text }] : [])),
    entities: effectiveEntities(records.entities).map((r) => r.valid!),
    facts: valid(records.facts),
    intents: valid(records.intents),
    lexicon: records.lexicon?.valid ?? EMPTY_LEXICON,
  };
}

/** Loads everything and collects every problem (errors and warnings) instead of stopping at the first. */
export function readCorpus(root: string = defaultDataRoot()): { corpus: Corpus; records: BaseRecords; problems: DataProblem[] } {
  const { records, problems } = readRecords(root);
  problems.push(...checkBase(records));
  return { corpus: corpusOf(records), records, problems };
}

/** Loads everything or throws a DataError that lists every error (warnings do not stop it). */
export function loadCorpus(root?: string): Corpus {
  const { corpus, problems } = readCorpus(root);
  const errors = problems.filter(isError);
  if (errors.length) throw new DataError(errors);
  return corpus;
}
