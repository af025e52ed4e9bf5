// The shape of the Russian language data (lang/ru, lang/en) and of the Cyrillic aliases in facts/.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fold, words } from '../../../src/core/normalise.js';
import { stemRussian } from '../../../src/core/language/stem-ru.js';
import type { RussianLexicon } from '../../../src/core/language/russian.js';

const load = (path: string) => parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const lexicon = load('lang/ru/lexicon.yaml') as RussianLexicon;
type Entity = { id: string; name: string; aliases?: string[] };
const entities = (file: string) => (load(file) as { entities: Entity[] }).entities;
const inScope = entities('facts/entities.yaml');
const all = [...inScope, ...entities('facts/world.yaml')];
const CYRILLIC = /[а-яё]/i;
const cyrillicAliases = (e: Entity) => (e.aliases ?? []).filter((a) => CYRILLIC.test(a));
/** An alias as the knowledge base keys it (src/core/knowledge.ts). */
const aliasKey = (a: string) => words(fold(a)).join(' ');

/**
 * Every rewriting of `word` that `step` allows: at position i it gives the spellings of what starts there and how
 * many letters they take; `written` is the first rewriting so far, for rules that look back at it.
 */
function rewrite(word: string, step: (i: number, written: string) => { spell: string[]; take: number }): string[] {
  let out = [''];
  for (let i = 0; i < word.length; ) {
    const { spell, take } = step(i, out[0]!);
    out = out.flatMap((prefix) => spell.map((sp) => prefix + sp));
    i += take;
  }
  return out;
}

