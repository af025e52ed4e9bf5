import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isRussianFormOf, stemRussian } from '../../../src/core/language/stem-ru.js';

const stems = (ws: string[]) => ws.map(stemRussian);

describe('stemRussian', () => {
  it('gives every case of a country name one stem, the nominative included', () => {
    expect(stems(['Таджикистан', 'Таджикистана', 'Таджикистаном', 'Таджикистане', 'Таджикистану'])).toEqual(Array(5).fill('таджикист'));
    expect(stems(['Казахстан', 'Казахстана', 'Казахстаном'])).toEqual(Array(3).fill('казахст'));
  });

  it('gives the cases of common nouns and the forms of a verb one stem', () => {
    expect(stems(['договор', 'договора', 'договором', 'договоры', 'договоров'])).toEqual(Array(5).fill('договор'));
    expect(stems(['подписали', 'подписал', 'подписала', 'подписано'])).toEqual(Array(4).fill('подпис'));
  });

  it('reads ё as е and ignores letter case', () => {
    expect(stemRussian('объём')).toBe(stemRussian('объем'));
    expect(stemRussian('ОБЪЁМ')).toBe(stemRussian('объем'));
    expect(stemRussian('Бишкеке')).toBe('бишкек');
  });

  it('keeps apart short words that a repeated pass would bring together', () => {
    expect([stemRussian('армения'), stemRussian('армия')]).toEqual(['армен', 'арм']);
    expect([stemRussian('токаев'), stemRussian('токио')]).toEqual(['тока', 'ток']);
    expect([stemRussian('самоа'), stemRussian('самый')]).toEqual(['само', 'сам']);
  });
});

// Inflected forms as people write them, with the stem they must reach — that of the alias in facts/entities.yaml.
const INFLECTED: { id: string; alias: string; stem: string; forms: string[] }[] = [
  { id: 'tajikistan', alias: 'таджикский', stem: 'таджикск', forms: ['таджикского', 'таджикской', 'таджикским', 'таджикскую', 'таджикские'] },
  { id: 'kyrgyzstan', alias: 'Кыргызстан', stem: 'кыргызст', forms: ['Кыргызстана', 'Кыргызстаном', 'Кыргызстане', 'Кыргызстану'] },
  { id: 'kyrgyzstan', alias: 'Киргизия', stem: 'киргиз', forms: ['Киргизии', 'Киргизию', 'Киргизией'] },
  { id: 'kyrgyzstan', alias: 'кыргызский', stem: 'кыргызск', forms: ['кыргызской', 'кыргызского', 'кыргызскую'] },
  { id: 'kazakhstan', alias: 'казахи', stem: 'казах', forms: ['казахов', 'казахам', 'казахами'] },
  { id: 'uzbekistan', alias: 'Узбекистан', stem: 'узбекист', forms: ['Узбекистана', 'Узбекистаном', 'Узбекистане'] },
  { id: 'turkey', alias: 'Турция', stem: 'турц', forms: ['Турции', 'Турцию', 'Турцией'] },
  { id: 'afghanistan', alias: 'Афганистан', stem: 'афганист', forms: ['Афганистана', 'Афганистаном', 'Афганистане'] },
  { id: 'emomali-rahmon', alias: 'Рахмон', stem: 'рахмон', forms: ['Рахмона', 'Рахмону', 'Рахмоном', 'Рахмоне'] },
  { id: 'nursultan-nazarbayev', alias: 'Назарбаев', stem: 'назарб', forms: ['Назарбаева', 'Назарбаеву', 'Назарбаевым'] },
  { id: 'kassym-jomart-tokayev', alias: 'Токаев', stem: 'тока', forms: ['Токаева', 'Токаеву', 'Токаевым', 'Токаеве'] },
  { id: 'sirojiddin-muhriddin', alias: 'Мухриддин', stem: 'мухриддин', forms: ['Мухриддина', 'Мухриддину', 'Мухриддином'] },
  { id: 'ruslan-kazakbayev', alias: 'Казакбаев', stem: 'казакб', forms: ['Казакбаева', 'Казакбаеву', 'Казакбаевым'] },
  { id: 'yermek-kosherbayev', alias: 'Кошербаев', stem: 'кошерб', forms: ['Кошербаева', 'Кошербаевым'] },
  { id: 'hakan-fidan', alias: 'Фидан', stem: 'фида', forms: ['Фидана', 'Фидану', 'Фиданом'] },
  { id: 'recep-tayyip-erdogan', alias: 'Эрдоган', stem: 'эрдог', forms: ['Эрдогана', 'Эрдогану', 'Эрдоганом'] },
  { id: 'bishkek', alias: 'Бишкек', stem: 'бишкек', forms: ['Бишкека', 'Бишкеке', 'Бишкеку'] },
  { id: 'astana', alias: 'Астана', stem: 'аста', forms: ['Астаны', 'Астане', 'Астану', 'Астаной'] },
  { id: 'istanbul', alias: 'Стамбул', stem: 'стамбул', forms: ['Стамбула', 'Стамбуле'] },
  { id: 'vorukh', alias: 'Ворух', stem: 'ворух', forms: ['Воруха', 'Ворухе'] },
  { id: 'ferghana-valley', alias: 'Фергана', stem: 'ферг', forms: ['Ферганы', 'Фергане', 'Ферганой'] },
  { id: 'europe', alias: 'Европа', stem: 'европ', forms: ['Европы', 'Европе', 'Европу'] },
  { id: 'caucasus', alias: 'Кавказ', stem: 'кавказ', forms: ['Кавказа', 'Кавказе'] },
  { id: 'soviet-union', alias: 'советский', stem: 'советск', forms: ['советского', 'советской', 'советских'] },
];

describe('stemRussian on the Cyrillic aliases of facts/entities.yaml', () => {
  const aliases = new Map<string, string[]>(
    (parse(readFileSync('facts/entities.yaml', 'utf8')) as { entities: { id: string; aliases?: string[] }[] }).entities.map((e) => [e.id, e.aliases ?? []]),
  );

  it.each(INFLECTED)('$alias and its cases share the stem $stem', ({ id, alias, stem, forms }) => {
    expect(aliases.get(id)).toContain(alias);
    expect(stems([alias, ...forms])).toEqual(Array(forms.length + 1).fill(stem));
    expect(forms.filter((f) => !isRussianFormOf(f, alias))).toEqual([]);
  });
});

describe('isRussianFormOf', () => {
  it('takes the cases of a name, an adjective or a word in -ия', () => {
    expect(isRussianFormOf('Таджикистаном', 'Таджикистан')).toBe(true);
    expect(isRussianFormOf('таджикского', 'таджикский')).toBe(true);
    expect(isRussianFormOf('Киргизией', 'Киргизия')).toBe(true);
    expect(isRussianFormOf('Ёлке', 'елка')).toBe(true);
  });

  it('refuses an ordinary word that only shares a short stem with a name', () => {
    expect([stemRussian('данных'), stemRussian('Дания')]).toEqual(['дан', 'дан']);
    expect(isRussianFormOf('данных', 'Дания')).toBe(false);
    expect(isRussianFormOf('слова', 'Словения')).toBe(false);
  });

  it('refuses a word of another stem even when it starts with the name', () => {
    expect(isRussianFormOf('Казахстанский', 'Казахстан')).toBe(false);
  });
});
