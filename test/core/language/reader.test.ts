// The Russian reader on a small fixture base: a question in Russian (or typed in Latin letters) becomes the
// engine's English question. The language data is the real lang/ru; the entities are the few written here.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Calendar, type DateFormat } from '../../../src/core/language/calendar.js';
import { RussianReader, type RussianData } from '../../../src/core/language/russian.js';
import type { Entity } from '../../../src/core/schema.js';

const load = (name: string) => parse(readFileSync(`lang/ru/${name}.yaml`, 'utf8'));
const data = { lexicon: load('lexicon'), templates: {}, format: {}, translit: load('translit'), intents: {} } as RussianData;

const ENTITIES: Entity[] = [
  { id: 'kyrgyzstan', type: 'country', name: 'Kyrgyzstan', aliases: ['Kyrgyz Republic', 'Кыргызстан', 'Киргизия', 'КР'] },
  { id: 'kazakhstan', type: 'country', name: 'Kazakhstan', aliases: ['Казахстан', 'РК'] },
  { id: 'denmark', type: 'country', name: 'Denmark', aliases: ['Дания'] },
  { id: 'kazakhstan-mfa', type: 'organisation', name: 'Kazakh MFA', aliases: ['МИД Казахстана'], country: 'kazakhstan' },
  { id: 'dushanbe', type: 'place', name: 'Dushanbe', aliases: ['Душанбе', 'душанбинский'] },
  { id: 'kazakbayev', type: 'person', name: 'Ruslan Kazakbayev', aliases: ['Kazakbayev', 'Казакбаев'] },
  // A name with Latin spellings only, as a source pack brings it.
  { id: 'mirziyoyev', type: 'person', name: 'Shavkat Mirziyoyev', aliases: ['Mirziyoyev'] },
];
const english = new Calendar(parse(readFileSync('lang/en/format.yaml', 'utf8')) as DateFormat);
const reader = new RussianReader(data, ENTITIES, english);
const pivot = (q: string, aboutPerson?: boolean) => reader.pivot(q, aboutPerson === undefined ? undefined : { aboutPerson });

describe('Russian reader: names', () => {
  it('finds a name in any case, typed in lowercase', () => {
    expect(pivot('граница киргизии и казахстаном')).toBe('border Kyrgyzstan Kazakhstan');
    expect(pivot('что сказал казакбаеву')).toBe('what said Ruslan Kazakbayev');
  });

  it('finds an adjective made from a name ("душанбинское соглашение")', () => {
    expect(pivot('душанбинское соглашение')).toBe('Dushanbe agreement');
  });

  it('takes no ordinary word for a name that shares its stem ("по данным" is not Denmark)', () => {
    expect(pivot('данным Дании')).toBe('Denmark');
  });

  it('reads the body an attribution names as the English cites it ("по данным МИД Казахстана"), and a country as no body', () => {
    expect(pivot('граница КР по данным МИД Казахстана')).toBe('border Kyrgyzstan according to Kazakh MFA');
    expect(pivot('граница согласно Казахстану')).toBe('border Kazakhstan');
  });

  it('finds a Cyrillic name the data spells only in Latin letters, in any case', () => {
    expect(pivot('когда Мирзиёев посетил Казахстан')).toBe('when Shavkat Mirziyoyev visit Kazakhstan');
    expect(pivot('Мирзиёева')).toBe('Shavkat Mirziyoyev');
    expect(pivot('Ваухаус')).toBe('Vaukhaus');
  });

  it('keeps a Latin name mixed with Russian words', () => {
    expect(pivot('кого принял Mirziyoyev в Душанбе')).toBe('who talks mirziyoyev Dushanbe');
  });

  it('reads a body of one country shared with a second as both ("МИД Казахстана и Кыргызстана")', () => {
    expect(pivot('программа МИД Казахстана и Кыргызстана')).toBe('program foreign ministry Kazakhstan Kyrgyzstan');
  });
});

describe('Russian reader: words', () => {
  it('reads "население" as population, not as the residents a sentence may mention', () => {
    expect(pivot('какое население кыргызстана?')).toBe('what population Kyrgyzstan');
    expect(pivot('жители Кыргызстана')).toBe('residents Kyrgyzstan');
  });

  it('reads a valley where borders meet ("в какой долине сходятся границы")', () => {
    expect(pivot('в какой долине сходятся границы')).toBe('what valley meet border');
  });
});

