// Whether a word is an English word at all (word-list: ~275,000 words). A question word that is English but
// that no source uses ("football", "morning") is something the sources do not speak of, never a typo to be
// corrected into a word they do use ("tall" is not "all", "match" is not "March").
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

/** Loaded on first use: most questions use only words the base knows, and never need it. */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
