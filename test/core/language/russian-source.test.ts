// A source written in Russian answers as an English one does: its sentences are found by the English terms their
// words stand for ("мощность" is capacity) and by the names they inflect ("Вальской ГЭС" is the Vals HPP), from a
// question in either language.
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine, source, textEngine } from '../../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Министры энергетики Бордурии и Земблы в пятницу подписали в Клове соглашение о строительстве Вальской ГЭС.',
    'Мощность Вальской ГЭС составит 1860 МВт.',
    'Стоимость Вальской ГЭС оценивается в 5-6 млрд долларов.',
  ],
  [country('bo', 'Borduria', 'Бордурия'), country('ze', 'Zembla', 'Зембла'), { id: 'vals', type: 'place', name: 'Vals HPP', aliases: ['Вальская ГЭС'] }],
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a source in Russian', () => {
  it('answers a Russian question by a name the sentence inflects', () => {
    expect(ask('Какова мощность Вальской ГЭС?').text).toMatch(/1860/);
  });

  it('answers an English question by the terms its words stand for', () => {
    expect(ask('What is the capacity of the Vals HPP?').text).toMatch(/1860/);
  });
});

/** The talks of two ministers, in Russian: the lead names them (in oblique cases), then the sentence given. */
function talksIn(id: string, next: string) {
  const report = {
    ...source(id, 'О переговорах', '2024-05-14', [
      '14 мая 2024 года в г. Клове состоялись переговоры министра иностранных дел Бордурии Ивана Петрова с министром иностранных дел Земблы Яном Ковалем.',
      next,
    ]),
    language: 'ru',
  };
  const entities = [
    country('bo', 'Borduria', 'Бордурия'),
    country('ze', 'Zembla', 'Зембла'),
    person('petrov', 'Ivan Petrov', 'bo', 'Petrov', 'Иван Петров', 'Петров'),
    person('koval', 'Jan Koval', 'ze', 'Koval', 'Ян Коваль', 'Коваль'),
  ];
  const ru = textEngine([report], entities);
  return (q: string) => ru.ask(q, { today: '2026-01-10' });
}

describe('the dates and plans of a source in Russian', () => {
  const ask = talksIn(
    'ru1',
    'Стороны обсудили подготовку к государственному визиту Президента Земблы в Бордурию, который планируется провести во второй половине текущего года.',
  );

  it('reads a date written in Russian', () => {
    expect(ask('Когда состоялись переговоры Петрова и Коваля?').text).toMatch(/14 мая 2024/);
  });

  it('reads a plan written in Russian as a plan', () => {
    expect(ask('When will the President of Zembla visit Borduria?').text).toMatch(/^Planned/);
  });

  it('says a plan of "во второй половине текущего года" in those words, not as its year alone', () => {
    expect(ask('Когда планируется визит Президента Земблы в Бордурию?').text).toMatch(/^Запланировано: 2024 г\. \(«во второй половине текущего года»\)/);
  });
});

describe('the people of a source in Russian', () => {
  const ask = talksIn(
    'ru2',
    'По итогам переговоров подписана Программа сотрудничества между министерствами иностранных дел Бордурии и Земблы на 2024-2025 годы.',
  );

  it('names the people a sentence inflects ("с министром … Яном Ковалем")', () => {
    expect(ask('Who did Koval meet?').text).toMatch(/^Ivan Petrov/);
  });

  it('reads "по итогам переговоров" as what the people of the talks did', () => {
    expect(ask('What did Petrov and Koval sign?').text).toMatch(/Программа сотрудничества/);
  });
});

describe('the figures of a source in Russian', () => {
  const report = { ...source('ru3', 'О ГЭС', '', ['Стоимость Вальской ГЭС оценивается в 5-6 млрд долларов.']), language: 'ru' };
  const ru = textEngine([report], [country('bo', 'Borduria', 'Бордурия'), { id: 'vals', type: 'place', name: 'Vals HPP', aliases: ['Вальская ГЭС'] }]);
  const ask = (q: string) => ru.ask(q, { today: '2026-01-10' });

  it('says a range as it is written, in either language', () => {
    expect(ask('Сколько стоит Вальская ГЭС?').text).toMatch(/^5-6 млрд долларов\./);
    expect(ask('How much does the Vals HPP cost?').text).toMatch(/^5-6 млрд долларов\./);
  });
});
