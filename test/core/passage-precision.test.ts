// Slots read from a passage's own words, where a near reading would give a neighbouring fact: the party "for" a
// country, a joint statement (a document, not a saying), and the date of a signing next to a year in a title.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/schema.js';
import { country, curated, passageEngine, person, place, reportEngine, source, textEngine } from '../fixtures/text-base.js';

const entities = [
  country('kyrgyzstan', 'Kyrgyzstan', 'Kyrgyz'),
  country('uzbekistan', 'Uzbekistan', 'Uzbek'),
  country('tajikistan', 'Tajikistan', 'Tajik'),
  person('ali-karimov', 'Ali Karimov', 'uzbekistan', 'Karimov'),
  person('bek-osmonov', 'Bek Osmonov', 'kyrgyzstan', 'Osmonov'),
  person('jamshed-nazarov', 'Jamshed Nazarov', 'tajikistan', 'Nazarov'),
];
const engine = reportEngine(
  [
    'The Protocol on Water Sharing for the 2031 Irrigation Season was signed in Osh on May 4 by Uzbek Minister Ali Karimov, Kyrgyz Minister Bek Osmonov and Tajik Minister Jamshed Nazarov.',
    'The joint statement on Kyrgyz-Uzbek friendship was signed by Ali Karimov and Bek Osmonov.',
    'Among the documents was the Roadmap for Kyrgyz-Uzbek Trade for 2032-2036.',
  ],
  entities,
  { published: '2031-05-05' },
);
const ask = (q: string) => engine.ask(q, { today: '2032-01-10' });

describe('precision of slots read from passages', () => {
  it('reads "for <one country>" as the party asked about, and "for A and B" as both', () => {
    expect(ask('Who signed the water sharing protocol for Tajikistan?').lead).toBe('Jamshed Nazarov');
    expect(ask('Who signed the water sharing protocol for the Kyrgyz side?').lead).toBe('Bek Osmonov');
    expect(ask('кто подписал протокол со стороны Таджикистана?').lead).toBe('Jamshed Nazarov');
    const both = ask('Who signed the water sharing protocol for Tajikistan and Kyrgyzstan?').lead;
    expect(both).toContain('Bek Osmonov');
    expect(both).toContain('Jamshed Nazarov');
  });

  it('dates a signing by the day the sentence gives, not by a year in the document’s name', () => {
    expect(ask('When was the water sharing protocol signed?').lead).toMatch(/^4 May 2031/);
    expect(ask('When was the Roadmap for Kyrgyz-Uzbek Trade signed?').lead ?? '').not.toMatch(/2032/);
  });

  it('takes a joint statement for a document that was signed, not for something someone said', () => {
    expect(ask('What did Osmonov say about friendship?').answered).toBe(false);
    expect(ask('Who signed the joint statement?').lead).toBe('Ali Karimov, Bek Osmonov');
  });
});

