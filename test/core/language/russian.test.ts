// Russian questions over the real base: inflected and lowercase names, Latin names mixed in, answers in Russian
// with the English quote; a Russian question the sources cannot answer is declined in Russian.
import { describe, expect, it } from 'vitest';
import { RussianSpeaker } from '../../../src/core/language/say-russian.js';
import { treaty } from '../../../src/core/treaty.js';
import type { Conversation } from '../../../src/core/conversation.js';
import { engine, TODAY } from '../../helpers.js';

const ask = (q: string) => engine().ask(q, { today: TODAY });
/** The answers of one conversation, a minute a turn. */
function thread(...questions: string[]) {
  let conversation: Conversation | undefined;
  return questions.map((q, i) => {
    const turn = engine().converse(q, conversation, `2026-01-10T12:0${i}:00Z`, { today: TODAY });
    conversation = turn.conversation;
    return turn.answer;
  });
}

describe('Russian questions', () => {
  it('reads inflected names typed in lowercase', () => {
    const a = ask('когда установлены дипломатические отношения таджикистана и киргизии');
    expect(a.language).toBe('ru');
    expect(a.lead).toBe('14 января 1993 г.');
    expect(a.citations[0]?.quote).toMatch(/January 14, 1993/);
  });

  it('reads a Latin name mixed with Russian words', () => {
    const a = ask('Когда Таджикистан и Kazakhstan установили дипотношения?');
    expect(a.lead).toBe('7 января 1993 г.');
  });

  it('writes numbers as Russians do', () => {
    const a = ask('сколько километров кыргызско-таджикской границы делимитировано?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/504\s+км/);
  });

  it('leads with no English words when the figure is only in words ("approximately one-third"): the quote says it', () => {
    const a = ask('какая часть кыргызско-таджикской границы не определена?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/^approximately/i);
    expect(a.lead).toBeUndefined();
    expect(a.text).toMatch(/пишет: «.*approximately one-third/);
  });

  it('declines in Russian what the sources do not hold, with Russian suggestions', () => {
    const a = ask('какая сейчас погода в бишкеке');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Я этого не знаю/);
    for (const s of a.suggestions) expect(s).toMatch(/[а-яё]/i);
  });

  it('leads a description of a person with that person, in Russian', () => {
    const a = ask('кто такой мухриддин');
    expect(a.lead).toBe('Сироджиддин Мухриддин');
    expect(a.citations[0]?.quote).toMatch(/Muhriddin/);
  });

  it('says what each source says of a person described, offices too, one source a line', () => {
    const a = ask('кто такой Руслан Казакбаев?');
    expect(a.lead).toBe('Руслан Казакбаев');
    expect(a.text).toMatch(/appointed Foreign Minister of Kyrgyzstan on October 15, 2020/);
    expect(a.text.match(/Asia-Plus от 20 ноября 2020 г\. пишет/g)).toHaveLength(1);
  });

  it('reads Russian typed in Latin letters and answers in Russian', () => {
    const a = ask('kogda tadzhikistan i kazakhstan ustanovili diplomaticheskie otnosheniya');
    expect(a.language).toBe('ru');
    expect(a.lead).toBe('7 января 1993 г.');
  });

  it("says an amount in the English data's units as Russians write it", () => {
    const kb = engine().kb;
    const speaker = new RussianSpeaker(kb, kb.russian!);
    expect(speaker.amount(1.2, 'billion USD')).toBe('1,2 млрд долларов');
    expect(speaker.amount(7.4, '%')).toBe('7,4%');
    expect(speaker.amount(75, 'documents')).toBe('75 документов');
    expect(speaker.amount(4, 'days')).toBe('4 дня');
  });

  it('takes a greeting in the middle of a thread for no question, in Russian', () => {
    const first = engine().converse('кто такой Кошербаев', undefined, '2026-01-10T12:00:00Z', { today: TODAY });
    const hello = engine().converse('привет', first.conversation, '2026-01-10T12:01:00Z', { today: TODAY }).answer;
    expect(hello.answered).toBe(false);
    expect(hello.text).toMatch(/^Задайте мне вопрос/);
  });

  it('says in Russian which slot the sources lack, quoting what they do say', () => {
    const a = ask('кто подписал Душанбинское соглашение?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Я этого не знаю: мои источники не говорят, кто\. Вот что в них есть: .* пишет: «/);
  });

  it('takes Russian words in /treaty and answers in Russian', () => {
    const a = treaty(engine(), 'душанбинское соглашение', { today: TODAY });
    expect(a.language).toBe('ru');
    expect(a.lead).toBe('12 июля 1996 г.');
    expect(a.citations[0]?.quote).toMatch(/Dushanbe Agreement/);
  });

  it('says the date with a yes to a question that names one', () => {
    expect(ask('посещал ли Назарбаев Таджикистан в 2007 году?').lead).toBe('Да: 12–13 сентября 2007 г.');
    expect(ask('посещал ли Назарбаев Таджикистан в 2005 году?').lead).toBe('Нет');
  });

  it('heads a list in Russian and dates its lines as Russians write them', () => {
    const a = ask('какие договоры подписали таджикистан и кыргызстан');
    expect(a.lead).toMatch(/^Найдено \d+:$/);
    expect(a.text).toContain('\n• 12 июля 1996 г. — Dushanbe Agreement');
  });

  it('goes on from the question before when a follow-up names another country ("а с Казахстаном?")', () => {
    const first = engine().converse('когда таджикистан и кыргызстан установили дипотношения', undefined, '2026-01-10T12:00:00Z', { today: TODAY });
    const next = engine().converse('а с казахстаном?', first.conversation, '2026-01-10T12:01:00Z', { today: TODAY }).answer;
    expect(first.answer.lead).toBe('14 января 1993 г.');
    expect(next.lead).toBe('7 января 1993 г.');
  });

  it('answers a follow-up with words of its own and none pointing back as it stands when the subject before finds nothing', () => {
    const [, goal] = thread('сколько таджикских специалистов учится в astana hub?', 'какова цель по товарообороту?');
    expect(goal?.answered).toBe(true);
    expect(goal?.lead).toMatch(/^2 млрд долларов/);
  });

  it('says which of the two things before came first ("что было раньше?")', () => {
    const [, second, earlier] = thread('когда подписали душанбинское соглашение?', 'а соглашение о добрососедстве и партнёрстве?', 'что было раньше?');
    expect(second?.lead).toMatch(/2004/);
    expect(earlier?.answered).toBe(true);
    expect(earlier?.lead).toMatch(/^Dushanbe Agreement/);
    expect(earlier?.text).toMatch(/^Сначала — Dushanbe Agreement .*, 12 июля 1996 г\.; затем — .*Good-Neighborly.*, 26 мая 2004 г\.$/);
  });

  it('asks why with "почему": a date is no answer, and the decline says so in Russian', () => {
    const a = ask('почему таджикистан и кыргызстан установили дипотношения?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Я этого не знаю: мои источники не говорят, почему\./);
  });

  it('quotes the sentence that says when the land agreement Fidan announced is expected', () => {
    const a = ask('что сказал фидан о пограничном соглашении?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/expected to be signed in March/);
  });

  it('counts with the lines counted under the number, dated as Russians write dates', () => {
    const a = ask('сколько соглашений подписали таджикистан и кыргызстан');
    expect(a.lead).toBe('2');
    expect(a.text).toMatch(/^2:\n• 12 июля 1996 г\. — Dushanbe Agreement.*\n• 26 мая 2004 г\. — /);
  });

  it('answers with the amount a count of facts each gives ("сколько составил товарооборот"), quoting it', () => {
    const a = ask('сколько составил товарооборот таджикистана и казахстана');
    expect(a.lead).toBe('1,2 млрд долларов');
    expect(a.text).toMatch(/^1,2 млрд долларов\. The Astana Times от 12 февраля 2025 г\. пишет: «They noted/);
  });

  it('says the rest of a whole in Russian, worked out from the quote ("не делимитировано")', () => {
    const a = ask('сколько км кыргызско-таджикской границы не делимитировано?');
    expect(a.lead).toBe('467 км');
    expect(a.text).toMatch(/^467 км — подсчитано по источнику: 971 kilometers минус 504 kilometers\. Asia-Plus/);
  });

  it('says how long between two things and how old someone was then in Russian', () => {
    const [, , apart] = thread('когда подписали душанбинское соглашение?', 'а соглашение о добрососедстве и партнёрстве?', 'сколько лет между ними?');
    expect(apart?.lead).toBe('7 лет');
    expect(apart?.text).toMatch(/^7 лет: Dushanbe Agreement .* \(12 июля 1996 г\.\), затем .* \(26 мая 2004 г\.\)\.$/);
    const age = ask('сколько лет было казакбаеву, когда его назначили министром?');
    expect(age.lead).toBe('53');
    expect(age.text).toMatch(/^53 года: .*\(18 мая 1967 г\.\); .*\(15 октября 2020 г\.\)\.$/);
  });

  it('counts the occasions of one fact, dated as Russians write dates ("сколько раз заседала …")', () => {
    const a = ask('сколько раз заседала межправкомиссия таджикистана и казахстана?');
    expect(a.lead).toBe('9');
    expect(a.text).toMatch(/^9: 1998 г\., 2001 г\., .* 2011 г\. и 2012 г\. — Meetings of the Tajik-Kazakh Intergovernmental Commission/);
  });

  it('leads a follow-up that names no slot with the slot the answer gives, in Russian ("а соглашение о …?")', () => {
    const [, next] = thread('когда подписали душанбинское соглашение?', 'а соглашение о добрососедстве?');
    expect(next?.lead).toBe('26 мая 2004 г.');
  });

  it('says in Russian how many there are when a follow-up asks for one past them', () => {
    const first = engine().converse('когда назарбаев впервые посетил таджикистан', undefined, '2026-01-10T12:00:00Z', { today: TODAY });
    const third = engine().converse('а когда был его третий визит?', first.conversation, '2026-01-10T12:01:00Z', { today: TODAY }).answer;
    expect(third.answered).toBe(false);
    expect(third.text).toBe('Я этого не знаю: в моих источниках таких случаев только 2.');
  });
});
