// More follow-ups and question forms over made-up sources: a correction that is a question of its own, "who
// was that?", "during it", a publisher named as the source, and yes/no on a word the fact lacks.
import { describe, expect, it } from 'vitest';
import type { Entity, Fact } from '../../src/core/schema.js';
import { turnOf } from '../../src/core/conversation.js';
import { understand } from '../../src/core/understand.js';
import { askInThread, country, curated, person, place, source, textEngine } from '../fixtures/text-base.js';

const NOW = '2026-01-10T12:00:00Z';
const ministry: Entity = { id: 'bo-mfa', type: 'organisation', name: 'Bordurian Foreign Ministry', aliases: ['Bordurian MFA'] };
const entities = [
  country('bo', 'Borduria', 'Bordurian'),
  country('sy', 'Syldavia', 'Syldavian'),
  country('ze', 'Zembla', 'Zemblan'),
  person('ottokar', 'King Ottokar', 'sy', 'Ottokar'),
  person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
  ministry,
  place('klow', 'Klow'),
];
const gazette = source('gazette', 'Borduria and Syldavia', '2021-05-01', [
  'In March 1999 Ivan Petrov paid a working visit to Syldavia.',
  'During the visit of March 1999 Borduria and Syldavia signed an agreement on fisheries.',
  'In 2005 Borduria and Syldavia signed an agreement on railways.',
  'Between 1995 and 2010 Borduria and Syldavia signed 40 agreements.',
  'Borduria and Zembla established diplomatic relations on 9 January 1993.',
  'Borduria and Syldavia established diplomatic relations on 3 January 1993.',
  'Zembla has no border disputes with Syldavia, its foreign minister said.',
  'In 2004 Zembla sold not only cheese but also wool to Borduria.',
  'The first Zemblan cheese fair was held in March 1999.',
  'In Klow, Bordurian minister Ivan Petrov met Syldavian King Ottokar in 2006.',
  'Petrov and Ottokar signed the salt treaty in 2006.',
  'King Ottokar said the two peoples were fraternal.',
  'Ivan Petrov said the salt treaty was historic.',
  'The ministers exchanged views on fisheries.',
  'Trade between Borduria and Syldavia reached 2 billion dollars in 2020.',
  'Borduria and Syldavia agreed to raise their trade to 5 billion dollars by 2030.',
  'Petrov laid a wreath at the monument to King Ottokar in Klow.',
  'Zembla discussed border security with Syldavia in 2003.',
  'King Ottokar was the founder of the Syldavian state.',
  'In 2010 the Zemblan president paid an official visit to Borduria.',
  'In 2011 an official delegation of Zembla visited Syldavia.',
  'The official languages of Zembla are Zemblan and Syldavian.',
]);
const ministryPage = {
  ...source('mfa', 'Relations with Syldavia', '2020-02-01', ['Borduria and Syldavia cooperate in the UN and the OSCE.']),
  publisher: 'Bordurian Foreign Ministry',
};
const herald = source('herald', 'Syldavian trade', '2022-02-01', ['Borduria and Syldavia cooperate in the WTO.']);
const copper = source('copper', 'A copper treaty', '2007-03-01', ['Petrov and Ottokar signed the copper treaty of Borduria and Syldavia in 2007.']);
const ottokar = curated('ottokar-founder', 'biography', ['ottokar', 'sy'], 'King Ottokar was the founder of the Syldavian state.', 'gazette');
const engine = textEngine([gazette, ministryPage, herald, copper], entities, [ottokar]);

const thread = (...questions: string[]) => askInThread(engine, questions, NOW);

