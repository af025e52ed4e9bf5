// The base's snapshot: written on the first start, read (not the YAML) while facts/, intents/ and lang/ are
// unchanged, and dropped as soon as one of their files changes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDataRoot, loadCorpus } from '../../src/core/load.js';
import { loadCorpusSnapshot, SNAPSHOT_FILE } from '../../src/core/snapshot.js';

let base: string;
let dataDir: string;

beforeEach(() => {
  const tmp = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'snapshot-'));
  base = join(tmp, 'base');
  dataDir = join(tmp, 'data');
  for (const folder of ['facts', 'intents', 'lang']) cpSync(join(defaultDataRoot(), folder), join(base, folder), { recursive: true });
});
afterEach(() => rmSync(join(base, '..'), { recursive: true, force: true }));

/** Edits the snapshot on disk: what a start returns afterwards shows whether it read the snapshot. */
function tamperWithSnapshot(): void {
  const file = join(dataDir, SNAPSHOT_FILE);
  const snapshot = JSON.parse(readFileSync(file, 'utf8'));
  snapshot.corpus.facts[0].title = 'from the snapshot';
  writeFileSync(file, JSON.stringify(snapshot));
}

describe('the corpus snapshot', () => {
  it('gives the corpus the YAML gives, on the first start and from the snapshot', async () => {
    const fromYaml = loadCorpus(base);
    expect(await loadCorpusSnapshot(base, dataDir)).toEqual(fromYaml);
    expect(await loadCorpusSnapshot(base, dataDir)).toEqual(fromYaml);
  });

  it('is read while the base is unchanged, and dropped when a file in it changes', async () => {
    const title = loadCorpus(base).facts[0]!.title;
    await loadCorpusSnapshot(base, dataDir);
    tamperWithSnapshot();
    expect((await loadCorpusSnapshot(base, dataDir)).facts[0]!.title).toBe('from the snapshot');
    appendFileSync(join(base, 'intents', '_lexicon.yaml'), '\n# a curator was here\n');
    expect((await loadCorpusSnapshot(base, dataDir)).facts[0]!.title).toBe(title);
  });

  it('still loads from YAML when DATA_DIR cannot be written', async () => {
    writeFileSync(join(base, 'not-a-folder'), '');
    const corpus = await loadCorpusSnapshot(base, join(base, 'not-a-folder', 'data'));
    expect(corpus.facts.length).toBe(loadCorpus(base).facts.length);
  });
});
