// The built knowledge base as one file in DATA_DIR, so a start (`attache ask`) neither parses YAML, validates with
// zod, reads passages with chrono-node nor builds an index: it reads this file and answers. The first start after
// facts/, intents/ or lang/ change (or the engine's code does) loads the YAML through load.ts with every check,
// builds, and writes the snapshot; later starts whose hash matches read it. `attache facts check` always reads the YAML.
//
// Layout: a 4-byte length, that many bytes of JSON (everything that is neither a unit, a posting list nor a source
// text: a few MiB at 100k facts), padding to a multiple of 4, then as Int32 each posting index's starts and positions
// (postings.ts) and where each unit's record starts; then the units, one JSON record each, and the source texts in
// UTF-8. A start parses the header only: a unit is decoded when a question first reads it, a text when a page shows it.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_NAMES, KnowledgeBase, summarise, type IndexName, type KnowledgeState, type UnitSummary } from './knowledge.js';
import { lazyArray } from './lazy-array.js';
import { Postings } from './postings.js';
import type { SourceDoc } from './load.js';
import type { Fact } from './schema.js';
import type { UnitInfo } from './units.js';

/** Where under DATA_DIR the snapshot is kept. */
export const SNAPSHOT_FILE = 'knowledge-snapshot.bin';
/** The folders a snapshot is read from: any change to a file in them makes it stale. */
const BASE_FOLDERS = ['facts', 'intents', 'lang'];

/** Where a stretch of bytes lies in the blobs part (after the Int32 part). */
type Stretch = { at: number; length: number };

/** The JSON part: the state with neither units, postings, unit ids nor source texts; where those lie. */
type Header = {
  hash: string;
  state: Omit<KnowledgeState, 'indexes' | 'factBindings' | 'corpus' | 'facts' | 'info' | 'factNames' | 'positions' | 'summary'> & {
    corpus: Omit<KnowledgeState['corpus'], 'sources'> & { sources: Omit<SourceDoc, 'text'>[] };
    summary: Omit<UnitSummary, 'ids'>;
  };
  /** Each index's starts and positions in the Int32 part, and its sorted keys (JSON) in the blobs part. */
  indexes: Record<IndexName, { keys: Stretch; count: number; starts: number; data: number }>;
  /** The units' ids, joined by newlines. */
  ids: Stretch;
  /** How many units, and where each one's record starts (one more than there are units) in the Int32 part: byte offsets into the blobs part. */
  units: { count: number; offsets: number };
  /** The length of the Int32 part, in numbers. */
  numbers: number;
  /** Each source's text, in the blobs part. */
  texts: Stretch[];
};

/** One unit as saved: the fact, what its quotes say, its bindings and its name. */
type UnitRecord = [Fact, UnitInfo, [string, string[]][] | null, string];

/** A snapshot's bytes: in memory, or read from its file as they are needed (a start reads only the header and the Int32 part). */
export type SnapshotBytes = { length: number; read(from: number, to: number): Buffer };

const inMemory = (bytes: Buffer): SnapshotBytes => ({ length: bytes.length, read: (from, to) => bytes.subarray(from, to) });

/** The file's bytes, read as asked through a descriptor kept open while the state is in use (closed once it is collected). */
function inFile(file: string): SnapshotBytes {
  const fd = openSync(file, 'r');
  const bytes: SnapshotBytes = {
    length: fstatSync(fd).size,
    read(from, to) {
      const out = Buffer.allocUnsafe(to - from);
      let done = 0;
      while (done < out.length) {
        const n = readSync(fd, out, done, out.length - done, from + done);
        if (n === 0) throw new Error(`${file}: shorter than its header says`);
        done += n;
      }
      return out;
    },
  };
  openFiles.register(bytes, fd);
  return bytes;
}
const openFiles = new FinalizationRegistry<number>((fd) => closeSync(fd));

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
  const { indexes: built, factBindings, corpus, facts, info, factNames, positions: _p, summary, ...rest } = state;
  const { ids, ...summarised } = summary ?? summarise(facts, info);
  const blobs: Buffer[] = [];
  let blobAt = 0;
  const blob = (b: Buffer): Stretch => {
    blobs.push(b);
    blobAt += b.length;
    return { at: blobAt - b.length, length: b.length };
  };
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const ints: Int32Array[] = [];
  let at = 0;
  const int32 = (a: Int32Array) => {
    ints.push(a);
    at += a.length;
    return at - a.length;
  };
  const indexes = {} as Header['indexes'];
  for (const n of INDEX_NAMES) {
    const p = built[n].pack();
    indexes[n] = { keys: blob(utf8(JSON.stringify(p.keys))), count: p.data.length, starts: int32(p.starts), data: int32(p.data) };
  }
  const idText = blob(utf8(ids));
  const offsets = new Int32Array(facts.length + 1);
  facts.forEach((f, i) => {
    const b = factBindings[i];
    const record: UnitRecord = [f, info[i]!, b ? [...b].map(([term, countries]) => [term, [...countries]]) : null, factNames[i]!];
    offsets[i] = blob(utf8(JSON.stringify(record))).at;
  });
  offsets[facts.length] = blobAt;
  const units = { count: facts.length, offsets: int32(offsets) };
  const texts = corpus.sources.map((s) => blob(utf8(s.text)));
  if (blobAt > 2 ** 31 - 1) throw new Error('the units are too many for one snapshot (over 2 GiB)');
  const header: Header = {
    hash,
    state: { ...rest, corpus: { ...corpus, sources: corpus.sources.map(({ text: _t, ...s }) => s) }, summary: summarised },
    indexes,
    ids: idText,
    units,
    numbers: at,
    texts,
  };
  const json = utf8(JSON.stringify(header));
  const numbersAt = Math.ceil((4 + json.length) / 4) * 4;
  const out = Buffer.alloc(numbersAt + at * 4 + blobAt);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  const numbers = new Int32Array(out.buffer, out.byteOffset + numbersAt, at);
  let n = 0;
  for (const a of ints) {
    numbers.set(a, n);
    n += a.length;
  }
  let byteAt = numbersAt + at * 4;
  for (const b of blobs) byteAt += b.copy(out, byteAt);
  return out;
}