describe('Russian reader: periods', () => {
  it('reads a preposition before a year as the English one ("с 1993 по 2013 год": from 1993 to 2013)', () => {
    expect(pivot('сколько документов подписали с 1993 по 2013 год')).toMatch(/from 1993 to 2013/);
    expect(pivot('что подписали до 2005 года')).toMatch(/before 2005/);
  });

  it('keeps "с" before a name what it was ("а с Казахстаном?")', () => {
    expect(pivot('встреча с Казахстаном')).not.toMatch(/from/);
  });
});

describe('Russian reader: follow-ups', () => {
  it('reads "его" as "he" after a turn about a person, as "it" after one about a thing', () => {
    expect(pivot('когда его назначили министром', true)).toBe('when he appointed minister');
    expect(pivot('когда его подписали', false)).toBe('when it signed');
  });

  it('opens a follow-up that goes on from the question before with "and" ("а с Казахстаном?"), but keeps a yes/no one', () => {
    expect(pivot('а с Казахстаном?')).toBe('and Kazakhstan');
    expect(pivot('а что насчёт Кыргызстана')).toBe('and Kyrgyzstan');
    expect(pivot('а был ли договор')).toBe('did treaty');
  });

  it('reads "она" and "они" as "she" and "they"', () => {
    expect(pivot('когда они подписали договор')).toBe('when they signed treaty');
    expect(pivot('где она работала')).toBe('where she function');
  });

  it('keeps the measure a value cue names ("какова протяжённость")', () => {
    expect(pivot('какова протяжённость границы')).toBe('how many length border');
  });

  it('corrects a typo in a word the data knows, in a short stem too ("атношения", "устоновили")', () => {
    expect(pivot('устоновили дипломатичекие атношения')).toBe('established diplomatic relations');
    expect(pivot('какая погода')).toBe('what pogoda');
  });

  it('reads a listed word form before a stem another word shares ("прошли" took place; "прошлом" previous), and a noun whose vowel drops ("беженцев")', () => {
    expect(pivot('где прошли переговоры')).toBe('where occurred talks');
    expect(pivot('в прошлом году')).toBe('previous');
    expect(pivot('сколько беженцев')).toBe('how many displaced');
  });

  it('reads "кем работал" as asking what post, not who', () => {
    expect(pivot('кем работал казакбаев')).toBe('what Ruslan Kazakbayev');
  });
});

