// The built knowledge base as one file in DATA_DIR, so a start (`attache ask`) neither parses YAML, validates with
// zod, reads passages with chrono-node nor builds an index: it reads this file and answers. The first start after
// facts/, intents/ or lang/ change (or the engine's code does) loads the YAML through load.ts with every check,
// builds, and writes the snapshot; later starts whose hash matches read it. `attache facts check` always reads the YAML.
//
// Layout: a 4-byte length, that many bytes of JSON (the units and everything else that is neither a posting list nor
// a source text), padding to a multiple of 4, each posting index's starts and positions as Int32 (postings.ts), then
// the source texts in UTF-8, each decoded when first read.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_NAMES, KnowledgeBase, type IndexName, type KnowledgeState } from './knowledge.js';
import { Postings, type PackedPostings } from './postings.js';
import type { SourceDoc } from './load.js';

/** Where under DATA_DIR the snapshot is kept. */
export const SNAPSHOT_FILE = 'knowledge-snapshot.bin';
/** The folders a snapshot is read from: any change to a file in them makes it stale. */
const BASE_FOLDERS = ['facts', 'intents', 'lang'];

/** The JSON part: the state (sources without their texts) with each index's keys, where its numbers lie in the Int32 part, and each source text's length in bytes. */
type Header = {
  hash: string;
  state: Omit<KnowledgeState, 'indexes' | 'factBindings' | 'corpus'> & {
    corpus: Omit<KnowledgeState['corpus'], 'sources'> & { sources: Omit<SourceDoc, 'text'>[] };
    factBindings: ([string, string[]][] | null)[];
  };
  indexes: Record<IndexName, { keys: string[]; starts: number; data: number; count: number }>;
  numbers: number;
  textLengths: number[];
};

function filesUnder(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])).sort();
}

/**
 * A hash of every file (name and bytes) in facts/, intents/ and lang/, and of the engine: every module of the core
 * (this folder, as run: name, size and time of change) and the locked dependency versions (chrono-node reads the passages' dates).
 */
export function baseHash(root: string): string {
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  const update = (name: string, file: string) => {
    hash.update(name).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  };
  for (const file of BASE_FOLDERS.flatMap((f) => filesUnder(join(root, f)))) update(file.slice(root.length), file);
  // The engine's modules by size and time of change (reading them all took a start ~10 ms): a rebuild makes the snapshot stale.
  for (const file of filesUnder(here).filter((f) => /\.(js|ts)$/.test(f))) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`engine:${file.slice(here.length)}:${size}:${mtimeMs}\0`);
  }
  // The project folder: two up from src/core, three from dist/src/core.
  const project = join(here, '..', '..', ...(here.includes(`${sep}dist${sep}`) ? ['..'] : []));
  update('package-lock.json', join(project, 'package-lock.json'));
  return hash.digest('hex');
}

