// The Russian stemmer: Snowball's Russian algorithm (from @orama/stemmers), applied again while the stem changes.
//
// One pass of Snowball leaves a noun's nominative and its other cases on different stems whenever the
// nominative looks inflected itself: "таджикистан" loses "-н" as if it were a verb ending ("таджикиста")
// while "таджикистаном" loses only "-ом" ("таджикистан"); "токаев" loses the "-ев" that "токаевым" keeps.
// Stemming the stem again until it stops changing brings every case of such a name to one stem.
// A repeated pass that would leave fewer than MIN_REPEATED_STEM letters is not taken: short stems of
// different words meet there ("армения" and "армия" would both become "арм", "токио" and "токаев" "ток").
import { stemmer } from '@orama/stemmers/russian';

const MIN_REPEATED_STEM = 4;

/** The stem of one Russian word, in any case; "ё" is read as "е", as most people type it. */
export function stemRussian(word: string): string {
  let stem = stemmer(word.toLowerCase().replace(/ё/g, 'е'));
  for (;;) {
    const next = stemmer(stem);
    if (next === stem || next.length < MIN_REPEATED_STEM) return stem;
    stem = next;
  }
}

/** One pass of Snowball alone: longer than the stem, so a typo can be measured against more letters ("устонов"). */
export function stemRussianOnce(word: string): string {
  return stemmer(word.toLowerCase().replace(/ё/g, 'е'));
}

/** Endings a base form loses when it is inflected: one letter ("киргизия" → "киргизией"), two for an adjective (й folded to и too). */
const ADJECTIVE_ENDING = /(ий|ии|ый|ыи|ой|ои|ая|яя|ое|ее|ие|ые)$/;

/**
 * Whether `word` is an inflected form of `base` (an alias, say): the same stem, and `word` keeps all of `base`
 * but its ending. The second test keeps a short stem from reaching ordinary words: "данных" and "Дания" share
 * the stem "дан", "слова" and "Словения" the stem "слов", but neither word keeps the name's letters.
 */
export function isRussianFormOf(word: string, base: string): boolean {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const b = base.toLowerCase().replace(/ё/g, 'е');
  const kept = b.slice(0, b.length - (ADJECTIVE_ENDING.test(b) ? 2 : 1));
  return w.startsWith(kept) && stemRussian(w) === stemRussian(b);
}
