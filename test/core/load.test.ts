// Loading facts/ and intents/: the real base has no error; a broken copy reports every problem in one run with
// its file, record id, field, value and fix, and `loadCorpus` refuses it. Entity files override world.yaml.
import { afterEach, describe, expect, it } from 'vitest';
import { DataError, formatProblem, loadCorpus, readCorpus, type DataProblem } from '../../src/core/load.js';
import { isError } from '../../src/core/check/problem.js';
import { SEEDS, TempBase } from '../helpers.js';
import { BREAKAGES, expectedProblem, problemLines, type Expected } from '../fixtures/breakages.js';

let base: TempBase | undefined;
function copy(): TempBase {
  base = new TempBase({ sources: SEEDS });
  return base;
}
afterEach(() => {
  base?.cleanup();
  base = undefined;
});

const lines = (problems: DataProblem[]) => problems.map(formatProblem).join('\n');
const errorsOf = (dir: string) => readCorpus(dir).problems.filter(isError);

/** The errors of a copy broken one way: exactly the expected one, with its place, message, value and fix. */
function expectOnly(problems: DataProblem[], expected: Expected): void {
  expect(problems, lines(problems)).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: expected.file, ...(expected.id ? { id: expected.id } : {}), ...(expected.field ? { field: expected.field } : {}) });
  expect(formatProblem(problems[0]!)).toMatch(problemLines(expected));
}

describe('the real base', () => {
  it('reads without an error, and facts/ without a warning', () => {
    const { corpus, problems } = readCorpus();
    expect(lines(problems.filter(isError))).toBe('');
    expect(lines(problems.filter((p) => p.file.startsWith('facts/')))).toBe('');
    expect(corpus.sources.length).toBeGreaterThan(0);
    expect(corpus.facts.length).toBeGreaterThan(0);
    expect(corpus.intents.length).toBeGreaterThan(0);
    for (const s of corpus.sources) expect(s.text.trim(), s.id).not.toBe('');
  });

  it('reads the same from an untouched copy', () => {
    // The whole of facts/, whatever sources it holds.
    const b = (base = new TempBase());
    const { corpus, problems } = readCorpus(b.dir);
    expect(lines(problems.filter(isError))).toBe('');
    expect(corpus.facts.map((f) => f.id)).toEqual(loadCorpus().facts.map((f) => f.id));
  });
});

