// A position asked after an answer: "and his second visit?" after a visit and what came of it, "when was the
// second one signed?" after a list, "during his third visit in 2010?" of which there is none. Made-up facts.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/schema.js';
import { askInThread, country, person, source, textEngine } from '../fixtures/text-base.js';

const entities = [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')];
const sentences = [
  'The first official visit of President Ivan Petrov to Syldavia was paid in June 2000.',
  'As a result of the visit intergovernmental agreements were signed.',
  'President Ivan Petrov paid another official visit to Syldavia in September 2007.',
  'The sides signed agreements in the sphere of fisheries and forestry.',
  'The Klow Agreement between Borduria and Syldavia was signed on 12 July 1996.',
  'The Treaty on Friendship between Borduria and Syldavia was signed on 26 May 2004.',
];
const gazette = source('g', 'Bordurian-Syldavian relations', '2020-03-01', sentences);
const fact = (id: string, kind: Fact['kind'], title: string, summary: string, on: string, quote: string, keywords: string[] = []): Fact => ({
  id,
  kind,
  title,
  summary,
  entities: ['bo', 'sy', 'petrov'],
  date: { on },
  status: 'done',
  keywords,
  quotes: [quote],
  source: 'g',
});
const basic = (id: string, title: string, on: string, quote: string): Fact => ({
  ...fact(id, 'treaty', title, `${quote} It is one of the basic documents of their relations.`, on, quote, ['basic documents']),
  entities: ['bo', 'sy'],
});
const facts = [
  fact(
    'visit-2000',
    'visit',
    'First official visit of Ivan Petrov to Syldavia, June 2000',
    'Ivan Petrov paid his first official visit to Syldavia in June 2000.',
    '2000-06',
    sentences[0]!,
    ['trip'],
  ),
  fact(
    'agreements-2000',
    'treaty',
    'Intergovernmental agreements, June 2000',
    'Intergovernmental agreements were signed during Ivan Petrov’s first official visit to Syldavia in June 2000.',
    '2000-06',
    sentences[1]!,
    ['documents'],
  ),
  fact(
    'visit-2007',
    'visit',
    'Official visit of Ivan Petrov to Syldavia, September 2007',
    'Ivan Petrov paid an official visit to Syldavia in September 2007.',
    '2007-09',
    sentences[2]!,
    ['trip'],
  ),
  fact(
    'agreements-2007',
    'treaty',
    'Agreements of September 2007',
    'During Ivan Petrov’s official visit to Syldavia in September 2007 the sides signed agreements in fisheries and forestry.',
    '2007-09',
    sentences[3]!,
    ['documents'],
  ),
  basic('klow', 'Klow Agreement', '1996-07-12', sentences[4]!),
  basic('friendship', 'Treaty on Friendship', '2004-05-26', sentences[5]!),
];
const base = textEngine([gazette], entities, facts);
const thread = (...questions: string[]) => askInThread(base, questions);

describe('a position after an answer of several facts', () => {
  it('counts "his second visit" among visits, not among the visit and what was signed during it', () => {
    const [first, came, second, signed] = thread(
      'When did Petrov first officially visit Syldavia?',
      'what came out of it?',
      'and his second visit?',
      'what was signed then?',
    );
    expect(first!.lead).toBe('June 2000');
    expect(came!.facts.map((f) => f.id)).toContain('agreements-2000');
    expect(second!.lead).toBe('September 2007');
    expect(signed!.facts[0]!.id).toBe('agreements-2007');
  });

  it('declines "during his third official visit in 2010": an occasion of its own, not the time of the answer before', () => {
    const [, , third] = thread('When did Petrov first officially visit Syldavia?', 'and his second visit?', 'and during his third official visit in 2010?');
    expect(third!.answered).toBe(false);
  });

  it('answers "when was the second one signed?" after a list with the second item, not the first', () => {
    const [list, second, first] = thread('What are the basic documents of Bordurian-Syldavian relations?', 'when was the second one signed?', 'and the first?');
    expect(list!.facts.map((f) => f.id)).toEqual(['klow', 'friendship']);
    expect(second!.lead).toBe('26 May 2004');
    expect(first!.lead).toBe('12 July 1996');
  });
});

describe('a date of its own after an answer', () => {
  const people = [...entities, person('sonst', 'Olaf Sonst', 'sy', 'Sonst')];
  const trips = source('t', 'Syldavian visits', '2020-03-01', [
    'As a result of the visit of President Olaf Sonst to Borduria in January 1993, the Treaty on Friendship was signed.',
    'In November 1995 President Olaf Sonst paid a working visit to Borduria at the head of a governmental delegation.',
    'The Bordurian prime minister paid an official visit to Syldavia in 2001.',
  ]);
  const trip = (id: string, title: string, on: string, quote: string): Fact => ({
    id,
    kind: 'visit',
    title,
    summary: quote,
    entities: ['sy', 'bo', 'sonst'],
    date: { on },
    status: 'done',
    keywords: ['trip'],
    quotes: [quote],
    source: 't',
  });
  const travel = textEngine([trips], people, [
    trip(
      'visit-1993',
      'Visit of President Olaf Sonst to Borduria, January 1993',
      '1993-01',
      'As a result of the visit of President Olaf Sonst to Borduria in January 1993, the Treaty on Friendship was signed.',
    ),
    trip(
      'working-1995',
      'Working visit of President Olaf Sonst to Borduria, November 1995',
      '1995-11',
      'In November 1995 President Olaf Sonst paid a working visit to Borduria at the head of a governmental delegation.',
    ),
  ]);

  it('reads "and on his November 1995 trip?" as that trip, not the one the answer before gave', () => {
    const [first, then, official] = askInThread(travel, [
      'What was signed during Sonst’s visit to Borduria in January 1993?',
      'and on his November 1995 trip?',
      'was that an official visit?',
    ]);
    expect(first!.facts[0]!.id).toBe('visit-1993');
    expect(then!.facts[0]!.id).toBe('working-1995');
    expect(official!.text).toMatch(/^Not\b/);
    expect(official!.text).toContain('working visit');
  });
});

describe('people of a nationality, in the plural', () => {
  const people = [
    ...entities,
    country('ze', 'Zembla', 'Zemblan'),
    person('anna', 'Anna Kral', 'sy', 'Kral'),
    person('boris', 'Boris Wend', 'sy', 'Wend'),
    person('carl', 'Carl Ost', 'ze', 'Ost'),
  ];
  const talks = source('talks', 'Bordurian diplomacy', '2025-02-12', [
    'Ivan Petrov was the Bordurian Foreign Minister when he held talks with his Zemblan counterpart Carl Ost on 19 November 2020.',
    'In Klow, Bordurian Foreign Minister Ivan Petrov held talks with Syldavian Foreign Minister Anna Kral in February 2025.',
    'Syldavian Foreign Minister Boris Wend held talks with Bordurian Foreign Minister Ivan Petrov in Borduria in May 2024.',
  ]);
  const base = textEngine([talks], people);

  it('answers "which Syldavian foreign ministers has he held talks with?" with each Syldavian one, and no Zemblan', () => {
    const [who, which] = askInThread(base, ['who is Ivan Petrov?', 'which Syldavian foreign ministers has he held talks with?']);
    expect(who!.answered).toBe(true);
    expect(which!.lead).toMatch(/Anna Kral/);
    expect(which!.lead).toMatch(/Boris Wend/);
    expect(which!.text).not.toMatch(/Carl Ost/);
  });

  it('does not answer with the fact before when it is of another nationality than the follow-up names', () => {
    const [when, which] = askInThread(base, [
      'when did Ivan Petrov hold talks with his Zemblan counterpart?',
      'which Syldavian foreign minister has he held talks with?',
    ]);
    expect(when!.lead).toBe('19 November 2020');
    expect(which!.lead).toMatch(/Anna Kral|Boris Wend/);
  });
});

describe('a slot the fact before lacks', () => {
  const trade = source('trade', 'Bordurian trade', '2025-02-12', [
    'Trade between Borduria and Syldavia reached $1.2 billion in 2024, Ivan Petrov said.',
    'Ivan Petrov and Anna Kral agreed to take measures to reach the goal of increasing trade between Borduria and Syldavia to $2 billion.',
    'Bilateral trade between Borduria and Syldavia reached $1 billion in 2019.',
  ]);
  const base = textEngine([trade], [...entities, person('kral', 'Anna Kral', 'sy', 'Kral')]);

  it('declines "by which year should they reach it?" of a target no source dates, rather than give the year trade reached a figure', () => {
    const [, target, year] = askInThread(base, ['How much did Borduria and Syldavia trade in 2024?', 'and the target?', 'by which year should they reach it?']);
    expect(target!.lead).toMatch(/\$2 billion/);
    expect(year!.answered).toBe(false);
    expect(year!.text).not.toMatch(/2019|2024/);
  });
});

describe('"else"', () => {
  const people = [...entities, person('kral', 'Anna Kral', 'sy', 'Kral')];
  const news = source('news', 'Bordurian news', '2025-02-12', [
    'Borduria’s main imports from Syldavia are grain and flour.',
    'In Klow, Ivan Petrov laid a wreath at the monument to the founders.',
    'In Klow, Ivan Petrov met Syldavian Foreign Minister Anna Kral.',
  ]);
  const base = textEngine([news], people);

  it('asks the question without the word and without what the answer before gave', () => {
    const [wreath, other] = askInThread(base, ['what did Ivan Petrov do in Klow?', 'what else did he do in Klow?']);
    expect(wreath!.facts.map((f) => f.id)).not.toContain(other!.facts[0]!.id);
    expect(other!.answered).toBe(true);
  });

  it('says there is nothing else, with what was given, when nothing else fits', () => {
    const [, other] = askInThread(base, ['what does Borduria buy from Syldavia?', 'anything else?']);
    expect(other!.answered).toBe(true);
    expect(other!.lead).toBe('Nothing else');
    expect(other!.text).toContain('grain and flour');
  });
});

describe('which came first, and how many months apart', () => {
  const events = source('events', 'Bordurian diplomacy', '2021-05-01', [
    'The first official visit of Ivan Petrov to Syldavia was paid in June 2000.',
    'The Bordurian mission in Klow received embassy status in January 2001.',
  ]);
  const base = textEngine([events], entities);

  it('reads "getting" as no word of the topic, and gives the months between two dates given to the month', () => {
    const [first, apart] = askInThread(base, [
      'Which came earlier: the Bordurian mission in Klow getting embassy status, or Petrov’s first official visit to Syldavia?',
      'how many months apart?',
    ]);
    expect(first!.answered).toBe(true);
    expect(first!.text).toMatch(/visit[^;]*came first/);
    expect(apart!.lead).toBe('7 months');
  });
});
