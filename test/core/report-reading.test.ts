// How a news report's own words answer: a "first" the sentence itself gives, a plan said as written and as of its
// report, a dateline that dates the report and not the event, a negated stage, a person asked for by a noun that
// is no office, "the two leaders" standing for people named in another paragraph, and the report's place.
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/engine.js';
import { country, curated, passageEngine, person, place, reportEngine, source, textEngine } from '../fixtures/text-base.js';

const entities = [
  country('norlandia', 'Norlandia', 'Norlandian'),
  country('sudaria', 'Sudaria', 'Sudarian'),
  person('arvid-tolk', 'Arvid Tolk', 'norlandia', 'Tolk'),
  person('mira-senn', 'Mira Senn', 'sudaria', 'Senn'),
  person('oskar-brandt', 'Oskar Brandt', 'norlandia', 'Brandt'),
  person('ilse-vanko', 'Ilse Vanko', 'sudaria', 'Vanko'),
  place('velgrad', 'Velgrad'),
  place('orsk', 'Orsk'),
  place('lunva', 'Lunva river', 'Lunva'),
  place('korrin', 'Korrin'),
];
const TODAY = { today: '2026-01-10' };

describe('an ordinal the sentence gives itself', () => {
  const engine = reportEngine(
    [
      'Norlandia and Sudaria set up a joint commission on the Lunva river in Velgrad on March 2, 2024.',
      'The commission is to hold its first meeting next month in Orsk.',
      'The sides also agreed to resume direct flights between Velgrad and Orsk, suspended since 2020. The first flight is expected next month, officials said.',
    ],
    entities,
    { published: '2025-03-06', title: 'Norlandia and Sudaria set up a river commission' },
  );

  it('answers with the sentence that says "its first meeting", as a plan of "next month", not with the earliest dated one', () => {
    const a = engine.ask('When will the commission hold its first meeting?', TODAY);
    expect(a.answered).toBe(true);
    expect(a.lead).toMatch(/^Not yet: expected “next month”, as of the report of March 2025/);
    expect(a.citations[0]!.quote).toMatch(/first meeting next month/);
  });

  it('finds the sentence that says "the first flight" when a sentence before fits more of the question', () => {
    const a = engine.ask('When is the first resumed Velgrad–Orsk flight expected?', TODAY);
    expect(a.lead).toMatch(/expected “next month”/);
    expect(a.lead).not.toMatch(/2020/);
  });

  it('still reads "first" as a position among like facts when the sentence gives it to another thing', () => {
    const talks = reportEngine(
      [
        'Norlandia and Sudaria held talks in Velgrad on May 3, 2021.',
        'Norlandia and Sudaria held talks in Orsk on June 9, 2023, the first such event in the city.',
      ],
      entities,
    );
    expect(talks.ask('When did Norlandia and Sudaria first hold talks?', TODAY).lead).toBe('3 May 2021');
  });
});

describe('a dateline and the event', () => {
  const engine = reportEngine(
    [
      'ORSK, June 18 — The energy ministers of Norlandia and Sudaria on Monday approved the final text of the Lunva agreement.',
      'The agreement has not yet been signed.',
    ],
    entities,
    { published: '2025-06-18', title: 'Norlandia and Sudaria approve the text of the Lunva agreement' },
  );

  it('dates what the sentence tells by its own "on Monday", not by the dateline of the report', () => {
    const a = engine.ask('When did the energy ministers approve the Lunva text?', TODAY);
    expect(a.lead).toMatch(/^16 June 2025/);
  });

  it('reads "sign off on" as approving', () => {
    expect(engine.ask('when did the energy ministers sign off on the lunva text', TODAY).lead).toMatch(/^16 June 2025/);
  });

  it('answers no to a stage the sentence denies with words between ("has not yet been signed")', () => {
    const a = engine.ask('Has the Lunva agreement been signed yet?', TODAY);
    expect(a.lead).toBe('No');
  });
});