describe('why: a purpose or reason the quote gives', () => {
  const why = reportEngine(
    [
      'Minister Ali Karimov came to Osh to take part in the session of the Kyrgyz-Uzbek water council.',
      'Minister Jamshed Nazarov visited Osh on May 3 and met Kyrgyz officials.',
      'Bek Osmonov thanked Ali Karimov for the aid provided in connection with the spring floods in the Kyrgyz south.',
    ],
    [...entities, place('osh', 'Osh')],
    { published: '2031-05-05' },
  );
  const ask = (q: string) => why.ask(q, { today: '2032-01-10' });

  it('answers why, what brought someone and the purpose of a trip with the purpose the sentence states', () => {
    const purpose = 'to take part in the session of the Kyrgyz-Uzbek water council';
    expect(ask('Why did Karimov come to Osh?').lead).toBe(purpose);
    expect(ask('What brought Karimov to Osh?').lead).toBe(purpose);
    expect(ask("What was the purpose of Karimov's trip to Osh?").lead).toBe(purpose);
  });

  it('declines when the sentence gives no reason, or the reason is the thing asked about', () => {
    const visit = ask('Why did Nazarov visit Osh?');
    expect(visit.answered).toBe(false);
    expect(visit.text).toMatch(/don't say why/);
    expect(ask('What caused the spring floods in the Kyrgyz south?').answered).toBe(false);
  });

  it('declines a "why" with no word to find the reason by, rather than describe who it names', () => {
    expect(ask('Why did Osmonov thank Karimov?').answered).toBe(false);
  });
});

describe('what one person said', () => {
  const said = reportEngine(
    [
      'Bek Osmonov met Ali Karimov in Osh and stressed the importance of water cooperation.',
      '"Our friendship has no limits," Jamshed Nazarov said at the meeting with Karimov.',
      'Ali Karimov met Jamshed Nazarov in Osh on the same day.',
      'Jamshed Nazarov, who arrived in Osh on Monday, announced a new water plan after meeting Bek Osmonov.',
      'The officials reaffirmed their commitment, emphasizing the grain agreements signed by Jamshed Nazarov.',
    ],
    [...entities, place('osh', 'Osh')],
    { published: '2031-05-05' },
  );
  const ask = (q: string) => said.ask(q, { today: '2032-01-10' });

  it('takes what a person said only from a quote in which that person is the one who says it', () => {
    expect(ask('What did Osmonov say about water cooperation?').answered).toBe(true);
    expect(ask('What did Karimov say about water cooperation?').answered).toBe(false);
    expect(ask('What did Karimov say about friendship?').answered).toBe(false);
    expect(ask('What did Nazarov say about friendship?').text).toMatch(/no limits/);
  });

  it('reads the subject across a clause between it and the saying word, and the one the question has say it', () => {
    expect(ask('What did Nazarov announce about the water plan?').text).toMatch(/new water plan/);
    expect(ask('What did Osmonov say to Nazarov about the water plan?').answered).toBe(false);
  });

  it('takes a person named only after the saying word, as what is spoken of, for no speaker', () => {
    expect(ask('What did Nazarov say about the grain agreements?').answered).toBe(false);
  });
});

describe('which body reported something', () => {
  const organisation = (id: string, name: string): Entity => ({ id, type: 'organisation', name, aliases: [] });
  const reported = reportEngine(
    [
      'Ali Karimov and Bek Osmonov held talks in Osh on May 3, the Kyrgyz MFA press service reported.',
      'Ali Karimov and Bek Osmonov held talks on water sharing and border crossings in Osh on May 3.',
      'The Uzbek water department manages the canal.',
      'Ali Karimov and Bek Osmonov held talks in Bishkek on May 5, the Uzbek state news agency reported.',
      'Ali Karimov and Bek Osmonov held talks on trade in Bishkek on May 5.',
      'The National News Agency of Uzbekistan opened an office in Osh.',
    ],
    [
      ...entities,
      place('osh', 'Osh'),
      place('bishkek', 'Bishkek'),
      organisation('kg-press-service', 'Kyrgyz MFA press service'),
      organisation('uz-water-department', 'Uzbek water department'),
      organisation('uz-news-agency', 'National News Agency of Uzbekistan'),
    ],
    { published: '2031-05-05' },
  );
  const ask = (q: string) => reported.ask(q, { today: '2032-01-10' });

  it('names the body of the kind asked that the quote names, and declines when no quote on it names one', () => {
    expect(ask('Which service reported the talks between Karimov and Osmonov?').lead).toBe('Kyrgyz MFA press service');
    expect(ask('Which department reported the talks between Karimov and Osmonov?').answered).toBe(false);
  });

  it('takes the word of the kind in the quote itself when no entity names the body', () => {
    const agency = ask('Which agency reported the talks between Karimov and Osmonov in Bishkek?');
    expect(agency.answered).toBe(true);
    expect(agency.text).toMatch(/news agency reported/);
  });
});

describe('names and numbers the question gives', () => {
  const body = reportEngine(
    [
      'The foreign ministers of Kyrgyzstan and Uzbekistan approved 9 water documents in Osh.',
      'Secretary General Ivan Petrov said the council had adopted 300 documents since 1995.',
      'Trade between Kyrgyzstan and Uzbekistan should reach $2 billion.',
      'The Water Council will meet in Bishkek in October.',
    ],
    [...entities, place('osh', 'Osh'), place('bishkek', 'Bishkek'), { id: 'ivan-petrov', type: 'person', name: 'Ivan Petrov', aliases: ['Petrov'] }],
    { published: '2031-05-05' },
  );
  const ask = (q: string) => body.ask(q, { today: '2032-01-10' });

  it('does not answer about a body written with capitals from a unit with none of its words', () => {
    expect(ask('How many water documents did the foreign ministers approve in Osh?').lead).toMatch(/^9 water documents/);
    expect(ask('How many water documents did the Council approve in Osh?').answered).toBe(false);
  });

  it('takes a Secretary General of no country for no minister of "the ministers"', () => {
    expect(ask('What did Petrov say about the documents?').text).toMatch(/300 documents/);
    expect(ask('How many documents did Petrov approve in Osh?').answered).toBe(false);
  });

  it('declines bare arithmetic rather than give a figure with the same digits', () => {
    expect(ask('what is 2+2?').answered).toBe(false);
    expect(ask('2+2').answered).toBe(false);
  });
});

describe('during an occasion, and places listed', () => {
  const visit = reportEngine(
    [
      'Uzbek President Ali Karimov paid a state visit to Bishkek, where he held talks with Kyrgyz President Bek Osmonov.',
      'The agreements on trade and cultural cooperation between Andijan and Osh, Namangan and Jalal-Abad cities were signed.',
      'The Treaty of Eternal Friendship, signed in 2029, is a milestone in the cooperation between Bishkek and Tashkent.',
    ],
    [
      ...entities,
      place('bishkek', 'Bishkek'),
      place('andijan', 'Andijan'),
      place('osh', 'Osh'),
      place('namangan', 'Namangan'),
      place('jalal-abad', 'Jalal-Abad'),
    ],
    { published: '2031-05-05' },
  );
  const ask = (q: string) => visit.ask(q, { today: '2032-01-10' });

  it("answers what happened during an occasion from the report's sentence on it, not from the occasion's own sentence", () => {
    const cities = ask("Which cities signed cooperation agreements during the Uzbek president's visit to Bishkek?").lead ?? '';
    for (const city of ['Andijan', 'Osh', 'Namangan', 'Jalal-Abad']) expect(cities).toContain(city);
  });

  it('does not need a person named only in the occasion in the sentence of what was done then', () => {
    expect(ask("What agreements were signed during Karimov's state visit to Bishkek?").text).toMatch(/Andijan and Osh/);
  });

  it('takes "between" two capitals for the two countries, not for where something happened', () => {
    expect(ask('Where was the Treaty of Eternal Friendship signed?').answered).toBe(false);
  });
});

describe('who acted, not who holds the office the question names', () => {
  const two = passageEngine(
    [
      { id: 'a', published: '2030-03-01', text: 'The water council meeting in Osh was chaired by Uzbek Foreign Minister Ali Karimov.' },
      { id: 'b', published: '2031-03-01', text: 'Uzbek Foreign Minister Timur Rashidov met Kyrgyz officials in Osh to discuss the water council.' },
    ],
    [...entities, place('osh', 'Osh'), person('timur-rashidov', 'Timur Rashidov', 'uzbekistan', 'Rashidov')],
  );
  const ask = (q: string) => two.ask(q, { today: '2032-01-10' });

  it('names who chaired the meeting, not the latest of the foreign ministers', () => {
    const chaired = ask('Who chaired the Uzbek foreign ministers meeting of the water council in Osh?');
    expect(chaired.lead).toBe('Ali Karimov');
    expect(chaired.text).not.toContain('Rashidov');
  });
});

describe('"the ministers" of a report', () => {
  const text = [
    'President Ali Karimov received the foreign ministers of Kyrgyzstan and Tajikistan in Osh.',
    'The ministers exchanged views on water sharing in the region.',
  ];
  const withOffice = textEngine(
    [source('m', 'Ministers in Osh', '2031-05-05', text)],
    [...entities, place('osh', 'Osh')],
    [
      {
        ...curated('karimov-president', 'office', ['ali-karimov', 'uzbekistan'], text[0]!, 'm'),
        title: 'Ali Karimov, President of Uzbekistan',
        summary: 'Ali Karimov, President of Uzbekistan, received the foreign ministers of Kyrgyzstan and Tajikistan.',
      },
    ],
  );

  it('does not count a president among them because his office fact mentions ministers', () => {
    expect(withOffice.ask('What did Karimov say about water sharing?', { today: '2032-01-10' }).answered).toBe(false);
  });
});

describe('a side that is acted on', () => {
  const thanked = reportEngine(
    ['Uzbek Minister Ali Karimov thanked the Kyrgyz side for its hospitality.', 'Kyrgyz Minister Bek Osmonov will visit Tashkent in June.'],
    [...entities, place('tashkent', 'Tashkent')],
    { published: '2031-05-05' },
  );

  it('answers who did something to a side with who did it, not with a person of that side', () => {
    expect(thanked.ask('Who thanked the Kyrgyz side for its hospitality?', { today: '2032-01-10' }).lead).toBe('Ali Karimov');
  });
});

describe('the sentence after', () => {
  const after = reportEngine(
    [
      'The ministers noted the importance of the Canal Agreement recently signed by Uzbekistan and Kyrgyzstan.',
      'The canal supplies water to irrigated lands in Osh and Andijan.',
    ],
    [...entities, place('osh', 'Osh'), place('andijan', 'Andijan')],
    { published: '2031-05-05' },
  );

  it('answers where something was signed only from a next sentence that tells of the signing', () => {
    expect(after.ask('Where was the Canal Agreement signed?', { today: '2032-01-10' }).answered).toBe(false);
  });
});

describe('what the presidents did', () => {
  const signed = reportEngine(
    ['Following the talks in Osh, the presidents of Kyrgyzstan and Uzbekistan signed a Joint Declaration on Water.'],
    [...entities, place('osh', 'Osh')],
    { published: '2031-05-05' },
  );

  it('reads "what did the presidents sign?" as asking what, not which president', () => {
    const what = signed.ask('What did the presidents of Kyrgyzstan and Uzbekistan sign in Osh?', { today: '2032-01-10' });
    expect(what.answered).toBe(true);
    expect(what.text).toMatch(/Joint Declaration on Water/);
  });
});
