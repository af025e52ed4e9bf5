// A sentence that lists things answers a list or a count whole; a synonym phrase ("deal with") is read as one
// word; a curated fact is found by the whole sentence its quote is part of. Over made-up sources.
import { describe, expect, it } from 'vitest';
import { enumerationOf } from '../../src/core/enumeration.js';
import { country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const EXPORTS = 'The main Syldavian export articles are: timber, copper, wool and woollen goods, as well as cheese.';
const DOCUMENTS =
  'The basic documents of Bordurian-Syldavian relations are “the Treaty of Friendship” signed on 1 June 1995 and “the Agreement on Trade” signed on 2 July 1998.';
const COUNCIL = 'For the purpose of solving border issues, Borduria and Syldavia set up a joint body, the Border Council.';
const IMPORTS = 'The main Syldavian imports from Borduria are grain and flour.';
const DEAL = 'In 2001 Borduria and Syldavia signed a deal on border issues and set up new crossings.';
const MEETINGS = 'The joint fisheries commission of Borduria and Syldavia met in 1998, 2001, 2004 and 2009.';
const VISITS = ['In 1999 Syldavia’s King Ottokar paid a state visit to Borduria.', 'King Ottokar visited Borduria again in 2003.'];
const sources = [source('s1', 'Borduria and Syldavia', '2021-05-01', [EXPORTS, DOCUMENTS, COUNCIL, IMPORTS, DEAL, MEETINGS, ...VISITS])];
const entities = [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('ottokar', 'King Ottokar', 'sy', 'Ottokar')];
const council = curated('border-council', 'cooperation', ['bo', 'sy'], 'Borduria and Syldavia set up a joint body, the Border Council.', 's1');
const engine = textEngine(sources, entities, [council]);

describe('sentences that list things', () => {
  it('reads the items after a colon, "as well as" and commas, keeping an "and" inside an item', () => {
    expect(enumerationOf(EXPORTS, ['are', 'include'])).toEqual({
      head: 'The main Syldavian export articles are',
      items: ['timber', 'copper', 'wool and woollen goods', 'cheese'],
    });
  });

  it('reads titles in quotation marks after a cue word as the items', () => {
    expect(enumerationOf(DOCUMENTS, ['are'])?.items).toEqual(['the Treaty of Friendship', 'the Agreement on Trade']);
  });

  it('keeps a cue of several words in the head: "agreements in the sphere of …" lists spheres', () => {
    expect(enumerationOf('The sides signed agreements in the sphere of fishing, mining, and shipping.', ['in the sphere of'])).toEqual({
      head: 'The sides signed agreements in the sphere of',
      items: ['fishing', 'mining', 'shipping'],
      cue: 'in the sphere of',
    });
  });

  it('takes no clause for a list, nor two plain items', () => {
    expect(enumerationOf('The meetings, which were held in 1998, 2001, 2004 were of a huge importance for the relations of the two states.', ['are'])).toBe(
      undefined,
    );
    expect(enumerationOf(IMPORTS, ['are'])).toBe(undefined);
  });
});

describe('lists and counts from one sentence', () => {
  it('lists every item of the sentence, not every fact with one of the words', () => {
    const a = engine.ask('List all of Syldavia’s main export articles.');
    expect(a.answered).toBe(true);
    expect(a.text).toBe('4 found:\n• timber\n• copper\n• wool and woollen goods\n• cheese');
    expect(a.citations.map((c) => c.quote)).toEqual([EXPORTS]);
  });

  it('counts the occasions one sentence dates', () => {
    const a = engine.ask('In how many different years did the fisheries commission of Borduria and Syldavia meet?');
    expect(a.lead).toBe('4');
    expect(a.text).toMatch(/^4: 1998, 2001, 2004 and 2009/);
  });

  it('lists what the words beside the kind pick: "what Syldavia imports" of trade is the imports, not all trade', () => {
    const a = engine.ask('list what Syldavia imports from Borduria');
    expect(a.citations.map((c) => c.quote)).toEqual([IMPORTS]);
  });

  it('gives the occasion at the position asked, among those the sentence dates', () => {
    const first = engine.ask('When did the fisheries commission of Borduria and Syldavia first meet?');
    expect(first.lead).toBe('1998');
    expect(first.text).toMatch(/^1998, of the occasions the source gives \(1998, 2001, 2004, 2009\)/);
    expect(engine.ask('When was the last meeting of the fisheries commission of Borduria and Syldavia?').lead).toBe('2009');
  });

  it('counts only the occasions in the time asked', () => {
    expect(engine.ask('How many times did the fisheries commission of Borduria and Syldavia meet between 2000 and 2005?').text).toMatch(/^2: 2001 and 2004/);
    expect(engine.ask('How many times did the fisheries commission of Borduria and Syldavia meet after 2000?').lead).toBe('3');
  });

  it('counts what a name did, not the name ("how many times did Ottokar visit …")', () => {
    expect(engine.ask('How many times did Ottokar visit Borduria?').lead).toBe('2');
  });

  it('counts the titles a sentence lists', () => {
    const a = engine.ask('How many basic documents regulate Bordurian-Syldavian relations?');
    expect(a.lead).toBe('2');
    expect(a.text).toContain('• the Agreement on Trade');
  });
});

describe('phrases and whole sentences', () => {
  it('reads "deal with" as handling, and finds a curated fact by the rest of its sentence', () => {
    const a = engine.ask('Which body did Borduria and Syldavia set up to deal with border issues?');
    expect(a.answered).toBe(true);
    expect(a.facts.map((f) => f.id)).toEqual(['border-council']);
  });
});

describe('a list of agreements', () => {
  const gazette = source('g', 'Bordurian diplomacy', '2021-05-01', [
    'Borduria and Syldavia established diplomatic relations on 3 January 1993 by signing a protocol.',
    'On 4 May 1999 Borduria and Syldavia signed the Fisheries Agreement.',
    'Salt agreement expected in March.',
    'On 2 June 2005 Borduria and Syldavia signed the Railway Agreement.',
  ]);
  // Curated with a title that says nothing of a document; its summary does.
  const relations = {
    ...curated('relations', 'relations', ['bo', 'sy'], 'Borduria and Syldavia established diplomatic relations on 3 January 1993 by signing a protocol.', 'g'),
    title: 'Relations established',
    date: { on: '1993-01-03' },
  };
  const list = textEngine([gazette], entities, [relations]).ask('which agreements have Borduria and Syldavia signed?', { today: '2026-01-10' });

  it('holds a signed document of another kind, named by the words that say so, and no plan', () => {
    expect(list.answered).toBe(true);
    expect(list.text.split('\n').filter((l) => l.startsWith('•'))).toEqual([
      '• 3 January 1993 — Borduria and Syldavia established diplomatic relations on 3 January 1993 by signing a protocol.',
      '• 4 May 1999 — Fisheries Agreement',
      '• 2 June 2005 — Railway Agreement',
    ]);
  });
});

describe('a timeline of a person', () => {
  const career = source('career', 'Bordurian news', '2021-05-01', [
    'From 2005 to 2009 Ivan Petrov was the Bordurian consul in Syldavia.',
    'Ivan Petrov was appointed foreign minister of Borduria on 15 October 2020.',
    'In 2012 Borduria and Syldavia signed a treaty on fisheries.',
  ]);
  const base = textEngine([career], [...entities, person('petrov', 'Ivan Petrov', 'bo', 'Petrov')]);

  it('holds every dated fact naming the person, in date order, and nothing else', () => {
    const a = base.ask("timeline of Petrov's career please", { today: '2026-01-10' });
    expect(a.text.split('\n')[0]).toBe('Timeline of Ivan Petrov (2 dated facts):');
    expect(a.citations.map((c) => c.quote)).toEqual([
      'From 2005 to 2009 Ivan Petrov was the Bordurian consul in Syldavia.',
      'Ivan Petrov was appointed foreign minister of Borduria on 15 October 2020.',
    ]);
  });
});

describe('a list after "in the sphere of"', () => {
  const visit = source('visit', 'Bordurian news', '2021-05-01', [
    'During the visit of March 1999 Borduria and Syldavia signed agreements in the sphere of fishing, mining, forestry, and shipping.',
  ]);
  const base = textEngine([visit], entities);
  const ask = (q: string) => base.ask(q, { today: '2026-01-10' });

  it('lists the spheres, and never counts them as documents', () => {
    expect(ask('list the spheres of the agreements Borduria and Syldavia signed').text.split('\n').slice(1)).toEqual([
      '• fishing',
      '• mining',
      '• forestry',
      '• shipping',
    ]);
    expect(ask('How many documents did Borduria and Syldavia sign during the March 1999 visit?').lead).not.toBe('4');
  });
});