describe('Russian reader: the words people type', () => {
  it('reads "исторический" as historic, as the sources call a treaty, and "история" as history', () => {
    expect(pivot('кто назвал договор историческим')).toBe('who said treaty historic');
    expect(pivot('история отношений')).toBe('history relations');
  });

  it('reads clipped words ("дип отношения", "офиц визит", "погран соглашение") as the words they cut short', () => {
    expect(pivot('дип отношения РК')).toBe('diplomatic relations Kazakhstan');
    expect(pivot('первый офиц визит')).toBe('first official visit');
    expect(pivot('министр ин дел')).toBe('minister foreign affairs');
    expect(pivot('погран соглашение КР')).toBe('border agreement Kyrgyzstan');
  });

  it('reads "нормально делимитировано" as properly delineated, not as a name', () => {
    expect(pivot('сколько км нормально делимитировано')).toBe('how many km properly delineated');
  });

  it('reads "по итогам переговоров" as after the talks, not as their result', () => {
    expect(pivot('что подписали по итогам переговоров')).toBe('what signed after talks');
  });

  it('reads holding an office ("занимает должность") apart from serving', () => {
    expect(pivot('какую должность он занимает', true)).toBe('what office he hold');
    expect(pivot('где он служил', true)).toBe('where he serve');
  });

  it('asks why with "почему", and reads breaking relations off as such, not as a typo of a known word', () => {
    expect(pivot('почему разорвали дипломатические отношения')).toBe('why severed diplomatic relations');
    expect(pivot('с какой целью приезжал Казакбаев')).toBe('why visit Ruslan Kazakbayev');
  });

  it('reads "сложная граница" as complicated, not as a name', () => {
    expect(pivot('почему граница такая сложная')).toBe('why border complicated');
  });

  it('asks which came first or later ("какое из них раньше?")', () => {
    expect(pivot('какое из них раньше')).toBe('what they came first');
    expect(pivot('что было позже')).toBe('what came later');
  });

  it('reads an ordinal in any of its forms ("последние", "первого"), and no other word that shares its stem', () => {
    expect(pivot('когда были последние столкновения')).toBe('when last clashes');
    expect(pivot('дата первого визита')).toBe('when first visit');
    expect(pivot('треть границы')).toBe('tret border');
  });

  it('reads an ordinal with "раз" as "for the … time", wherever it stands ("в последний раз")', () => {
    expect(pivot('когда Казакбаев посетил Казахстан в последний раз')).toBe('when Ruslan Kazakbayev visit Kazakhstan for the last time');
    expect(pivot('второй раз')).toBe('for the second time');
  });

  it('asks how many times ("сколько раз", "как часто")', () => {
    expect(pivot('сколько раз заседала комиссия')).toBe('how many times meeting commission');
    expect(pivot('как часто')).toBe('how many times');
  });

  it('takes no singular form for a list cue once folded ("о соглашении" is one agreement, "соглашений" folds to it)', () => {
    expect(pivot('что сказано в соглашении')).toBe('what said agreement');
    expect(pivot('список соглашений')).toBe('list agreement');
  });

  it('reads "не" as "not" ("не делимитировано" asks for the rest), and years and months counted', () => {
    expect(pivot('сколько км не делимитировано')).toBe('how many km not delineated');
    expect(pivot('сколько лет между ними')).toBe('how many years they');
    expect(pivot('сколько месяцев')).toBe('how many months');
    expect(pivot('в 1993 году')).toBe('1993');
  });

  it('asks someone\'s age at the time ("сколько лет было", "в каком возрасте")', () => {
    expect(pivot('сколько лет было Казакбаеву')).toBe('how old Ruslan Kazakbayev');
    expect(pivot('в каком возрасте Казакбаев стал министром')).toBe('how old Ruslan Kazakbayev became minister');
  });

  it('keeps the words that point back ("этот договор", "там") as English does', () => {
    expect(pivot('кто подписал этот договор')).toBe('who signed this treaty');
    expect(pivot('что подписали там')).toBe('what signed there');
  });
});

describe('Russian reader: the time of the answer before', () => {
  it('reads "в том же месяце" and "в тот же год" as the English follow-ups say them', () => {
    expect(pivot('что подписали в том же месяце')).toMatch(/that same month/);
    expect(pivot('что подписали в тот же год')).toMatch(/that same year/);
  });
});

describe('Russian reader: negated words', () => {
  it('reads "какая часть" and "какая доля" as the English "what part" and "what share", not "how many"', () => {
    expect(pivot('какая часть границы')).toBe('what part border');
    expect(pivot('какую долю границы')).toBe('what share border');
  });

  it('reads "не определена" as undefined, not as "not" before "undefined"', () => {
    expect(pivot('граница не определена')).toBe('border undefined');
    expect(pivot('неопределённая граница')).toBe('undefined border');
  });
});

describe('Russian reader: Latin letters', () => {
  it('takes Russian typed in Latin letters, and no English', () => {
    expect(reader.reads('kogda byl podpisan dogovor')).toBe(true);
    expect(reader.reads('when was the treaty signed')).toBe(false);
  });

  it('reads it in Cyrillic, keeping a name it cannot read as typed', () => {
    expect(pivot('kogda kyrgyzstan i kazakhstan podpisali dogovor')).toBe('when Kyrgyzstan Kazakhstan signed treaty');
    expect(pivot('kto takoy kazakbaev')).toBe('who Ruslan Kazakbayev');
    expect(pivot('kogda kazakbaev vpervye posetil kazakhstan')).toBe('when Ruslan Kazakbayev first visit Kazakhstan');
    expect(pivot('kogda mirziyoyev posetil kazakhstan')).toBe('when Shavkat Mirziyoyev visit Kazakhstan');
  });
});
