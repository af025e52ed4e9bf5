// Loading facts/ and intents/: the real base is clean; a broken copy reports every problem with its file,
// record id and field, and `loadCorpus` refuses it.
import { afterEach, describe, expect, it } from 'vitest';
import { DataError, formatProblem, loadCorpus, readCorpus, type DataProblem } from '../../src/core/load.js';
import { TempBase } from '../helpers.js';
import { BREAKAGES, problemLine, type Breakage } from '../fixtures/breakages.js';

let base: TempBase | undefined;
function copy(): TempBase {
  base = new TempBase();
  return base;
}
afterEach(() => {
  base?.cleanup();
  base = undefined;
});

const lines = (problems: DataProblem[]) => problems.map(formatProblem).join('\n');

/** The problems of a copy broken one way: exactly the expected one, named by file, record and field. */
function expectOnly(problems: DataProblem[], expected: Breakage['expect']): void {
  expect(problems, lines(problems)).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: expected.file, ...(expected.id ? { id: expected.id } : {}), ...(expected.field ? { field: expected.field } : {}) });
  expect(formatProblem(problems[0]!)).toMatch(problemLine(expected));
}

describe('the real base', () => {
  it('reads without a problem', () => {
    const { corpus, problems } = readCorpus();
    expect(lines(problems)).toBe('');
    expect(corpus.sources.length).toBeGreaterThan(0);
    expect(corpus.facts.length).toBeGreaterThan(0);
    expect(corpus.intents.length).toBeGreaterThan(0);
    for (const s of corpus.sources) expect(s.text.trim(), s.id).not.toBe('');
  });

  it('reads the same from an untouched copy', () => {
    const b = copy();
    const { corpus, problems } = readCorpus(b.dir);
    expect(lines(problems)).toBe('');
    expect(corpus.facts.map((f) => f.id)).toEqual(loadCorpus().facts.map((f) => f.id));
  });
});

describe('a broken copy', () => {
  it.each(BREAKAGES.map((b) => [b.name, b] as const))('reports %s', (_name, breakage) => {
    const b = copy();
    breakage.apply(b);
    expectOnly(readCorpus(b.dir).problems, breakage.expect);
  });

  it('reports every problem at once, and loadCorpus throws them all', () => {
    const b = copy();
    for (const breakage of BREAKAGES) breakage.apply(b);
    const { problems } = readCorpus(b.dir);
    expect(problems).toHaveLength(BREAKAGES.length);
    let error: unknown;
    try {
      loadCorpus(b.dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DataError);
    for (const breakage of BREAKAGES) expect((error as DataError).message, breakage.name).toMatch(problemLine(breakage.expect));
    expect((error as DataError).problems).toEqual(problems);
  });

  it('reports an impossible day (30 February) as a bad date', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'tj-kg-good-neighborly-agreement-2004', "on: '2004-05-26'", "on: '2004-02-30'");
    expectOnly(readCorpus(b.dir).problems, { file: 'facts/curated/000.yaml', id: 'tj-kg-good-neighborly-agreement-2004', field: 'date.on', message: /./ });
  });

  it('reports a range that ends before it begins', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'tj-kg-relations-established', "on: '1993-01-14'", "on: '1993-01-14'\n      to: '1992-12-31'");
    expectOnly(readCorpus(b.dir).problems, { file: 'facts/curated/000.yaml', id: 'tj-kg-relations-established', field: 'date.to', message: /before/ });
  });

  it('reports an unknown source', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'tajik-embassy-bishkek', "source: '000'", "source: '099'");
    expectOnly(readCorpus(b.dir).problems, { file: 'facts/curated/000.yaml', id: 'tajik-embassy-bishkek', field: 'source', message: /unknown source "099"/ });
  });

  it('reports a misspelt field by its name', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'tajik-embassy-bishkek', '    keywords:', '    keywordz:');
    const { problems } = readCorpus(b.dir);
    expect(problems, lines(problems)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'facts/curated/000.yaml', id: 'tajik-embassy-bishkek' });
    expect(formatProblem(problems[0]!)).toMatch(/keywordz/);
  });

  it('reports a source whose document is missing', () => {
    const b = copy();
    b.remove('facts/sources/002.txt');
    const { problems } = readCorpus(b.dir);
    // Its facts then cite an unknown source: every one is named.
    expect(problems[0]).toMatchObject({ file: 'facts/sources/002.yaml', id: '002' });
    expect(formatProblem(problems[0]!)).toMatch(/002\.txt.*missing/);
    for (const p of problems.slice(1)) expect(p).toMatchObject({ file: 'facts/curated/002.yaml', field: 'source' });
  });

  it('reports an entity id used twice', () => {
    const b = copy();
    b.append('facts/world.yaml', '  - id: tajikistan\n    type: country\n    name: Tajikistan again\n');
    expectOnly(readCorpus(b.dir).problems, { file: 'facts/*.yaml', id: 'tajikistan', field: 'id', message: /twice/ });
  });

  it('reports an entity of an unknown country', () => {
    const b = copy();
    b.append('facts/world.yaml', '  - id: atlantis-city\n    type: place\n    name: Atlantis City\n    country: atlantis\n');
    expectOnly(readCorpus(b.dir).problems, { file: 'facts/*.yaml', id: 'atlantis-city', field: 'country', message: /unknown entity "atlantis"/ });
  });

  it('reports an intent without examples', () => {
    const b = copy();
    b.edit('intents/border.yaml', /examples:\n(?:\s+- .*\n)+/, '');
    const { problems } = readCorpus(b.dir);
    expect(problems, lines(problems)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'intents/border.yaml', field: 'examples' });
  });

  it('reports a missing lexicon', () => {
    const b = copy();
    b.remove('intents/_lexicon.yaml');
    expect(readCorpus(b.dir).problems).toEqual([expect.objectContaining({ file: 'intents/_lexicon.yaml', message: expect.stringMatching(/missing/) })]);
  });
});