describe('a broken copy', () => {
  it.each(BREAKAGES.map((b) => [b.name, b] as const))('reports %s', (_name, breakage) => {
    const b = copy();
    breakage.apply(b);
    expectOnly(errorsOf(b.dir), breakage.expect);
  });

  it('reports every problem in one run, and loadCorpus throws them all', () => {
    const b = copy();
    for (const breakage of BREAKAGES) breakage.apply(b);
    const errors = errorsOf(b.dir);
    for (const breakage of BREAKAGES) expect(expectedProblem(errors, breakage.expect), `${breakage.name}\n${lines(errors)}`).toBeDefined();
    expect(errors, lines(errors)).toHaveLength(BREAKAGES.length);
    let error: unknown;
    try {
      loadCorpus(b.dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DataError);
    for (const breakage of BREAKAGES) expect((error as DataError).message, breakage.name).toMatch(problemLines(breakage.expect));
    expect((error as DataError).problems).toEqual(errors);
  });

  it('still checks the quotes and entities of a fact with a schema error', () => {
    const b = copy();
    const id = 'tj-kg-relations-established';
    b.editFact('facts/curated/000.yaml', id, 'kind: relations', 'kind: relation');
    b.editFact('facts/curated/000.yaml', id, 'January 14, 1993 by signing', 'January 15, 1993 by signing');
    b.editFact('facts/curated/000.yaml', id, '      - kyrgyzstan', '      - kyrgystan');
    const errors = errorsOf(b.dir);
    expect(errors.map((p) => [p.id, p.field])).toEqual([
      [id, 'kind'],
      [id, 'quotes.0'],
      [id, 'entities.1'],
    ]);
    expect(formatProblem(errors[0]!)).toMatch(
      /field kind: not one of the allowed values \(found "relation"\)\n {4}fix: did you mean "relations"\? \(allowed: relations, treaty,/,
    );
    expect(errors[1]!.fix).toMatch(/"14," where the quote has "15,"/);
    expect(errors[2]!.fix).toBe('did you mean "kyrgyzstan"?');
  });

  it('reports an impossible day (30 February) as a bad date', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'tj-kg-good-neighborly-agreement-2004', "on: '2004-05-26'", "on: '2004-02-30'");
    expectOnly(errorsOf(b.dir), {
      file: 'facts/curated/000.yaml',
      id: 'tj-kg-good-neighborly-agreement-2004',
      field: 'date.on',
      message: /no such day/,
      value: '"2004-02-30"',
      fix: /YYYY-MM-DD/,
    });
  });

  it('reports a range that ends before it begins', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'tj-kg-relations-established', "on: '1993-01-14'", "on: '1993-01-14'\n      to: '1992-12-31'");
    expectOnly(errorsOf(b.dir), {
      file: 'facts/curated/000.yaml',
      id: 'tj-kg-relations-established',
      field: 'date.to',
      message: /before/,
      value: '1993-01-14 to 1992-12-31',
    });
  });

  it('reports an unknown source, with the nearest', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'tajik-embassy-bishkek', "source: '000'", "source: '0000'");
    expectOnly(errorsOf(b.dir), {
      file: 'facts/curated/000.yaml',
      id: 'tajik-embassy-bishkek',
      field: 'source',
      message: /unknown source/,
      value: '"0000"',
      fix: /did you mean "000"\?/,
    });
  });

  it('reports a misspelt field by its name, with the one meant', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'tajik-embassy-bishkek', '    keywords:', '    keywordz:');
    expectOnly(errorsOf(b.dir), {
      file: 'facts/curated/000.yaml',
      id: 'tajik-embassy-bishkek',
      field: 'keywordz',
      message: /unknown field "keywordz"/,
      fix: /did you mean "keywords"\?/,
    });
  });

  it('reports a source whose document is missing', () => {
    const b = copy();
    b.remove('facts/sources/002.txt');
    const errors = errorsOf(b.dir);
    // Its facts then cite an unknown source: every one is named.
    expect(errors[0]).toMatchObject({ file: 'facts/sources/002.yaml', id: '002' });
    expect(formatProblem(errors[0]!)).toMatch(/002\.txt.*missing/);
    for (const p of errors.slice(1)) expect(p).toMatchObject({ file: 'facts/curated/002.yaml', field: 'source' });
  });

  it('reports an entity id used twice in one entity file', () => {
    const b = copy();
    b.append('facts/world.yaml', '  - id: albania\n    type: country\n    name: Albania again\n');
    expectOnly(errorsOf(b.dir), {
      file: 'facts/world.yaml',
      id: 'albania',
      field: 'id',
      message: /entity id used twice: "albania" is also defined in facts\/world\.yaml/,
    });
  });

  it('reports an entity of an unknown country', () => {
    const b = copy();
    b.append('facts/world.yaml', '  - id: atlantis-city\n    type: place\n    name: Atlantis City\n    country: atlantis\n');
    expectOnly(errorsOf(b.dir), {
      file: 'facts/world.yaml',
      id: 'atlantis-city',
      field: 'country',
      message: /unknown entity/,
      value: '"atlantis"',
      fix: /use the id of a country/,
    });
  });

  it('reports an intent without examples', () => {
    const b = copy();
    b.edit('intents/border.yaml', /examples:\n(?:\s+- .*\n)+/, '');
    expectOnly(errorsOf(b.dir), { file: 'intents/border.yaml', id: 'border', field: 'examples', message: /missing/, fix: /add `examples:`/ });
  });

  it('reports a missing lexicon', () => {
    const b = copy();
    b.remove('intents/_lexicon.yaml');
    expect(readCorpus(b.dir).problems).toEqual([expect.objectContaining({ file: 'intents/_lexicon.yaml', message: expect.stringMatching(/missing/) })]);
  });

  it('reports a source whose id is not its file name', () => {
    const b = copy();
    b.edit('facts/sources/004.yaml', "id: '004'", "id: '005'");
    const errors = errorsOf(b.dir);
    expect(errors[0]).toMatchObject({ file: 'facts/sources/004.yaml', id: '005', field: 'id', message: "the id is not the file's name (004)" });
  });

  it('reports treaties sharing an about under different titles', () => {
    const b = copy();
    b.editFact('facts/curated/004.yaml', 'kz-tj-allied-treaty-kt', '    title: Treaty on Allied Relations', '    title: The allied treaty');
    const errors = errorsOf(b.dir);
    expect(errors, lines(errors)).toHaveLength(1);
    expect(formatProblem(errors[0]!)).toMatch(
      /^facts\/curated\/004\.yaml: fact\/record kz-tj-allied-treaty-kt: field title: a treaty with about "kz-tj-allied-treaty" must have the title of .*the treaty list shows one title for them all \(found "The allied treaty"\)\n {4}fix: title: Treaty on Allied Relations$/,
    );
  });
});