describe('follow-ups', () => {
  it('takes a correction that is a question of its own as the new question', () => {
    const [, corrected] = thread('When did Borduria and Syldavia sign the railway agreement?', 'no, I meant what Zembla discussed with Syldavia');
    expect(corrected?.answered).toBe(true);
    expect(corrected?.text).toMatch(/border security/);
  });

  it('reads "who was that?" as who the person the answer named is', () => {
    const [, who] = thread('Whose monument did Petrov lay a wreath at?', 'who was that?');
    expect(who?.facts.map((f) => f.id)).toEqual(['ottokar-founder']);
  });

  it('reads "they" as the person asked about and the one the answer named', () => {
    const [met, signed] = thread('Who did Petrov meet in Klow?', 'what did they sign?');
    expect(met?.lead).toBe('King Ottokar');
    expect(signed?.text).toMatch(/salt treaty/);
  });

  it('reads "the minister" as the person the answer before gave that office', () => {
    const [, said] = thread('Who did Ottokar meet in Klow?', 'what did the minister say?');
    expect(said?.text).toMatch(/historic/);
  });

  it('keeps a confirmation cue last when the subject is carried in', () => {
    const [, confirmed] = thread('Who did Petrov meet in Klow?', 'so they signed the salt treaty in 2006, right?');
    expect(confirmed?.lead).toMatch(/^Yes/);
  });

  it('answers a bare "where?" from the fact before only, and says when it does not say', () => {
    const [railways, where] = thread('What did Borduria and Syldavia sign in 2005?', 'where?');
    expect(railways?.text).toMatch(/railways/);
    expect(where?.answered).toBe(false);
    expect(where?.text).toMatch(/don't say where/);
  });

  it('answers a new question that names no one as it stands when the subject before finds nothing', () => {
    const [, signed] = thread('When did Borduria and Zembla establish relations?', 'who signed the copper treaty?');
    expect(signed?.answered).toBe(true);
    expect(signed?.text).toMatch(/Petrov/);
  });

  it('does not give the signing date for "when did it enter into force?"', () => {
    const [signed, inForce] = thread('What did Borduria and Syldavia sign in 2005?', 'when did it enter into force?');
    expect(signed?.text).toMatch(/railways/);
    expect(inForce?.answered).toBe(false);
  });

  it('compares the fact before with the one a follow-up names', () => {
    const [, years] = thread('When did Borduria and Syldavia sign the fisheries agreement?', 'how many years before the railway agreement?');
    expect(years?.lead).toBe('6 years');
  });

  it('compares the answers of the last two turns for "which of the two came first?"', () => {
    const [, , first, apart] = thread(
      'When did Borduria and Zembla establish relations?',
      'and Syldavia?',
      'which of the two came first?',
      'how many days apart?',
    );
    expect(first?.lead).toMatch(/Syldavia/);
    expect(apart?.lead).toBe('6 days');
  });

  it('counts an age only from a birth: two dated deeds of one man are no age', () => {
    const [signed, age] = thread('When did Petrov sign the salt treaty?', 'how old was he at the copper treaty?');
    expect(signed?.lead).toBe('2006');
    expect(age?.answered).toBe(false);
  });

  it('reads a closing "then" as the time of the fact before', () => {
    const [, signed] = thread('When did Petrov visit Syldavia?', 'what did Borduria and Syldavia sign then?');
    expect(signed?.text).toMatch(/fisheries/);
    expect(signed?.text).not.toMatch(/railways|40 agreements/);
  });

  it('reads "during it" as the time of the fact before', () => {
    const [visit, signed] = thread('When did Petrov visit Syldavia?', 'what did Borduria and Syldavia sign during it?');
    expect(visit?.lead).toBe('March 1999');
    expect(signed?.text).toMatch(/fisheries/);
    expect(signed?.text).not.toMatch(/railways|40 agreements/);
  });
});

describe('a follow-up with no word of its own', () => {
  it('asks about what the answer before was about: "for which years?" after the programme', () => {
    const news = source('news', 'Bordurian news', '2021-05-01', [
      'The Bordurian embassy in Klow received its status in 2001.\nIvan Petrov held talks in Klow with Syldavian ministers. Following the talks, a cooperation programme between Borduria and Syldavia for 2026-2028 was signed.',
    ]);
    const talks = textEngine([news], entities);
    const [, signed, years] = askInThread(talks, ['Who held talks in Klow?', 'what was signed after the talks?', 'for which years?'], NOW);
    expect(signed?.text).toMatch(/programme/);
    expect(years?.text).toMatch(/2026-2028/);
    expect(years?.text).not.toMatch(/embassy/);
  });
});

describe('"he" after an answer that named another person', () => {
  it('is the one the answer named, or else still the one asked about', () => {
    const notes = source('notes', 'Bordurian notes', '2021-05-01', [
      'Ivan Petrov is the Bordurian foreign minister.\nIn Klow, Ivan Petrov met King Ottokar. Afterwards Ivan Petrov announced a fisheries agreement.',
    ]);
    const people = textEngine([notes], entities);
    const [, met, announced] = askInThread(people, ['Who is Ivan Petrov?', 'who did he meet in Klow?', 'what did he announce?'], NOW);
    expect(met?.lead).toMatch(/Ottokar/);
    expect(announced?.text).toMatch(/fisheries agreement/);
  });
});

describe('"he" after a question about a person that asked for no one', () => {
  it('is still that person, not one its answer quoted, and a visit only planned signed nothing', () => {
    const plans = source('plans', 'Plans', '2023-01-10', [
      'Ivan Petrov revealed that King Ottokar was planning to visit Borduria later this year.',
      'According to Ivan Petrov, an agreement on the border of Borduria and Syldavia is expected to be signed in March.',
    ]);
    const base = textEngine([plans], entities);
    const [going, signed] = askInThread(base, ['Is Ottokar going to Borduria?', 'what did he sign there?'], NOW);
    expect(going!.citations[0]!.quote).toContain('planning to visit');
    expect(signed!.answered).toBe(false);
    expect(signed!.text).not.toMatch(/agreement/);
  });
});

describe('"that meeting"', () => {
  it('is the occasion of the answer before, as its source reports it, not a like meeting of another source', () => {
    const minutes = source('minutes', 'Bordurian minutes', '2021-05-01', ['Ivan Petrov and King Ottokar discussed fisheries and railways in Klow.']);
    const herald = source('herald', 'Syldavian herald', '2021-06-01', ['At a later meeting, Ivan Petrov and King Ottokar discussed copper.']);
    const meetings = textEngine([minutes, herald], entities);
    const [talks, copper] = askInThread(meetings, ['What did Petrov and Ottokar discuss in Klow?', 'was copper discussed at that meeting?'], NOW);
    expect(talks?.citations.map((c) => c.source.id)).toEqual(['minutes']);
    expect(copper?.lead ?? '').not.toMatch(/^Yes/);
    expect(copper?.citations.map((c) => c.source.id) ?? []).not.toContain('herald');
  });
});

describe('question forms', () => {
  it('answers from the sources of the publisher a question names', () => {
    const a = engine.ask('Which organisations does the Bordurian MFA page say Borduria and Syldavia work together in?');
    expect(a.citations.map((c) => c.source.id)).toEqual(['mfa']);
  });

  it('reads "the ministers" as the ministers of the report, not a king it also names', () => {
    expect(engine.ask('What did Ottokar say about fisheries?').text).not.toMatch(/exchanged views/);
  });

  it('reads "want to reach" as a target, met by the plan and not by the figure reached', () => {
    expect(engine.ask('What trade figure do Borduria and Syldavia want to reach?').lead).toMatch(/5 billion/);
  });

  it('takes a publisher before a verb of saying as the source too', () => {
    const a = engine.ask('Which organisations does the Bordurian MFA list for Borduria and Syldavia?');
    expect(a.citations.map((c) => c.source.id)).toEqual(['mfa']);
  });

  it('takes the publisher after "according to" as the source', () => {
    const a = engine.ask('According to the Bordurian MFA, which organisations do Borduria and Syldavia work together in?');
    expect(a.citations.map((c) => c.source.id)).toEqual(['mfa']);
  });

  it('reads a verb of saying with nothing said after it as no citation: "… with the Bordurian MFA list pls"', () => {
    // A name taken as the source is no entity the answer is about, in scope or not.
    const named = (q: string) => {
      const u = understand(engine.kb, q);
      return [...u.mentions, ...u.outOfScope].map((m) => m.entity.id);
    };
    expect(named('agreements with the Bordurian MFA list pls')).toContain('bo-mfa');
    expect(named('does the Bordurian MFA list agreements?')).not.toContain('bo-mfa');
  });

  it('says no when the fact denies what is asked, but not for "not only"', () => {
    expect(engine.ask('Does Zembla have border disputes with Syldavia?').lead).toBe('No');
    expect(engine.ask('Did Zembla sell cheese to Borduria?').lead).toBe('Yes');
  });

  it('does not count days between two dates given only to the month', () => {
    const a = engine.ask('How many days passed between the Bordurian fisheries agreement and the Zemblan cheese fair?');
    expect(a.lead ?? '').not.toMatch(/^0 days/);
  });

  it('does not confirm a word the fact lacks', () => {
    const [, official] = thread('When did Petrov visit Syldavia?', 'was that an official visit?');
    expect(official?.lead).toBe('Not according to my sources');
    expect(official?.text).toMatch(/working visit/);
  });

  it('drops a stopword of several words ("comes up")', () => {
    const a = engine.ask('Which organisation comes up in the WTO sentence on Borduria and Syldavia?');
    expect(a.text).not.toMatch(/never mention/);
  });
});

describe('"it" after a measure', () => {
  const border = source('atlas', 'Bordurian geography', '2021-05-01', [
    'Borduria and Syldavia share 900 kilometres of border.',
    'Only 300 kilometres of the Bordurian-Syldavian border have been delineated.',
  ]);
  const length = {
    ...curated('bo-sy-border-length', 'border', ['bo', 'sy'], 'Borduria and Syldavia share 900 kilometres of border.', 'atlas'),
    title: 'Length of the Bordurian-Syldavian border (Atlas)',
    value: { amount: 900, unit: 'km', text: '900 km' },
  };
  const atlas = textEngine([border], entities, [length]);

  it('is what was measured, not the measure: "how much of it is delineated?" is not the length again', () => {
    const [total, part] = askInThread(atlas, ['How long is the border between Borduria and Syldavia?', 'how much of it is delineated?']);
    expect(total!.lead).toBe('900 km');
    expect(part!.answered).toBe(true);
    expect(part!.citations[0]!.quote).toBe('Only 300 kilometres of the Bordurian-Syldavian border have been delineated.');
  });
});

describe('a follow-up with words of its own and no name', () => {
  const news = source('wire', 'Bordurian border', '2023-01-10', [
    'The Klow road links Borduria to its enclave of Vorn across Syldavian land.',
    'In May 2022 fighting on the border left dozens of people dead and hundreds injured.',
    'From 2005 to 2009 Ivan Petrov was the Bordurian consul in Klow.',
  ]);
  const wire = textEngine([news], [...entities, place('klow-road', 'Klow road')]);

  it('is answered only by a unit with one of those words: "death toll?" after the road is not the road again', () => {
    const [, toll] = askInThread(wire, ['What is the Klow road?', 'death toll?']);
    expect(toll!.answered).toBe(true);
    expect(toll!.citations[0]!.quote).toContain('dozens of people dead');
  });

  it('reads "sorry, I meant …" as a correction, and "and earlier?" past the first as nothing before', () => {
    const [, corrected] = askInThread(wire, ['When did fighting break out on the border?', 'sorry, I meant the consul in Klow']);
    expect(corrected!.citations[0]?.quote).toContain('consul in Klow');
    const [job, earlier] = askInThread(wire, ['When was Ivan Petrov consul in Klow?', 'and earlier?']);
    expect(job!.lead).toBe('2005–2009');
    expect(earlier!.answered).toBe(false);
  });
});

describe('a follow-up after a declined turn', () => {
  const trip = source('trip', 'A visit', '2007-01-10', ['In 2006 Ivan Petrov visited Syldavia and stayed in Klow.', 'King Ottokar was crowned in 1990.']);
  const travel = textEngine([trip], entities);

  it('still points at what the last answered turn gave', () => {
    const [visit, declined, stay] = askInThread(travel, ['When did Ivan Petrov visit Syldavia?', 'when did King Ottokar visit Zembla?', 'where did he stay?']);
    expect(visit!.lead).toBe('2006');
    expect(declined!.answered).toBe(false);
    expect(stay!.answered).toBe(true);
    expect(stay!.lead).toBe('Klow');
  });
});

describe('pronouns', () => {
  const talks = source('talks', 'Talks', '2021-01-10', [
    'On 19 November 2020 Bordurian minister Ivan Petrov held talks with his Syldavian counterpart Boris Kant.',
    'Boris Kant was born on 18 May 1967.',
    'Borduria and Syldavia signed the Salt Treaty in 2004.',
    'The Salt Treaty of Borduria and Syldavia regulates the salt trade.',
    'Borduria and Zembla signed the Wool Agreement in 1999.',
  ]);
  const cast = [...entities, person('kant', 'Boris Kant', 'sy', 'Kant')];
  const base = textEngine([talks], cast);

  it('"he" is whom the answer led with, before the others its fact names', () => {
    const u = understand(base.kb, 'who was the Syldavian minister at the talks?', '2026-01-10');
    const answer = base.ask('When did Ivan Petrov hold talks with Boris Kant?', { today: '2026-01-10' });
    const turn = turnOf(base.kb, { ...u, mentions: [] }, { ...answer, lead: 'Boris Kant' }, NOW);
    expect(turn.named).toEqual(['kant', 'petrov']);
  });

  it('"he" named, the countries of the question before may all go', () => {
    const [who, born] = askInThread(base, ['who was the Syldavian counterpart in the November talks with Borduria?', 'when was he born?']);
    expect(who!.lead).toBe('Boris Kant');
    expect(born!.lead).toBe('18 May 1967');
  });

  it('"it" before a verb, with no subject before to carry, is what the answer was about', () => {
    const [about, year] = askInThread(base, ['what does the Salt Treaty regulate?', 'so what year was it signed?']);
    expect(about!.answered).toBe(true);
    expect(year!.lead).toBe('2004');
    // With nothing before, "it" is unclear.
    expect(askInThread(base, ['so what year was it signed?'])[0]!.answered).toBe(false);
  });
});

describe('acknowledgements and plans in a thread', () => {
  const wire = source('deal', 'A deal', '2023-01-10', [
    'On 19 November 2020 the foreign ministries of Borduria and Syldavia signed a cooperation programme.',
    'On 3 March 2021 the foreign ministries of Borduria and Zembla signed a cooperation programme.',
  ]);
  const announced = {
    ...curated('announced', 'statement', ['bo', 'sy', 'petrov'], 'Ivan Petrov announced the news on Monday.', 'news'),
    title: 'Petrov announces the expected salt agreement',
    summary: 'Ivan Petrov announced that the salt agreement of Borduria and Syldavia was expected to be signed in March.',
  };
  const news = source('news', 'Salt', '2023-01-10', ['Ivan Petrov announced the news on Monday.']);
  const base = textEngine([wire, news], entities, [announced]);

  it('drops "ok" before a continuation that names the pair again', () => {
    const [, , day] = askInThread(base, [
      'what did the Bordurian and Syldavian foreign ministries sign?',
      'no, I meant the one with Zembla',
      'ok and the Bordurian-Syldavian one, what day was that signed?',
    ]);
    expect(day!.lead).toBe('19 November 2020');
  });

  it('says a signing only expected is no signing, though the announcement was made', () => {
    const [, signed] = askInThread(base, ['Who announced the salt agreement?', 'so has it been signed?']);
    expect(signed!.text).not.toMatch(/^Yes/);
    expect(signed!.lead).toBe('Not according to my sources');
  });
});

describe('"there"', () => {
  const trips = source('trips', 'Visits', '2023-01-10', [
    'In 2006 Ivan Petrov visited Syldavia.',
    'King Ottokar was planning to visit Syldavia later this year.',
  ]);
  const base = textEngine([trips], entities);

  it('is the place the answer before was about', () => {
    const [, going] = askInThread(base, ['When did Ivan Petrov visit Syldavia?', 'is King Ottokar going there too?']);
    expect(going!.lead).toBe('Not according to my sources');
    expect(going!.citations[0]!.quote).toBe('King Ottokar was planning to visit Syldavia later this year.');
  });
});

describe('visits and where they went', () => {
  const trips = source('trips', 'Visits', '2023-01-10', [
    'The first official visit of the President of Borduria Ivan Petrov to Syldavia was paid in June 2000.',
    // One paragraph: the sentence naming no one is of the visit before it.
    'Another official visit of President Ivan Petrov to Syldavia was made on 12-13 September 2007. The sides signed agreements in the sphere of fisheries and railways in September 2007.',
    'King Ottokar paid a state visit to Borduria in May 2004, and met Ivan Petrov.',
    'In March 2001 Petrov and Ottokar signed a treaty during the official visit of Ottokar to Zembla.',
  ]);
  const base = textEngine([trips], entities);

  it('says yes with every time the sources give, not only the first', () => {
    const [a] = askInThread(base, ['did Ivan Petrov ever visit Syldavia?']);
    expect(a!.lead).toBe('Yes');
    expect(a!.text).toContain('June 2000');
    expect(a!.text).toContain('12–13 September 2007');
  });

  it('does not count a visit to the other country as one to the country asked', () => {
    const [a] = askInThread(base, ['did King Ottokar visit Syldavia?']);
    expect(a!.text).not.toContain('May 2004');
    const [b] = askInThread(base, ['did King Ottokar visit Borduria?']);
    expect(b!.lead).toBe('Yes');
    expect(b!.text).toContain('May 2004');
  });

  it('asks "when was the last one?" of a yes/no question as a date, at that position', () => {
    const [, last] = askInThread(base, ['did Ivan Petrov ever visit Syldavia?', 'when was the last one?']);
    expect(last!.lead).toBe('12–13 September 2007');
  });

  it('reads "the second one — what was signed?" as the question asked at the time of the second of the answer before', () => {
    const [, signed] = askInThread(base, ['when did Ivan Petrov pay official visits to Syldavia?', 'the second one — what was signed?']);
    expect(signed!.citations[0]!.quote).toBe('The sides signed agreements in the sphere of fisheries and railways in September 2007.');
  });

  it('reads "during it" as the month of the visit, when the signing is dated by month only', () => {
    const [, , signed] = askInThread(base, ['did Ivan Petrov ever visit Syldavia?', 'when was the last one?', 'what was signed during it?']);
    expect(signed!.answered).toBe(true);
    expect(signed!.citations[0]!.quote).toBe('The sides signed agreements in the sphere of fisheries and railways in September 2007.');
  });
});

describe('a list of visits', () => {
  const trips = source('trips2', 'Visits', '2023-01-10', [
    'The first official visit of President Ivan Petrov to Syldavia was paid in June 2000.',
    'Agreements on fisheries were signed during the first official visit of Ivan Petrov to Syldavia in June 2000.',
    'Another official visit of President Ivan Petrov to Syldavia was made in September 2007.',
  ]);
  const signed = {
    ...curated(
      'fisheries-2000',
      'treaty',
      ['petrov', 'sy'],
      'Agreements on fisheries were signed during the first official visit of Ivan Petrov to Syldavia in June 2000.',
      'trips2',
    ),
    date: { on: '2000-06' },
  };
  const base = textEngine([trips], entities, [signed]);

  it('leaves out documents signed during a visit: two words of one keyword ("official visit") make no visit', () => {
    const [a] = askInThread(base, ['list the visits of Ivan Petrov to Syldavia']);
    expect(a!.citations.map((c) => c.quote)).toEqual([
      'The first official visit of President Ivan Petrov to Syldavia was paid in June 2000.',
      'Another official visit of President Ivan Petrov to Syldavia was made in September 2007.',
    ]);
  });
});

describe('"it" after an answer of several facts is the thing they all go on about', () => {
  const text = [
    'The worst border clashes between Arland and Borvia took place in September 2022.',
    'The September 2022 border clashes between Arland and Borvia displaced thousands of civilians.',
    'The main trigger for the clashes between Arland and Borvia was the disputed use of the Vorukh road.',
  ];
  const fact = (id: string, n: number, title: string, kind: Fact['kind'] = 'event') => ({
    ...curated(id, kind, ['arland', 'borvia'], text[n]!, 's'),
    title,
    ...(n < 2 ? { date: { on: '2022-09' } } : {}),
  });
  const engine = textEngine(
    [source('s', 'Arland and Borvia', '2023-01-01', text)],
    [country('arland', 'Arland', 'Arlandian'), country('borvia', 'Borvia', 'Borvian')],
    [
      fact('clashes', 0, 'Arland-Borvia clashes of September 2022'),
      fact('displaced', 1, 'Civilians displaced by the Arland-Borvia border clashes of September 2022'),
      fact('trigger', 2, 'Vorukh road: trigger of the Arland-Borvia clashes', 'border'),
    ],
  );

  it('reads "what triggered it?" as about the clashes, not the civilians displaced', () => {
    const [first, second] = askInThread(engine, ['tell me about the September 2022 Arland-Borvia border clashes', 'what triggered it?']);
    expect(first!.facts[0]!.id).toBe('displaced');
    expect(first!.facts.length).toBeGreaterThan(1);
    expect(second!.text).toMatch(/Vorukh road/);
  });
});