export function encodeSnapshot(hash: string, state: KnowledgeState): Buffer {
  const packed = INDEX_NAMES.map((n) => state.indexes[n].pack());
  const indexes = {} as Header['indexes'];
  let at = 0;
  INDEX_NAMES.forEach((n, i) => {
    const p = packed[i]!;
    indexes[n] = { keys: p.keys, starts: at, data: at + p.starts.length, count: p.data.length };
    at += p.starts.length + p.data.length;
  });
  const { indexes: _, factBindings, corpus, ...rest } = state;
  const texts = corpus.sources.map((s) => Buffer.from(s.text, 'utf8'));
  const header: Header = {
    hash,
    state: {
      ...rest,
      corpus: { ...corpus, sources: corpus.sources.map(({ text: _t, ...s }) => s) },
      factBindings: factBindings.map((b) => (b ? [...b].map(([term, countries]) => [term, [...countries]]) : null)),
    },
    indexes,
    numbers: at,
    textLengths: texts.map((t) => t.length),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const numbersAt = Math.ceil((4 + json.length) / 4) * 4;
  const out = Buffer.alloc(numbersAt + at * 4 + texts.reduce((n, t) => n + t.length, 0));
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  const numbers = new Int32Array(out.buffer, out.byteOffset + numbersAt, at);
  INDEX_NAMES.forEach((n, i) => {
    numbers.set(packed[i]!.starts, indexes[n].starts);
    numbers.set(packed[i]!.data, indexes[n].data);
  });
  let textAt = numbersAt + at * 4;
  for (const t of texts) textAt += t.copy(out, textAt);
  return out;
}

/** The state in a snapshot, or undefined when it is unreadable or was built from another base (hash). */
export function decodeSnapshot(bytes: Buffer, hash: string): KnowledgeState | undefined {
  if (bytes.length < 4) return undefined;
  const length = bytes.readUInt32LE(0);
  if (4 + length > bytes.length) return undefined;
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as Header;
  if (header.hash !== hash) return undefined;
  const numbersAt = Math.ceil((4 + length) / 4) * 4;
  const textsAt = numbersAt + header.numbers * 4;
  if (textsAt + header.textLengths.reduce((n, l) => n + l, 0) > bytes.length) return undefined;
  // Copied out of the file's bytes (aligned for an Int32Array), so the file's buffer is not kept alive by the postings.
  const numbers = new Int32Array(bytes.buffer.slice(bytes.byteOffset + numbersAt, bytes.byteOffset + textsAt));
  const indexes = {} as Record<IndexName, Postings>;
  for (const n of INDEX_NAMES) {
    const { keys, starts, data, count } = header.indexes[n];
    const packed: PackedPostings = { keys, starts: numbers.subarray(starts, starts + keys.length + 1), data: numbers.subarray(data, data + count) };
    indexes[n] = new Postings(packed);
  }
  const texts = Buffer.from(bytes.subarray(textsAt));
  let textAt = 0;
  const sources = header.state.corpus.sources.map((s, i) => lazyText(s, texts, textAt, (textAt += header.textLengths[i]!)));
  const { factBindings, corpus, ...rest } = header.state;
  return {
    ...rest,
    corpus: { ...corpus, sources },
    indexes,
    factBindings: factBindings.map((b) => (b ? new Map(b.map(([term, countries]) => [term, new Set(countries)])) : undefined)),
  };
}

/** A source whose text is decoded from the snapshot's bytes when first read: most starts never show a source page. */
function lazyText(source: Omit<SourceDoc, 'text'>, texts: Buffer, from: number, to: number): SourceDoc {
  return Object.defineProperty(source, 'text', {
    enumerable: true,
    configurable: true,
    get(this: SourceDoc) {
      const text = texts.toString('utf8', from, to);
      Object.defineProperty(this, 'text', { value: text, enumerable: true, writable: true, configurable: true });
      return text;
    },
  }) as SourceDoc;
}

function readSnapshot(file: string, hash: string): KnowledgeState | undefined {
  try {
    return decodeSnapshot(readFileSync(file), hash);
  } catch {
    return undefined;
  }
}

/** Written beside and renamed into place, so a reader never sees half a snapshot. A folder that cannot be written only costs the next start its speed. */
function writeSnapshot(file: string, hash: string, state: KnowledgeState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}`, encodeSnapshot(hash, state));
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // Read-only DATA_DIR: the base is loaded and built every time.
  }
}

/**
 * The knowledge base of `root`, from the snapshot in `dataDir` when it matches; else loaded (and checked) from YAML,
 * built and snapshotted. Loading and building are imported only then: they bring yaml, zod and chrono-node.
 */
export async function openKnowledge(root: string, dataDir: string): Promise<KnowledgeBase> {
  const file = join(dataDir, SNAPSHOT_FILE);
  const hash = baseHash(root);
  const cached = readSnapshot(file, hash);
  if (cached) return new KnowledgeBase(cached);
  const [{ loadCorpus }, { buildKnowledge }] = await Promise.all([import('./load.js'), import('./knowledge-build.js')]);
  const kb = buildKnowledge(loadCorpus(root));
  writeSnapshot(file, hash, kb.state);
  return kb;
}