/**
 * The state in a snapshot, or undefined when it is unreadable or was built from another base (hash). Only the header
 * and the posting lists' numbers are read here: a unit is decoded the first time it is read, an index's keys the first
 * time it is consulted, a source text when a page shows it.
 */
export function decodeSnapshot(snapshot: Buffer | SnapshotBytes, hash: string): KnowledgeState | undefined {
  const bytes = Buffer.isBuffer(snapshot) ? inMemory(snapshot) : snapshot;
  if (bytes.length < 4) return undefined;
  const length = bytes.read(0, 4).readUInt32LE(0);
  if (4 + length > bytes.length) return undefined;
  const header = JSON.parse(bytes.read(4, 4 + length).toString('utf8')) as Header;
  if (header.hash !== hash) return undefined;
  const numbersAt = Math.ceil((4 + length) / 4) * 4;
  const blobsAt = numbersAt + header.numbers * 4;
  const end = Math.max(blobsAt, ...header.texts.map((t) => blobsAt + t.at + t.length));
  if (end > bytes.length) return undefined;
  // An Int32Array needs its start aligned to 4 bytes: a view of the bytes when it is, else a copy.
  const raw = bytes.read(numbersAt, blobsAt);
  const numbers =
    raw.byteOffset % 4 === 0
      ? new Int32Array(raw.buffer, raw.byteOffset, header.numbers)
      : new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  const text = (from: number, to: number) => bytes.read(blobsAt + from, blobsAt + to).toString('utf8');
  const stretch = (s: Stretch) => text(s.at, s.at + s.length);
  const indexes = {} as Record<IndexName, Postings>;
  for (const n of INDEX_NAMES) {
    const { keys, starts, data, count } = header.indexes[n];
    indexes[n] = new Postings(() => {
      const parsed = JSON.parse(stretch(keys)) as string[];
      return { keys: parsed, starts: numbers.subarray(starts, starts + parsed.length + 1), data: numbers.subarray(data, data + count) };
    });
  }
  const { count, offsets } = header.units;
  const positions = new WeakMap<Fact, number>();
  const records = lazyArray(count, (i) => {
    const record = JSON.parse(text(numbers[offsets + i]!, numbers[offsets + i + 1]!)) as UnitRecord;
    positions.set(record[0], i);
    return record;
  });
  const sources = header.state.corpus.sources.map((s, i) => lazyText(s, () => stretch(header.texts[i]!)));
  const { corpus, summary, ...rest } = header.state;
  let ids: string | undefined;
  return {
    ...rest,
    corpus: { ...corpus, sources },
    summary: {
      ...summary,
      get ids() {
        ids ??= stretch(header.ids);
        return ids;
      },
    },
    indexes,
    facts: lazyArray(count, (i) => records[i]![0]),
    info: lazyArray(count, (i) => records[i]![1]),
    factBindings: lazyArray(count, (i) => {
      const b = records[i]![2];
      return b ? new Map(b.map(([term, countries]) => [term, new Set(countries)])) : undefined;
    }),
    factNames: lazyArray(count, (i) => records[i]![3]),
    positions,
  };
}

/** A source whose text is read from the snapshot when first read: most starts never show a source page. */
function lazyText(source: Omit<SourceDoc, 'text'>, read: () => string): SourceDoc {
  return Object.defineProperty(source, 'text', {
    enumerable: true,
    configurable: true,
    get(this: SourceDoc) {
      const text = read();
      Object.defineProperty(this, 'text', { value: text, enumerable: true, writable: true, configurable: true });
      return text;
    },
  }) as SourceDoc;
}

/** The state in a snapshot file as a start reads it (header and posting lists now, the rest as read), or undefined when it is missing, unreadable or stale. */
export function readSnapshot(file: string, hash: string): KnowledgeState | undefined {
  try {
    return decodeSnapshot(inFile(file), hash);
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