describe('entity files', () => {
  const EAEU = '  - id: eaeu\n    type: organisation\n    name: Eurasian Economic Union\n    aliases: [EAEU, EEU]\n';

  it('an entity in facts/entities/ takes precedence over the same id in world.yaml', () => {
    const b = copy();
    b.write('facts/entities/pack.yaml', `entities:\n${EAEU}`);
    const { corpus, problems } = readCorpus(b.dir);
    expect(lines(problems.filter(isError))).toBe('');
    expect(corpus.entities.filter((e) => e.id === 'eaeu')).toEqual([
      { id: 'eaeu', type: 'organisation', name: 'Eurasian Economic Union', aliases: ['EAEU', 'EEU'] },
    ]);
  });

  it('a fact citing an entity defined only in world.yaml is an error that says how to fix it', () => {
    const b = copy();
    b.editFact('facts/curated/000.yaml', 'kyrgyz-embassy-dushanbe', '      - dushanbe', '      - eaeu');
    expectOnly(errorsOf(b.dir), {
      file: 'facts/curated/000.yaml',
      id: 'kyrgyz-embassy-dushanbe',
      field: 'entities.2',
      message: /"eaeu" is defined only in facts\/world\.yaml/,
      value: '"eaeu"',
      fix: /copy its entry into facts\/entities\.yaml or facts\/entities\/<file>\.yaml: that definition takes precedence/,
    });
    b.write('facts/entities/pack.yaml', `entities:\n${EAEU}`);
    expect(lines(errorsOf(b.dir))).toBe('');
  });

  it('two entity files defining one id is still an error', () => {
    const b = copy();
    b.write('facts/entities/pack.yaml', 'entities:\n  - id: tajikistan\n    type: country\n    name: Tajikistan again\n');
    expectOnly(errorsOf(b.dir), {
      file: 'facts/entities/pack.yaml',
      id: 'tajikistan',
      field: 'id',
      message: /entity id used twice: "tajikistan" is also defined in facts\/entities\.yaml/,
    });
  });
});

describe('a date with day and month but no year', () => {
  const yearless = (date: string) => (b: TempBase) =>
    b.editFact('facts/curated/001.yaml', 'fidan-announces-border-agreement', '    date:\n      text: on Monday\n', `    date:\n${date}`);

  it('is accepted as monthDay with the source’s words', () => {
    const b = copy();
    yearless("      monthDay: '11-03'\n      text: Nov. 3\n")(b);
    const { corpus, problems } = readCorpus(b.dir);
    expect(lines(problems.filter(isError))).toBe('');
    expect(corpus.facts.find((f) => f.id === 'fidan-announces-border-agreement')!.date).toEqual({ monthDay: '11-03', text: 'Nov. 3' });
  });

  it.each([
    ["      monthDay: '11-31'\n      text: Nov. 31\n", 'date.monthDay', /no such day/],
    ["      monthDay: '3 Nov'\n      text: Nov. 3\n", 'date.monthDay', /not a day of the year: MM-DD/],
    ["      monthDay: '11-03'\n", 'date.text', /`monthDay` needs `text`/],
    ["      monthDay: '11-03'\n      on: '2020-11-03'\n      text: Nov. 3\n", 'date.monthDay', /with `on`, leave it out/],
  ])('reports %j', (date, field, message) => {
    const b = copy();
    yearless(date)(b);
    expectOnly(errorsOf(b.dir), { file: 'facts/curated/001.yaml', id: 'fidan-announces-border-agreement', field, message });
  });
});
