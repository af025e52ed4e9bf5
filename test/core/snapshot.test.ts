// The knowledge base's snapshot: written on the first start, read (neither the YAML nor a build) while facts/,
// intents/ and lang/ are unchanged, and dropped as soon as one of their files changes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDataRoot } from '../../src/core/load.js';
import { baseHash, decodeSnapshot, encodeSnapshot, openKnowledge, SNAPSHOT_FILE } from '../../src/core/snapshot.js';
import { INDEX_NAMES, KnowledgeBase } from '../../src/core/knowledge.js';
import { Engine } from '../../src/core/engine.js';
import { kb as twoFacts } from '../fixtures/two-facts.js';

let base: string;
let dataDir: string;

beforeEach(() => {
  const tmp = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'snapshot-'));
  base = join(tmp, 'base');
  dataDir = join(tmp, 'data');
  for (const folder of ['facts', 'intents', 'lang']) cpSync(join(defaultDataRoot(), folder), join(base, folder), { recursive: true });
});
afterEach(() => rmSync(join(base, '..'), { recursive: true, force: true }));

/** Renames the first unit in the snapshot on disk (same length, so the layout holds): what a start returns then shows whether it read the snapshot. */
function tamperWithSnapshot(from: string, to: string): void {
  const file = join(dataDir, SNAPSHOT_FILE);
  const bytes = readFileSync(file);
  const at = bytes.indexOf(`"title":${JSON.stringify(from)}`);
  expect(at).toBeGreaterThan(0);
  bytes.write(`"title":${JSON.stringify(to)}`, at);
  writeFileSync(file, bytes);
}

const QUESTIONS = [
  'When did Tajikistan and Kyrgyzstan establish diplomatic relations?',
  'when did tajikstan and kyrgyztan establish relations', // typos: the vocabulary and fuse.js
  'Когда Таджикистан и Кыргызстан установили дипломатические отношения?',
  'How long is the Tajik-Kyrgyz border?',
  'what happened in 1993?',
];

describe('the knowledge snapshot', () => {
  it('round-trips a base: the same units and every index the same', () => {
    const loaded = new KnowledgeBase(decodeSnapshot(encodeSnapshot('h', twoFacts.state), 'h')!);
    const ids = (k: KnowledgeBase, positions: readonly number[]) => positions.map((i) => k.facts[i]!.id);
    expect(loaded.facts.map((f) => f.id)).toEqual(['relations', 'embassy']);
    expect(ids(loaded, loaded.factsWithEntity('kz'))).toEqual(['relations', 'embassy']);
    expect([ids(loaded, loaded.factsInYear(1993)), ids(loaded, loaded.factsOnMonthDay('01-14'))]).toEqual([['relations'], ['embassy']]);
    expect([ids(loaded, loaded.factsWithTerm('mission')), ids(loaded, loaded.factsWithTerm('treaty'))]).toEqual([['embassy'], []]);
    expect([loaded.hasTerm(0, 'diplomatic'), loaded.hasTerm(1, 'diplomatic')]).toEqual([true, false]);
    const { indexes, positions: _p, summary, facts, info, factBindings, factNames, ...rest } = loaded.state;
    const { indexes: builtIndexes, facts: builtFacts, info: builtInfo, factBindings: builtBindings, factNames: builtNames, ...builtRest } = twoFacts.state;
    expect(rest).toEqual(builtRest);
    // The units are decoded as they are read: read them all.
    expect([[...facts], [...info], [...factBindings], [...factNames]]).toEqual([builtFacts, builtInfo, builtBindings, builtNames]);
    expect({ ...summary! }).toEqual({ ids: 'relations\nembassy', about: [['kz-tj-relations', [0]]], inScope: ['tj', 'kz'], planned: [], counted: [] });
    expect([loaded.factById('embassy')?.quotes, loaded.sameAbout(loaded.facts[0]!).map((f) => f.id), loaded.positionOf(loaded.facts[1]!)]).toEqual([
      ['Kazakhstan opened an embassy in Dushanbe on 14 January 1994.'],
      ['relations'],
      1,
    ]);
    const lists = (all: typeof indexes) => INDEX_NAMES.map((n) => [n, ...Object.entries(all[n].pack()).map(([, v]) => Array.from(v as ArrayLike<unknown>))]);
    expect(lists(indexes)).toEqual(lists(builtIndexes));
  });

  it('is refused for another base (hash) or when it is not a snapshot at all', () => {
    const bytes = encodeSnapshot('h', twoFacts.state);
    expect(decodeSnapshot(bytes, 'other')).toBeUndefined();
    expect(decodeSnapshot(Buffer.from([1, 0]), 'h')).toBeUndefined();
    expect(decodeSnapshot(Buffer.from([255, 255, 0, 0, 1]), 'h')).toBeUndefined();
  });

  it('answers on the real base as the built engine does, on the first start and from the snapshot', async () => {
    const built = new Engine(await openKnowledge(base, dataDir));
    const loaded = new Engine(await openKnowledge(base, dataDir));
    const today = '2025-06-01';
    expect(loaded.ask(QUESTIONS[0]!, { today }).text).toMatch(/^14 January 1993\./);
    const texts = (e: Engine) => [...e.kb.sources.values()].map((s) => s.text);
    expect(texts(loaded)).toEqual(texts(built));
    expect(texts(loaded)[0]).toMatch(/\S/);
    const prepared = new Engine(await openKnowledge(base, dataDir)).prepare();
    for (const q of QUESTIONS) expect([loaded.ask(q, { today }), prepared.ask(q, { today })]).toEqual([built.ask(q, { today }), built.ask(q, { today })]);
  });

  it("saves the names' words the English word list sorts, so that a start reads them instead of loading the list", async () => {
    await openKnowledge(base, dataDir);
    const saved = decodeSnapshot(readFileSync(join(dataDir, SNAPSHOT_FILE)), baseHash(base))!.wordListed!;
    // A person's name word that is no English word is one; "Rahmon" is, "Emomali" too; a country is no person.
    expect(saved.personWords).toEqual(expect.arrayContaining(['rahmon', 'emomali', 'mukhriddin']));
    expect(saved.personWords).not.toContain('tajikistan');
    // "Council of Foreign Ministers": the noun before "of" heads the name.
    expect(saved.organisationHeads).toEqual(expect.arrayContaining(['council', 'department']));
    const loaded = await openKnowledge(base, dataDir);
    expect([...loaded.personWords]).toEqual(saved.personWords);
  });

  it('is read while the base is unchanged, and dropped when a file in it changes', async () => {
    const title = (await openKnowledge(base, dataDir)).facts[0]!.title;
    const renamed = `${title.slice(0, -1)}#`;
    tamperWithSnapshot(title, renamed);
    expect((await openKnowledge(base, dataDir)).facts[0]!.title).toBe(renamed);
    appendFileSync(join(base, 'intents', '_lexicon.yaml'), '\n# a curator was here\n');
    expect((await openKnowledge(base, dataDir)).facts[0]!.title).toBe(title);
  });

  it('still loads from YAML when DATA_DIR cannot be written', async () => {
    writeFileSync(join(base, 'not-a-folder'), '');
    const kb = await openKnowledge(base, join(base, 'not-a-folder', 'data'));
    expect(kb.facts.length).toBe((await openKnowledge(base, dataDir)).facts.length);
  });
});