describe('a date that dates a saying, and a dateline with its agency', () => {
  const engine = reportEngine(
    [
      'VELGRAD, Nov. 14 (Lunva Press) - Norlandia and Sudaria agreed to open a consulate in Orsk, which is expected to be opened in spring, the ministry said on Friday.',
      'Norlandia and Sudaria signed a customs protocol in Korrin, the ministry said on Friday.',
    ],
    entities,
    { published: '2025-11-14', title: 'Norlandia and Sudaria agree on a consulate' },
  );

  it('answers a plan as written ("in spring"), not with the day the ministry spoke', () => {
    const a = engine.ask('When will the consulate in Orsk open?', TODAY);
    expect(a.lead).toMatch(/^Not yet: expected “in spring”, as of the report of November 2025/);
    expect(a.lead).not.toMatch(/14 November|10 November/);
  });

  it('still dates a sentence by its saying when it has no other date', () => {
    expect(engine.ask('When did Norlandia and Sudaria sign the customs protocol?', TODAY).lead).toMatch(/^14 November 2025/);
  });
});

describe('people asked for by a noun that names no office', () => {
  const engine = reportEngine(
    [
      'KORRIN — Norlandia and Sudaria on Friday reopened the Korrin crossing after a year of works.',
      'The reopening ceremony was attended by Oskar Brandt, head of the Norlandian customs, and Ilse Vanko, deputy chairman of the Sudarian cabinet.',
    ],
    entities,
  );

  it('answers "which Sudarian official" with the person of that country the sentence names', () => {
    const a = engine.ask('Which Sudarian official was at the Korrin reopening ceremony?', TODAY);
    expect(a.lead).toBe('Ilse Vanko');
  });
});

describe('the two leaders of another paragraph', () => {
  const engine = reportEngine(
    [
      'President of Norlandia Arvid Tolk arrived in Orsk on Tuesday and held talks with President Mira Senn.',
      'Following the talks, the two leaders signed a Treaty on Friendship between Norlandia and Sudaria.',
    ],
    entities,
    { published: '2025-05-14', title: 'Tolk in Orsk: Norlandia and Sudaria sign a friendship treaty' },
  );

  it('counts the people its headline and the paragraph before name as those "the two leaders" stands for', () => {
    const a = engine.ask('What treaty did Tolk and Mira Senn sign?', TODAY);
    expect(a.answered).toBe(true);
    expect(a.citations[0]!.quote).toMatch(/Treaty on Friendship/);
  });
});

describe('the place of a report', () => {
  const engine = reportEngine(
    [
      'VELGRAD, March 6 — Norlandia and Sudaria agreed on Tuesday on a water schedule after two days of talks in Velgrad.',
      'Under the schedule, the reservoir will release more water downstream in the summer months.',
      'The ministers also signed a protocol setting up a joint working group on fisheries.',
    ],
    entities,
    { published: '2025-03-06', title: 'Norlandia, Sudaria agree Lunva river schedule' },
  );

  it('credits a sentence with the place its report is from when only its headline names another place', () => {
    const trace: Trace = {};
    const a = engine.ask('what protocol did the norlandian and sudarian ministers sign in velgrad?', { ...TODAY, trace });
    expect(a.citations[0]!.quote).toMatch(/signed a protocol/);
    // "In Velgrad" is met (in part) by the report from Velgrad, though its headline names a river.
    expect(trace.candidates![0]!.missing.map((t) => t.word)).toEqual([]);
  });
});

describe('a neighbouring figure is no answer', () => {
  const engine = reportEngine(
    [
      'KORRIN — Norlandia and Sudaria on Friday reopened the Korrin crossing. Last year about 2.3 million people crossed the border at Korrin.',
      'A second crossing, at Velgrad, is to be rebuilt next year.',
      'Tolk said Norlandia was interested in buying Sudarian natural gas. Trade between the two countries reached $186 million last year.',
      'In return, Sudaria will supply Norlandia with 500 million kilowatt-hours of electricity during the winter months.',
      'The new reservoir is expected to give Norlandian farmers more water in summer.',
    ],
    entities,
    { title: 'Norlandia and Sudaria reopen the Korrin crossing' },
  );

  it('declines a figure of another place than the one asked', () => {
    expect(engine.ask('How many people crossed the border at Korrin last year?', TODAY).lead).toMatch(/2\.3 million/);
    expect(engine.ask('How many people crossed the border at Velgrad last year?', TODAY).answered).toBe(false);
  });

  it('declines a sentence that has the question’s words only in the sentence before it', () => {
    expect(engine.ask('How much Sudarian gas will Norlandia buy?', TODAY).answered).toBe(false);
  });

  it('declines a figure of another season', () => {
    expect(engine.ask('How much electricity will Sudaria supply to Norlandia in winter?', TODAY).lead).toMatch(/500 million/);
    expect(engine.ask('How much electricity will Sudaria supply to Norlandia in summer?', TODAY).answered).toBe(false);
  });
});

