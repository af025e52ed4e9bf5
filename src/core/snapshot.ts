// The validated base as one JSON file, so a start (`attache ask`) neither parses YAML nor validates with zod:
// the first start after facts/, intents/ or lang/ change (or the loading code does) reads the YAML through
// load.ts with every check, and writes the snapshot; later starts whose hash matches read the JSON.
// `attache facts check` always reads the YAML.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from './load.js';
import { compilePassageLanguage, type PassageLanguageData } from './passages/index.js';

/** Where under DATA_DIR the snapshot is kept. */
export const SNAPSHOT_FILE = 'corpus-snapshot.json';
/** The folders a snapshot is read from: any change to a file in them makes it stale. */
const BASE_FOLDERS = ['facts', 'intents', 'lang'];
/** The compiled modules that shape a corpus: new loading code makes a snapshot stale too. */
const LOADING_CODE = ['load.js', 'schema.js', 'passages/language.js'];

type Snapshot = { hash: string; corpus: Omit<Corpus, 'passageLanguage'> & { passageLanguage: PassageLanguageData } };

function filesUnder(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])).sort();
}

/** A hash of every file (name and bytes) in facts/, intents/ and lang/, and of the loading code. */
export function baseHash(root: string): string {
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  // Run from src/ (tests) the loading code is TypeScript.
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const files = [...BASE_FOLDERS.flatMap((f) => filesUnder(join(root, f))), ...LOADING_CODE.map((f) => join(here, f.replace(/\.js$/, ext)))];
  for (const file of files) {
    hash.update(file.slice(root.length)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

function readSnapshot(file: string, hash: string): Corpus | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot.hash !== hash) return undefined;
  return { ...snapshot.corpus, passageLanguage: compilePassageLanguage(snapshot.corpus.passageLanguage) };
}

/** Written beside and renamed into place, so a reader never sees half a snapshot. A folder that cannot be written only costs the next start its speed. */
function writeSnapshot(file: string, hash: string, corpus: Corpus): void {
  const snapshot: Snapshot = { hash, corpus: { ...corpus, passageLanguage: corpus.passageLanguage.data } };
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}`, JSON.stringify(snapshot));
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // Read-only DATA_DIR: the YAML is read every time.
  }
}

/** The corpus of `root`, from the snapshot in `dataDir` when it matches, else loaded (and checked) from YAML and snapshotted. */
export async function loadCorpusSnapshot(root: string, dataDir: string): Promise<Corpus> {
  const file = join(dataDir, SNAPSHOT_FILE);
  const hash = baseHash(root);
  const cached = readSnapshot(file, hash);
  if (cached) return cached;
  const { loadCorpus } = await import('./load.js');
  const corpus = loadCorpus(root);
  writeSnapshot(file, hash, corpus);
  return corpus;
}
