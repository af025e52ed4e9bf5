// Follow-ups over made-up sources: what a follow-up's words add to the question it is made to be — the side
// a "who … for X" asks about, the event an ellipsis asks after, whose a possessive makes it.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import type { Entity, Fact } from '../../src/core/schema.js';
import { askInThread, country, curated, person, place, source, textEngine } from '../fixtures/text-base.js';

const NOW = '2026-01-10T12:00:00Z';

const thread = (engine: Engine, ...questions: string[]) => askInThread(engine, questions, NOW);

/** An engine over one source of these sentences, with these entities besides the countries and Petrov. */
const gazette = (title: string, sentences: string[], more: Entity[] = []) =>
  textEngine([source('gazette', title, '2021-05-01', sentences)], [...entities, ...more]);

const entities = [
  country('bo', 'Borduria', 'Bordurian', 'Republic of Borduria'),
  country('sy', 'Syldavia', 'Syldavian', 'Republic of Syldavia'),
  person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
];

describe('"who signed it for X?"', () => {
  const quote =
    'The Treaty on Friendship between the Republic of Borduria and the Republic of Syldavia was signed in 1994 as a result of President Ivan Petrov’s visit to Syldavia.';
  const treaty: Fact = {
    id: 'friendship-treaty',
    kind: 'treaty',
    title: 'Treaty on Friendship between the Republic of Borduria and the Republic of Syldavia',
    summary: quote,
    entities: ['bo', 'sy', 'petrov'],
    status: 'done',
    keywords: [],
    quotes: [quote],
    source: 'gazette',
  };
  const engine = textEngine([source('gazette', 'Borduria and Syldavia', '2021-05-01', [quote])], entities, [treaty]);

  it('names no one of another side', () => {
    const [what, signed] = thread(engine, 'What is the Treaty on Friendship?', 'who signed it for Syldavia?');
    expect(what?.answered).toBe(true);
    expect(signed?.answered).toBe(false);
    expect(signed?.lead ?? '').not.toMatch(/Petrov/);
  });

  it('keeps the question words of a slot asked after a decline together', () => {
    const [, , articles] = thread(engine, 'What is the Treaty on Friendship?', 'who signed it for Syldavia?', 'how many articles does it have?');
    expect(articles?.answered).toBe(false);
  });
});

describe('"by signing what?"', () => {
  const withSyldavia = 'Diplomatic relations between Borduria and Syldavia were established on 3 March 1994 by the signing of the Protocol on friendship.';
  const withZembla = 'Diplomatic relations between Borduria and Zembla were established on 10 March 1994.';
  const relations = (id: string, other: string, name: string, quote: string, on: string): Fact => ({
    ...curated(id, 'relations', ['bo', other], quote, 'gazette'),
    title: `Diplomatic relations between Borduria and ${name} established`,
    date: { on },
  });
  const engine = textEngine(
    [source('gazette', 'Borduria and its neighbours', '2021-05-01', [withSyldavia, 'Borduria and Syldavia signed a fisheries agreement in 2001.', withZembla])],
    [...entities, country('ze', 'Zembla', 'Zemblan')],
    [relations('bo-sy', 'sy', 'Syldavia', withSyldavia, '1994-03-03'), relations('bo-ze', 'ze', 'Zembla', withZembla, '1994-03-10')],
  );

  it('asks after the event the answer before gave, and so do the follow-ups after it', () => {
    const [relations, signing, zembla, apart] = thread(
      engine,
      'When did Borduria and Syldavia establish diplomatic relations?',
      'by signing what?',
      'and with Zembla?',
      'how many days apart?',
    );
    expect(relations?.lead).toBe('3 March 1994');
    expect(signing?.text).toMatch(/Protocol on friendship/);
    expect(zembla?.text).toMatch(/10 March 1994/);
    expect(apart?.lead).toMatch(/^7 days/);
  });
});