describe('where the question puts it', () => {
  const engine = reportEngine(
    [
      'Norlandian Foreign Minister Oskar Brandt, who visited both countries this week, spoke after meeting with Sudaria’s president, Mira Senn, on Monday.',
      'Sudaria and Norlandia: the diplomatic mission of Norlandia opened in Velgrad in April 1998.',
      'The mission of Sudaria in Norlandia opened in June 1993.',
    ],
    [...entities, { ...place('velgrad-city', 'Velgrad'), country: 'sudaria' }].filter((e) => e.id !== 'velgrad'),
  );

  it('answers who was met in a country only with a person of that country', () => {
    expect(engine.ask('Who did Oskar Brandt meet in Sudaria?', TODAY).lead).toBe('Mira Senn');
    expect(engine.ask('Who did Oskar Brandt meet in Norlandia?', TODAY).answered).toBe(false);
  });

  it('does not answer for a mission in one country with one in a city of another', () => {
    expect(engine.ask('When did Sudaria open its diplomatic mission in Norlandia?', TODAY).lead).toBe('June 1993');
  });
});

describe('words a question asks by', () => {
  it('reads "who is called …" as who is named so, not who said something', () => {
    const quote = 'Arvid Tolk was the founder and first ruler of the Norlandian state.';
    const engine = textEngine([source('b', 'Norlandian history', '', [quote, 'Mira Senn said the state was founded long ago.'])], entities, [
      {
        ...curated('tolk-founder', 'biography', ['arvid-tolk', 'norlandia'], quote, 'b'),
        title: 'Arvid Tolk, founder and first ruler of the Norlandian state',
      },
    ]);
    expect(engine.ask('Who is called the founder and first ruler of the Norlandian state?', TODAY).lead).toBe('Arvid Tolk');
  });

  it('takes an office from the words before a name in a curated quote of any kind', () => {
    const quote = 'The minister revealed that President Arvid Tolk was planning to visit Sudaria later this year.';
    const engine = textEngine([source('v', 'Tolk to visit Sudaria', '', [quote])], entities, [
      { ...curated('tolk-visit', 'visit', ['arvid-tolk', 'norlandia', 'sudaria'], quote, 'v'), status: 'planned' },
    ]);
    expect(engine.ask('which norlandian leader plans to visit sudaria', TODAY).lead).toBe('Arvid Tolk');
  });
});

describe('a date in a name', () => {
  it('reads "the 2021-22 programme" as the one of 2021-2022, signed before it', () => {
    const engine = reportEngine(
      ['The foreign ministries of Norlandia and Sudaria signed a Cooperation Programme for 2021-2022 on November 19, 2020.'],
      entities,
    );
    expect(engine.ask('When was the 2021-22 Norlandia-Sudaria programme signed?', TODAY).lead).toBe('19 November 2020');
  });
});

describe('two reports of one figure', () => {
  const engine = passageEngine(
    [
      {
        id: 'a',
        title: 'Norlandian-Sudarian border commission meets',
        text: 'The commission met in Orsk on Wednesday.\n\nAccording to the commission, 1,138 border markers have now been installed along the 1,257-kilometre border as the demarcation goes on, 64 of them since the previous meeting.',
      },
      {
        id: 'b',
        title: 'Norlandia and Sudaria reopen a crossing',
        text: 'The Norlandian-Sudarian border is about 1,200 kilometres long and has 12 road checkpoints.',
      },
    ],
    entities,
  );

  it('shows both figures, each with its source, when reports give the border different lengths', () => {
    const a = engine.ask('How long is the Norlandian-Sudarian border?', TODAY);
    expect(a.text).toMatch(/Sources differ — .*1,200 kilometres.*1,257-kilometre|Sources differ — .*1,257-kilometre.*1,200 kilometres/);
    expect(a.citations.map((c) => c.source.id).sort()).toEqual(['a', 'b']);
    expect(a.conflicts).toHaveLength(1);
  });
});
