// Follow-ups on a list or a dated answer, over made-up sources: "how many is that?", "which one is with …?",
// "was there one in 2010?", "that same month", and "was the next one in 2007?".
import { describe, expect, it } from 'vitest';
import { askInThread, country, person, source, textEngine } from '../fixtures/text-base.js';

const entities = [
  country('bo', 'Borduria', 'Bordurian'),
  country('sy', 'Syldavia', 'Syldavian'),
  country('ze', 'Zembla', 'Zemblan'),
  person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
];
const news = source('news', 'Bordurian news', '2023-01-10', [
  'In 2019 the foreign ministries of Borduria and Syldavia signed a cooperation programme for 2020-2021.',
  'In 2021 the foreign ministries of Borduria and Zembla signed a cooperation programme for 2022-2024.',
  'The foreign ministries of Borduria and Zembla discussed cooperation in culture in 2018.',
  'The joint fisheries commission of Borduria and Syldavia met in 1998, 2001, 2004 and 2009.',
  'Borduria and Syldavia established diplomatic relations on 3 January 1993.',
  'Borduria and Syldavia signed the Treaty on Friendship in January 1993.',
  'Ivan Petrov paid an official visit to Syldavia in June 2000.',
  'Ivan Petrov paid another official visit to Syldavia in September 2007.',
]);
const base = textEngine([news], entities);
const thread = (...questions: string[]) => askInThread(base, questions);

describe('follow-ups on a list', () => {
  it('lists only items of the kind the list names, not every fact with its other words', () => {
    const [list] = thread('list all the cooperation programmes between the foreign ministries');
    expect(list!.citations.map((c) => c.quote)).toEqual([
      'In 2019 the foreign ministries of Borduria and Syldavia signed a cooperation programme for 2020-2021.',
      'In 2021 the foreign ministries of Borduria and Zembla signed a cooperation programme for 2022-2024.',
    ]);
  });

  it('counts the items of the list before for "how many is that?"', () => {
    const [, n] = thread('list all the cooperation programmes between the foreign ministries', 'how many is that?');
    expect(n!.lead).toBe('2');
  });

  it('counts the occasions of one fact for "how many meetings is that"', () => {
    const [, n] = thread('in which years did the fisheries commission meet?', 'how many meetings is that');
    expect(n!.lead).toBe('4');
  });

  it('lists the occasions of one fact for "list the years" after their count', () => {
    const [n, years] = thread('how many times did the Bordurian-Syldavian fisheries commission meet?', 'list the years');
    expect(n!.lead).toBe('4');
    expect(years!.text).toMatch(/1998, 2001, 2004 and 2009/);
    expect(years!.citations.map((c) => c.quote)).toEqual(['The joint fisheries commission of Borduria and Syldavia met in 1998, 2001, 2004 and 2009.']);
  });

  it('counts only the occasions in the dates asked', () => {
    const [n] = thread('how many times did the fisheries commission meet between 2000 and 2005?');
    expect(n!.lead).toBe('2');
    expect(n!.text).toMatch(/2001 and 2004/);
  });

  it('reads "and after 2003?" as the count before bounded by that date, not as the next fact', () => {
    const [, n] = thread('how many times did the fisheries commission meet between 2000 and 2005?', 'and after 2003?');
    expect(n!.lead).toBe('2');
    expect(n!.text).toMatch(/2004 and 2009/);
  });

  it('picks the item of the list before that names what "which one" asks for', () => {
    const [, one] = thread('list all the cooperation programmes between the foreign ministries', 'which one is with Zembla?');
    expect(one!.citations.map((c) => c.quote)).toEqual(['In 2021 the foreign ministries of Borduria and Zembla signed a cooperation programme for 2022-2024.']);
  });
});

describe('the answers before, in order', () => {
  it('puts the facts the turns before led with in date order for "put those three in order"', () => {
    const [, , , ordered] = thread(
      'When did Petrov pay another official visit to Syldavia?',
      'When did Borduria and Syldavia establish diplomatic relations?',
      'When did Petrov first visit Syldavia?',
      'put those three in order',
    );
    expect(ordered!.text.split('\n').filter((l) => l.startsWith('•'))).toEqual([
      expect.stringMatching(/^• 3 January 1993/),
      expect.stringMatching(/^• June 2000/),
      expect.stringMatching(/^• September 2007/),
    ]);
  });
});

describe('yes/no follow-ups on a dated answer', () => {
  it('reads "was there one in 2002?" as the question before, asked yes or no for that year', () => {
    const [, no, yes] = thread('in which years did the fisheries commission meet?', 'was there one in 2002?', 'and in 2004?');
    expect(no!.lead).toBe('No');
    expect(no!.text).toContain('2001');
    expect(yes!.lead).toMatch(/^Yes/);
  });

  it('reads "that same month" as the month of the answer before', () => {
    const [, yes] = thread('when did Borduria and Syldavia establish diplomatic relations?', 'did they sign a treaty that same month?');
    expect(yes!.lead).toMatch(/^Yes/);
    expect(yes!.citations[0]!.quote).toBe('Borduria and Syldavia signed the Treaty on Friendship in January 1993.');
  });

  it('says yes or no to "and was the next one in …?" by the next one’s date', () => {
    const [, yes] = thread('was Ivan Petrov’s first official visit to Syldavia in 2000?', 'and was the next one in 2007?');
    expect(yes!.lead).toBe('Yes: September 2007');
    const [, no] = thread('was Ivan Petrov’s first official visit to Syldavia in 2000?', 'and was the next one in 2005?');
    expect(no!.lead).toBe('No');
    expect(no!.text).toContain('September 2007');
  });
});