describe('"his president"', () => {
  const people = [
    ...entities,
    person('sven', 'Olaf Sven', 'sy', 'Sven'),
    person('kova', 'Anna Kova', 'bo', 'Kova'),
    { id: 'blum', type: 'person' as const, name: 'Max Blum', aliases: ['Blum'] },
  ];
  const engine = textEngine(
    [
      source('gazette', 'Petrov in Syldavia', '2021-05-01', [
        'Bordurian Foreign Minister Ivan Petrov arrived in Syldavia on Monday.',
        'On Tuesday Petrov met Syldavian President Olaf Sven in Syldavia.',
        'Petrov revealed that President Anna Kova was planning to visit Syldavia later this year.',
        'The writer Max Blum arrived in Syldavia on Wednesday.',
        'Max Blum met President Olaf Sven in Syldavia on Thursday.',
      ]),
    ],
    people,
  );

  it('is the president of his country', () => {
    const [arrived, president] = thread(engine, 'When did Petrov arrive in Syldavia?', 'is his president going to Syldavia too?');
    expect(arrived?.answered).toBe(true);
    expect(president?.text).toMatch(/Anna Kova/);
    // A plan, said as one ("going to" asks about it), never a visit made.
    expect(president?.text).toMatch(/as a plan/);
  });

  it('is unclear of a person of no known country', () => {
    const [arrived, president] = thread(engine, 'When did Max Blum arrive in Syldavia?', 'is his president going to Syldavia too?');
    expect(arrived?.answered).toBe(true);
    expect(president?.answered).toBe(false);
  });
});

describe('"and Syldavia\'s in Klow?"', () => {
  const engine = gazette(
    'Missions',
    [
      'The diplomatic mission of Borduria in Syldavia started functioning in June 1993.',
      'The diplomatic mission of Syldavia in Klow has operated since April 1998.',
    ],
    [place('klow', 'Klow')],
  );

  it('switches whose mission it is, and where', () => {
    const [bordurian, syldavian] = thread(engine, "When did Borduria's mission in Syldavia open?", "and Syldavia's in Klow?");
    expect(bordurian?.lead).toBe('June 1993');
    expect(syldavian?.lead).toBe('April 1998');
  });
});

describe('"what else …?" after a decline', () => {
  const engine = gazette(
    'Petrov in Klow',
    ['Ivan Petrov laid a wreath at the monument to the founders in Klow.', 'In Klow, Ivan Petrov also held talks with the Syldavian foreign minister.'],
    [place('klow', 'Klow')],
  );

  it('leaves out what the last answer gave', () => {
    const [wreath, tall, rest] = thread(engine, 'Where did Petrov lay a wreath?', 'how tall is that monument?', 'what else did Petrov do in Klow?');
    expect(wreath?.answered).toBe(true);
    expect(tall?.answered).toBe(false);
    expect(rest?.text).toMatch(/held talks/);
  });
});

describe('"and Syldavia?" after a decline', () => {
  const engine = textEngine(
    [
      source('gazette', 'Agreements', '2021-05-01', ['Borduria and Syldavia signed a fisheries agreement on 3 May 2004.']),
      source('herald', 'Embassies', '2021-05-01', ['Zembla opened an embassy in Syldavia in 1999.']),
    ],
    [...entities, country('ze', 'Zembla', 'Zemblan')],
  );

  it('may take the place of either country asked before', () => {
    const [zembla, syldavia] = thread(engine, 'When did Zembla sign a fisheries agreement with Borduria?', 'and Syldavia?');
    expect(zembla?.answered).toBe(false);
    expect(syldavia?.lead).toBe('3 May 2004');
  });
});

describe('"where does it stand now?" after a target', () => {
  const target = 'The sides agreed to raise trade turnover to 2 billion dollars.';
  const engine = textEngine(
    [source('gazette', 'Trade', '2021-05-01', [target]), source('herald', 'Klow', '2021-05-01', ['The monument to the founders of Syldavia stands in Klow.'])],
    [...entities, place('klow', 'Klow')],
    [{ ...curated('trade-target', 'trade', ['bo', 'sy'], target, 'gazette'), title: 'Bordurian-Syldavian trade target of $2 billion', status: 'planned' }],
  );

  it('is no monument that stands, found with fewer of the names', () => {
    const [set, stands] = thread(engine, 'What trade target have Borduria and Syldavia set?', 'and where does it stand now?');
    expect(set?.answered).toBe(true);
    expect(stands?.text ?? '').not.toMatch(/Klow/);
  });
});

describe('a follow-up after a false premise', () => {
  const engine = textEngine(
    [
      source('gazette', 'Friendship', '2021-05-01', ['Ivan Petrov commended the Treaty on Friendship between Borduria and Syldavia.']),
      source('herald', 'Sven', '2021-05-01', ['Olaf Sven arrived in Borduria on Monday.']),
    ],
    [...entities, person('sven', 'Olaf Sven', 'sy', 'Sven')],
  );

  it('does not carry the names the sources did not know together', () => {
    const [signed, praised] = thread(engine, 'When did Olaf Sven sign the Treaty on Friendship?', 'ok, who praised that treaty then?');
    expect(signed?.answered).toBe(false);
    expect(praised?.lead).toBe('Ivan Petrov');
  });
});