describe('lang/ru/lexicon.yaml', () => {
  it('has every key, none empty', () => {
    expect(Object.keys(lexicon).sort()).toEqual(
      [
        'age',
        'asks',
        'attributes',
        'attributions',
        'continuations',
        'ends',
        'exclusions',
        'howOften',
        'listCues',
        'groupReferences',
        'months',
        'negations',
        'numberWords',
        'order',
        'ordinals',
        'present',
        'pronouns',
        'roles',
        'scales',
        'stopwords',
        'terms',
        'times',
        'units',
        'yearPrepositions',
        'yearWords',
      ].sort(),
    );
    for (const [key, value] of Object.entries(lexicon)) expect(Object.keys(value).length, key).toBeGreaterThan(0);
  });

  it('maps each English term to Russian words or phrases', () => {
    for (const [term, ws] of Object.entries(lexicon.terms)) {
      expect(term, term).toMatch(/^[a-z][a-z -]*$/);
      expect(ws.length, term).toBeGreaterThan(0);
      for (const w of ws) expect(w, term).toMatch(/^[а-яё]+([- ][а-яё]+)*$/);
    }
    const russian = Object.values(lexicon.terms).flat();
    expect(
      russian.filter((w, i) => russian.indexOf(w) !== i),
      'a word under two terms',
    ).toEqual([]);
  });

  it('stops no word it also maps to a term, and lists each stopword once', () => {
    const listed = lexicon.stopwords;
    expect(listed.filter((w, i) => listed.indexOf(w) !== i)).toEqual([]);
    const stop = listed.map(fold);
    const termWords = Object.values(lexicon.terms).flat().map(fold);
    expect(termWords.filter((w) => stop.includes(w))).toEqual([]);
  });

  it('has cue phrases for every slot, yes/no included', () => {
    expect(Object.keys(lexicon.asks).sort()).toEqual(['date', 'person', 'place', 'reason', 'summary', 'value', 'yesno']);
    for (const phrases of Object.values(lexicon.asks)) expect(phrases.length).toBeGreaterThan(0);
    expect(lexicon.asks.yesno).toContain('ли');
  });

  it('names every month in several forms, no form in two months', () => {
    expect(Object.keys(lexicon.months)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    for (const forms of Object.values(lexicon.months)) expect(forms.length).toBeGreaterThanOrEqual(5);
    // "январём" and "январем" are both listed (people type either); across months no folded form repeats.
    const months = new Map<string, Set<string>>();
    for (const [m, forms] of Object.entries(lexicon.months)) for (const f of forms) months.set(fold(f), (months.get(fold(f)) ?? new Set()).add(m));
    expect([...months].filter(([, ms]) => ms.size > 1).map(([f]) => f)).toEqual([]);
    expect(lexicon.months['1']).toEqual(expect.arrayContaining(['январь', 'января', 'январе']));
    expect(lexicon.months['9']).toEqual(expect.arrayContaining(['сентября', 'сент.']));
  });

  it('reads numbers, scales, units and years', () => {
    expect(lexicon.numberWords).toMatchObject({ один: 1, два: 2, двух: 2, двадцать: 20, сто: 100 });
    expect(lexicon.scales).toMatchObject({ тыс: 1000, млн: 1e6, млрд: 1e9, миллиардов: 1e9 });
    expect(lexicon.units).toMatchObject({
      km: expect.arrayContaining(['км']),
      usd: expect.arrayContaining(['доллар', '$']),
      percent: expect.arrayContaining(['%']),
    });
    expect(lexicon.yearWords).toEqual(expect.arrayContaining(['г.', 'года', 'гг.']));
    expect(lexicon.ordinals).toMatchObject({ первый: 1, второй: 2, последний: -1 });
  });
});

describe('Cyrillic aliases in facts/entities.yaml and facts/world.yaml', () => {
  it('gives every entity a Cyrillic alias', () => {
    expect(all.filter((e) => !cyrillicAliases(e).length).map((e) => e.id)).toEqual([]);
  });

  it('puts the nominative name first among the Cyrillic ones', () => {
    const first = (id: string) => cyrillicAliases(all.find((e) => e.id === id)!)[0];
    expect(['tajikistan', 'kyrgyzstan', 'emomali-rahmon', 'sco', 'ferghana-valley', 'france', 'moscow'].map(first)).toEqual([
      'Таджикистан',
      'Кыргызстан',
      'Эмомали Рахмон',
      'Шанхайская организация сотрудничества',
      'Ферганская долина',
      'Франция',
      'Москва',
    ]);
  });

  it('has the "-о" forms of compounds such as "кыргызско-таджикский"', () => {
    const owner = (alias: string) => all.find((e) => e.aliases?.includes(alias))?.id;
    expect(['кыргызско', 'киргизско', 'таджикско', 'казахско', 'узбекско'].map(owner)).toEqual([
      'kyrgyzstan',
      'kyrgyzstan',
      'tajikistan',
      'kazakhstan',
      'uzbekistan',
    ]);
  });

  it('gives no alias to two entities, whatever its case', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of all) for (const a of [e.name, ...(e.aliases ?? [])]) owners.set(aliasKey(a), (owners.get(aliasKey(a)) ?? new Set()).add(e.id));
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([a, ids]) => `${a}: ${[...ids].join(', ')}`)).toEqual([]);
  });

  it('lets one-word Cyrillic aliases of different entities share a stem only where known', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of all)
      for (const a of cyrillicAliases(e)) {
        const ws = words(a.toLowerCase());
        if (ws.length === 1) owners.set(stemRussian(ws[0]!), (owners.get(stemRussian(ws[0]!)) ?? new Set()).add(e.id));
      }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([stem, ids]) => `${stem}: ${[...ids].sort().join(', ')}`);
    // Only names the bot declines (facts/world.yaml): which of the two a decline names matters little.
    expect(shared.sort()).toEqual(['австр: australia, austria', 'браз: brasilia, brazil', 'нигер: niger, nigeria']);
  });
});

describe('lang/ru and lang/en templates and formats', () => {
  const placeholders = (v: unknown): string[] => [...new Set(JSON.stringify(v).match(/\{\w+\}/g) ?? [])].sort();

  it.each(['templates', 'format'])('%s.yaml has the same keys and placeholders in both languages', (name) => {
    const ru = load(`lang/ru/${name}.yaml`);
    const en = load(`lang/en/${name}.yaml`);
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(placeholders(ru[key]), key).toEqual(placeholders(en[key]));
  });

  it('has the Russian wording the answers need', () => {
    const ru = load('lang/ru/templates.yaml');
    expect(ru).toMatchObject({
      yes: 'Да: {answer}',
      notFound: 'Я этого не знаю: в моих источниках нет ответа на этот вопрос.',
      slots: { date: 'когда', place: 'где', person: 'кто', value: 'сколько' },
    });
    expect(ru.yearsBetween).toEqual({ one: '{count} год', few: '{count} года', many: '{count} лет', other: '{count} года' });
  });

  it('writes Russian months in three cases, and lists their short forms month by month', () => {
    const months = load('lang/ru/format.yaml').months as Record<string, string[]>;
    expect(Object.values(months).map((m) => m.length)).toEqual([12, 12, 12, 12]);
    expect([months.genitive![0], months.prepositional![8], months.nominative![11]]).toEqual(['января', 'сентябре', 'декабрь']);
  });

  it('gives every intent but help and fallback a Russian description and example', () => {
    const ru = load('lang/ru/intents.yaml');
    expect(Object.keys(ru).sort()).toEqual(['border', 'membership', 'on-date', 'person', 'relations', 'statement', 'timeline', 'trade', 'treaty', 'visit']);
    for (const v of Object.values(ru)) expect(v).toEqual({ description: expect.stringMatching(CYRILLIC), example: expect.stringMatching(CYRILLIC) });
  });
});

