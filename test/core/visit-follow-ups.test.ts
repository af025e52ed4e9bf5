// Follow-ups on a visit or talks: "whose visit was that?" asks for the one who went, not the host; "what came out of
// it?" for the talks' result. Made-up sources.
import { describe, expect, it } from 'vitest';
import { askInThread, country, curated, person, place, source, textEngine } from '../fixtures/text-base.js';

const entities = [
  country('bo', 'Borduria', 'Bordurian'),
  country('sy', 'Syldavia', 'Syldavian'),
  person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
  person('ottokar', 'Ottokar Malin', 'sy', 'Ottokar', 'Malin'),
];

describe('whose visit', () => {
  const quote =
    'Agreement on creating the Fisheries Fund was reached during the official visit of the President of Borduria to Syldavia on 12-13 September 2007 and the meeting of Presidents Ottokar Malin and Ivan Petrov.';
  const engine = textEngine([source('gazette', 'Fisheries Fund', '2007-09-14', [quote])], entities, [
    { ...curated('fund', 'treaty', ['bo', 'sy', 'petrov', 'ottokar'], quote, 'gazette'), title: 'Agreement on the Fisheries Fund', date: { on: '2007-09-12' } },
  ]);

  it('is the visitor: the one of the country the visit did not go to', () => {
    const [, whose] = askInThread(engine, ['What was reached during the September 2007 visit?', 'whose visit was that?']);
    expect(whose!.lead).toBe('Ivan Petrov');
  });
});

describe('what came out of the talks', () => {
  const talks = 'On 19 November 2020 Foreign Minister Ivan Petrov held talks with his Syldavian counterpart Ottokar Malin on fishing quotas.';
  const programme =
    'The foreign ministries of Syldavia and Borduria signed a cooperation program for 2021-2022 as the result of the talks between Foreign Ministers Ivan Petrov and Ottokar Malin.';
  const all = ['bo', 'sy', 'petrov', 'ottokar'];
  const engine = textEngine([source('wire', 'Ministers meet', '2020-11-20', [talks, programme])], entities, [
    {
      ...curated('talks', 'visit', all, talks, 'wire'),
      title: 'Talks between the Bordurian and Syldavian foreign ministers, November 2020',
      date: { on: '2020-11-19' },
    },
    { ...curated('programme', 'programme', all, programme, 'wire'), title: 'Cooperation program for 2021-2022', date: { on: '2020-11-19' } },
  ]);

  it('is what the sources say resulted from them', () => {
    const [first, result] = askInThread(engine, ['What was discussed when Petrov met Malin?', 'what came out of it?']);
    expect(first!.text).toMatch(/fishing/);
    expect(result!.facts[0]?.id).toBe('programme');
  });
});

describe('which organisation came up at talks', () => {
  const visit = 'On an official visit to Klow, Foreign Minister Ivan Petrov held talks with his Syldavian counterpart Ottokar Malin.';
  const withBody = [...entities, place('klow', 'Klow'), { id: 'bo-mfa', type: 'organisation' as const, name: 'Bordurian Foreign Ministry', aliases: [] }];
  const engine = textEngine([source('wire', 'Petrov in Klow', '2024-03-01', [visit])], withBody, [
    { ...curated('visit', 'visit', ['bo', 'sy', 'petrov', 'ottokar', 'klow', 'bo-mfa'], visit, 'wire'), title: "Petrov's official visit to Klow" },
  ]);

  it('is not answered by the talks, which name no organisation', () => {
    const a = engine.ask('which organisation came up in the Klow talks with Petrov?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/don't say which one/);
  });
});
