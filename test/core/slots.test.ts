// What one fact says for the date and value slots, on the small fixture base (test/web/fixture.ts): as exactly
// as its source allows, saying how a relative date was resolved and that a plan is not yet done.
import { describe, expect, it } from 'vitest';
import { dateLead, describeSource, holdsSlot, slotLead, valueLead } from '../../src/core/slots.js';
import { understand, type Understanding } from '../../src/core/understand.js';
import { answerSlots, type Fact } from '../../src/core/schema.js';
import { fixtureKb } from '../web/fixture.js';
import { country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const kb = fixtureKb();
const TODAY = '2026-01-10';
const fact = (over: Partial<Fact>): Fact => ({
  id: 'f',
  kind: 'event',
  title: 'F',
  summary: 'F.',
  entities: ['somewhere'],
  status: 'done',
  keywords: [],
  quotes: ['Talks followed.'],
  source: 'alpha',
  ...over,
});

describe('describeSource', () => {
  it('names the publisher with the publication date, or says the source is undated', () => {
    expect([describeSource(kb, 'alpha'), describeSource(kb, 'beta')]).toEqual([
      'The Gazette & Herald of 20 November 2020',
      'Ministry (via a wire service) (undated)',
    ]);
  });
});

describe('dateLead', () => {
  it('says a day, a month, a year and a range as exactly as they are known', () => {
    expect(
      [
        { on: '1993-01-14' },
        { on: '1996-07' },
        { on: '2004' },
        { on: '2007-09-12', to: '2007-09-13' },
        { on: '2021', to: '2022' },
        { on: '2000-06', to: '2007-09' },
      ].map((date) => dateLead(kb, fact({ date }))),
    ).toEqual(['14 January 1993', 'July 1996', '2004', '12–13 September 2007', '2021–2022', 'June 2000 – September 2007']);
  });

  it('quotes the words a date was worked out from, with the source that says them', () => {
    expect(dateLead(kb, fact({ date: { on: '2020-11-16', text: 'on Monday', derived: 'The Monday before publication.' } }))).toBe(
      '16 November 2020 (The Gazette & Herald of 20 November 2020 says “on Monday”)',
    );
  });

  it('says a plan is not yet done', () => {
    expect(dateLead(kb, fact({ status: 'planned', date: { on: '2027' } }))).toBe('Planned for 2027, not yet done');
    // Said as written, with the report it is counted from.
    expect(dateLead(kb, fact({ status: 'planned', date: { text: 'next year' } }))).toBe(
      'Not yet: expected “next year”, as of the report of November 2020 (The Gazette & Herald) — the source gives no exact date',
    );
  });

  it('quotes the source when it gives no calendar date, and has nothing for a fact without a date', () => {
    expect(dateLead(kb, fact({ date: { text: 'in the spring' } }))).toBe('“in the spring” — the source gives no calendar date');
    expect(dateLead(kb, fact({}))).toBeUndefined();
  });
});

describe('valueLead', () => {
  it('gives the value with its date, its words for the time, or alone', () => {
    expect(valueLead(kb, fact({ value: { text: '971 km' }, date: { on: '1993-01-14' } }))).toBe('971 km, 14 January 1993');
    expect(valueLead(kb, fact({ value: { text: '$1.2 billion' }, date: { text: 'last year' } }))).toBe('$1.2 billion (“last year”)');
    expect(valueLead(kb, fact({ value: { text: '+7.4 %' } }))).toBe('+7.4 %');
  });

  it('says a planned value is a goal, and has nothing for a fact without a value', () => {
    expect(valueLead(kb, fact({ status: 'planned', value: { text: '$5 billion' } }))).toBe('$5 billion (a goal, not yet reached)');
    expect(valueLead(kb, fact({ date: { on: '1993-01-14' } }))).toBeUndefined();
  });
});

describe('holdsSlot', () => {
  // A base whose facts count documents in figures and in words (and days), with a speaker, a place, a reason and a department.
  const sentences = [
    'The ministers signed 75 documents in Dushanbe on 12 September 2007.',
    'Several documents were signed at the talks on 12-13 September 2007.',
    'Minister Ivan Petrov came to Dushanbe to take part in the talks.',
    'The information department of the Foreign Ministry reported the talks.',
    'The talks lasted 2 days.',
  ];
  const entities = [
    country('syldavia', 'Syldavia'),
    person('petrov', 'Ivan Petrov', 'syldavia'),
    { id: 'dushanbe', type: 'place' as const, name: 'Dushanbe', aliases: [] },
    { id: 'info-dept', type: 'organisation' as const, name: 'Information department', aliases: ['information department of the Foreign Ministry'] },
  ];
  const numbered: Fact = { ...curated('numbered', 'treaty', ['dushanbe'], sentences[0]!, 's'), value: { text: '75 documents' }, date: { on: '2007-09-12' } };
  const several: Fact = {
    ...curated('several', 'treaty', [], sentences[1]!, 's'),
    value: { text: 'several documents' },
    date: { on: '2007-09-12', to: '2007-09-13' },
  };
  const counted = textEngine([source('s', 'Talks in Dushanbe', '2007-09-14', sentences)], entities, [numbered, several]);

  // What of a question the date and value slots read: the slot asked, whether it asks for the end, its words.
  const asked = (over: Partial<Understanding>) => ({ asks: 'date', end: false, words: [], ...over }) as Understanding;
  it('holds a date when the fact has one, and only a range holds the end a question asks for', () => {
    const when = asked({ words: ['when', 'did', 'the', 'talks', 'happen'] });
    const ended = asked({ words: ['when', 'did', 'the', 'talks', 'end'], end: true });
    const dated = fact({ date: { on: '2007-09-12' } });
    const ranged = fact({ date: { on: '2007-09-12', to: '2007-09-13' } });
    expect([holdsSlot(kb, dated, 'date', when), holdsSlot(kb, fact({}), 'date', when)]).toEqual([true, false]);
    expect([holdsSlot(kb, ranged, 'date', ended), holdsSlot(kb, dated, 'date', ended)]).toEqual([true, false]);
  });

  it('holds a value for "how many" only as a number, and a range of dates for "how long"', () => {
    const many = understand(counted.kb, 'how many documents were signed?', TODAY);
    const long = asked({ asks: 'value', words: ['how', 'long', 'did', 'the', 'talks', 'last'] });
    expect([holdsSlot(counted.kb, numbered, 'value', many), holdsSlot(counted.kb, several, 'value', many)]).toEqual([true, false]);
    // A figure counted in another unit than the one asked is no answer: 75 documents are no number of days.
    expect(holdsSlot(counted.kb, numbered, 'value', understand(counted.kb, 'how many days did the talks last?', TODAY))).toBe(false);
    expect(holdsSlot(kb, fact({ date: { on: '2007-09-12', to: '2007-09-13' } }), 'value', long)).toBe(true);
    expect(holdsSlot(kb, fact({ date: { on: '2007-09-12' } }), 'value', long)).toBe(false);
  });

  it('answers as slotLead does, for every slot of every fact and question of a small base', () => {
    const questions = [
      'how many documents were signed?',
      'how many days did the talks last?',
      'how long did the talks last?',
      'when did the talks end?',
      'when were the documents signed?',
      'who signed the documents?',
      'where were the documents signed?',
      'why did the minister come to Dushanbe?',
      'which department reported the talks?',
      'what did the ministers sign?',
    ];
    const differ = questions.flatMap((q) => {
      const u = understand(counted.kb, q, TODAY);
      return counted.kb.facts.flatMap((f) =>
        answerSlots.flatMap((slot) => (holdsSlot(counted.kb, f, slot, u) === (slotLead(counted.kb, f, slot, u) !== undefined) ? [] : [`${q} ${f.id} ${slot}`])),
      );
    });
    expect(differ).toEqual([]);
  });
});