describe('lang/ru/translit.yaml', () => {
  const translit = load('lang/ru/translit.yaml') as Record<'letters' | 'pairs' | 'initial' | 'afterVowel', Record<string, string[]>>;
  const VOWELS = /[аеёиоуыэюяъьәөұүіӣӯ]/;

  /** Every Latin spelling the map gives a Cyrillic word. */
  function spellings(word: string): Set<string> {
    const w = word.toLowerCase();
    return new Set(
      rewrite(w, (i) => {
        const pair = translit.pairs[w.slice(i, i + 2)];
        const c = w[i]!;
        const spell = pair ?? (i === 0 ? translit.initial[c] : VOWELS.test(w[i - 1]!) ? translit.afterVowel[c] : undefined) ?? translit.letters[c] ?? [c];
        return { spell, take: pair ? 2 : 1 };
      }),
    );
  }

  it('spells every Russian letter', () => {
    const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'.split('');
    expect(letters.filter((l) => !translit.letters[l]?.length)).toEqual([]);
  });

  it.each([
    ['Мирзиёев', 'mirziyoyev'],
    ['Джапаров', 'japarov'],
    ['Жапаров', 'zhaparov'],
    ['Абдрахманов', 'abdrakhmanov'],
    ['Абдылдаев', 'abdyldayev'],
    ['Атамбаев', 'atambayev'],
    ['Ташиев', 'tashiev'],
    ['Ермек', 'yermek'],
    ['Сироджиддин', 'sirojiddin'],
    ['Хакан', 'hakan'],
    ['Рахмон', 'rakhmon'],
  ])('spells %s as %s among its variants', (cyrillic, latin) => {
    expect(spellings(cyrillic)).toContain(latin);
  });
});

describe('lang/ru/translit.yaml: Russian typed in Latin letters', () => {
  const data = load('lang/ru/translit.yaml') as { latinCues: string[]; fromLatin: Record<string, string>; words: Record<string, string> };
  const sequences = Object.keys(data.fromLatin).sort((a, b) => b.length - a.length);

  /** A Latin-script Russian word in Cyrillic, by the data's rules. */
  function cyrillic(word: string): string {
    return (
      data.words[word] ??
      rewrite(word, (i, written) => {
        const seq = sequences.find((q) => word.startsWith(q, i));
        if (seq) return { spell: [data.fromLatin[seq]!], take: seq.length };
        if (word[i] === 'y') return { spell: [/[аеёиоуыэюя]$/.test(written) ? 'й' : 'ы'], take: 1 };
        return { spell: [word[i]!], take: 1 };
      })[0]!
    );
  }
  const sentence = (text: string) => text.split(' ').map(cyrillic).join(' ');

  it.each([
    ['kogda tadzhikistan i kazakhstan ustanovili diplomaticheskie otnosheniya', 'когда таджикистан и казахстан установили дипломатические отношения'],
    ['skolko kilometrov granitsy delimitirovano', 'сколько километров границы делимитировано'],
    ['kto takoy mukhriddin', 'кто такой мухриддин'],
    ['podpisali li dogovor o soyuznicheskikh otnosheniyakh', 'подписали ли договор о союзнических отношениях'],
    ['kakoy tovarooborot mezhdu kyrgyzstanom i kazakhstanom', 'какой товарооборот между кыргызстаном и казахстаном'],
    ['kakova protyazhennost granitsy', 'какова протяжённость границы'],
  ])('reads "%s" as "%s"', (latin, russian) => {
    expect(sentence(latin)).toBe(russian);
  });

  it('takes no English word as a sign of Russian', () => {
    const english = new Set((load('intents/_lexicon.yaml') as { stopwords: string[] }).stopwords);
    const sources = readFileSync('facts/sources/002.txt', 'utf8').toLowerCase();
    expect(data.latinCues.filter((w) => english.has(w) || new RegExp(`\\b${w}\\b`).test(sources))).toEqual([]);
  });
});