describe('offices over time', () => {
  const career = source('career', 'Bordurian news', '2020-11-20', [
    'Ivan Petrov served as First Deputy Foreign Minister of Borduria from January to October 2009.',
    'Ivan Petrov served as Foreign Minister of Borduria from April 2010 to September 2012.',
    // One paragraph: "HE" names him only through the sentence before.
    'Ivan Petrov is a Bordurian diplomat. HE was appointed Foreign Minister of Borduria on 15 October 2020.',
  ]);
  const office = textEngine([career], entities);

  it('reads "before 2020" as any time until then', () => {
    const [a] = askInThread(office, ['was Ivan Petrov already foreign minister before 2020?']);
    expect(a!.lead).toBe('Yes: April 2010 – September 2012');
  });

  it('reads "before the 2020 appointment" as before 2020, as a bare date after "before" is', () => {
    const terms = source('terms', 'Bordurian news', '2020-11-20', [
      'Ivan Petrov was appointed Foreign Minister of Borduria on 15 April 2010 and served until September 2012.',
      'Ivan Petrov was appointed Foreign Minister of Borduria again on 15 October 2020.',
      'Ivan Petrov was born on 18 May 1967.',
    ]);
    const [, first] = askInThread(textEngine([terms], entities), [
      'when was Ivan Petrov born?',
      'and before the 2020 appointment, when did he first become foreign minister?',
    ]);
    expect(first!.citations[0]!.quote).toContain('15 April 2010');
  });

  it('steps back from a term of office for "just before that stint", whatever words no source uses', () => {
    const [, before] = askInThread(office, ['when was Ivan Petrov foreign minister before 2020?', 'and what was he doing just before that stint?']);
    expect(before!.citations[0]!.quote).toBe('Ivan Petrov served as First Deputy Foreign Minister of Borduria from January to October 2009.');
  });

  it('will not say someone still holds an office: it says what the latest source gave, and declines', () => {
    const [, still] = askInThread(office, ['when was Ivan Petrov appointed foreign minister in 2020?', 'is he still in office?']);
    expect(still!.answered).toBe(false);
    expect(still!.text).toMatch(/^I can't say whether that is still so/);
    expect(still!.citations[0]!.quote).toBe('HE was appointed Foreign Minister of Borduria on 15 October 2020.');
  });
});

describe('words of a question that ask how, not about what', () => {
  const docs = source('docs', 'Bordurian news', '2023-01-10', [
    'The Klow Agreement between Borduria and Syldavia was signed on 12 July 1996.',
    'The Agreement on Good Neighbourliness between Borduria and Syldavia was signed on 26 May 2004.',
    'The Treaty on Friendship between Borduria and Syldavia was signed on 3 March 1993.',
    'The legal base of Bordurian-Syldavian relations consists of 40 documents.',
  ]);
  const base = textEngine([docs], entities);

  it('compares the two items of a list that have the word asked ("which of the two agreements is older?")', () => {
    const [, older] = askInThread(base, ['list the treaties between Borduria and Syldavia', 'which of the two agreements is older?']);
    expect(older!.answered).toBe(true);
    expect(older!.text).toMatch(/^Klow Agreement between Borduria and Syldavia came first, 12 July 1996/);
  });

  it('reads "form" as what something consists of, and "formally" as saying nothing of the topic', () => {
    expect(base.ask('how many documents form the legal base of Bordurian-Syldavian relations?').lead).toMatch(/^40 documents/);
    expect(base.ask('has Borduria formally signed a treaty with Syldavia?').answered).toBe(true);
  });
});

describe('"they" of two people', () => {
  const talks = source('talks', 'Bordurian news', '2023-01-10', [
    'On 12 February 2022 President Ivan Petrov met Syldavian minister Olaf Kurt in Klow.',
    'Olaf Kurt and the Bordurian foreign minister noted a 7.4% increase in trade between Borduria and Syldavia.',
  ]);
  const base = textEngine([talks], [...entities, person('kurt', 'Olaf Kurt', 'sy', 'Kurt')]);

  it('may be one of them, when nothing names both', () => {
    const [, growth] = askInThread(base, ['who did Olaf Kurt meet in February 2022?', 'what trade growth did they mention?']);
    expect(growth!.answered).toBe(true);
    expect(growth!.citations[0]!.quote).toContain('7.4% increase in trade');
  });
});

describe('a pronoun inside a phrase of the lexicon', () => {
  const clashes = source('clashes', 'Bordurian news', '2023-01-10', [
    'Fighting broke out on the Bordurian-Syldavian border in May 2021. The fighting displaced thousands of civilians. The main trigger for the fighting was a dispute over a road.',
  ]);
  const base = textEngine([clashes], entities);

  it('is part of the phrase ("what set it off?"), not a reference', () => {
    const [, cause] = askInThread(base, ['what happened on the Bordurian-Syldavian border in May 2021?', 'what set it off?']);
    expect(cause!.citations[0]!.quote).toBe('The main trigger for the fighting was a dispute over a road.');
  });
});

describe('"the other way"', () => {
  const trade = source('trade', 'Bordurian news', '2023-01-10', [
    'The main export articles of Borduria to Syldavia are cheese and wool.',
    'The main import articles of Borduria from Syldavia are grain and flour.',
  ]);
  const base = textEngine([trade], entities);

  it('turns the question before round: after exports, imports', () => {
    const [, back] = askInThread(base, ['what does Borduria sell to Syldavia?', 'and what comes the other way?']);
    expect(back!.citations[0]!.quote).toBe('The main import articles of Borduria from Syldavia are grain and flour.');
  });
});
