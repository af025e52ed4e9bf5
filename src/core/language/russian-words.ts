// Whether a Cyrillic word is an ordinary Russian word (dictionary-ru, the Hunspell dictionary: ~146,000 base
// forms). A word the Russian lexicon does not translate is a name only when it is none: "стыке" (a junction) is
// a word the lexicon lacks, not a place or a person the sources never name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stemRussian } from './stem-ru.js';

let dictionary: string | undefined;

/** The dictionary's lines ("стык/K", "Москва/H"), folded as questions are (й reads и, ё reads е); read on first use. */
function lines(): string {
  const path = new URL('index.dic', `file://${createRequire(import.meta.url).resolve('dictionary-ru')}`);
  return (dictionary ??= readFileSync(path, 'utf8')
    .replace(/[йЙ]/g, (c) => (c === 'й' ? 'и' : 'И'))
    .replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е')));
}

/** The base forms of the dictionary that start with these letters, as written (capitalised ones are names). */
function startingWith(letters: string): string[] {
  return [...lines().matchAll(new RegExp(`^${letters}[^/\\n]*`, 'gm'))].map((m) => m[0]);
}

/**
 * Whether a folded Cyrillic word is a form of a lowercase base form of the dictionary, and of no name in it
 * ("путина" is a fishing season and Putin's genitive: a name, then).
 */
export function isRussianWord(word: string): boolean {
  const stem = stemRussian(word);
  if (!/^[а-яіїєґәөұүқғңһӣӯ]+$/.test(stem)) return false;
  const named = startingWith(stem[0]!.toUpperCase() + stem.slice(1)).some((f) => stemRussian(f.toLowerCase()) === stem);
  return !named && startingWith(stem).some((f) => stemRussian(f) === stem);
}
