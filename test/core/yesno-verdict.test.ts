// A yes/no question is answered with a verdict or declined: never with whatever fact a plain look-up finds.
import { describe, expect, it } from 'vitest';
import { engine, TODAY } from '../helpers.js';
import { country, person, source, textEngine } from '../fixtures/text-base.js';

describe('yes/no questions', () => {
  it.each(['were the SCO and CSTO mentioned at the talks in Astana in February 2025?', 'упоминались ли ШОС и ОДКБ на переговорах в Бишкеке в 2020 году?'])(
    'answers "%s" with yes or no, or declines',
    (q) => {
      const a = engine().ask(q, { today: TODAY });
      if (a.answered) expect(a.lead).toMatch(/^(Yes|No|Not according|Да|Нет|По моим источникам)/);
      else expect(a.text).toMatch(/^(I don't know|Я этого не знаю)/);
    },
  );
});

describe('yes/no on a plan', () => {
  const planned = textEngine(
    [source('herald', 'Syldavian herald', '2021-05-01', ['King Ottokar was planning to visit Borduria later this year.'])],
    [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), person('ottokar', 'King Ottokar', 'sy', 'Ottokar')],
  );
  it.each(['Is Ottokar planning to visit Borduria?', 'is ottokar going to visit borduria?'])(
    'says yes, as a plan, when the plan is what is asked: "%s"',
    (q) => {
      const a = planned.ask(q);
      expect(a.lead).toBe('Yes');
      expect(a.text).toMatch(/reports it as a plan/);
    },
  );
  it('never turns the plan into the visit', () => {
    expect(planned.ask('Did Ottokar visit Borduria?').lead).toBe('Not according to my sources');
  });
});

describe('yes/no on a document being prepared', () => {
  const prepared = textEngine(
    [
      source('wire', 'Syldavian wire', '2023-03-07', [
        'According to the Syldavian side, some 20 documents are being prepared for signing during the visit, among them a draft Treaty on Allied Relations between Syldavia and Borduria.',
      ]),
    ],
    [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  );
  it('says it is only a plan, not that it was signed', () => {
    const a = prepared.ask('Has the Treaty on Allied Relations between Syldavia and Borduria been signed?');
    expect(a.lead).toBe('Not according to my sources');
    expect(a.text).toMatch(/only a plan/);
  });
});
