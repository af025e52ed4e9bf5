// What a question measures: "how long is the border between …" asks of the border, "what is the capacity of the
// line?" of the capacity. That noun says what is asked, so the unit answering must say it itself: the words of the
// thing's name ("the Surkhan – Puli-Khumri power transmission line") cannot stand in for it.
import type { Lexicon } from './lexicon.js';

/**
 * The word a question measures: after a cue of `measured.cues` ("how long", "what") and a copula ("is"), the last
 * word of the noun phrase, which ends at a word of `measured.ends` ("of", "between") or with the question; only a
 * word the caller takes as a content word (`isTerm`) counts.
 */
export function measuredWord(lexicon: Lexicon, all: string[], isTerm: (word: string) => boolean): string | undefined {
  const { cues, copulas, ends } = lexicon.measured;
  for (const cue of cues) {
    const c = cue.split(' ');
    for (let i = 0; i + c.length < all.length; i++) {
      if (!c.every((w, k) => all[i + k] === w) || !copulas.has(all[i + c.length]!)) continue;
      const rest = all.slice(i + c.length + 1);
      const end = rest.findIndex((w) => ends.has(w));
      const phrase = end < 0 ? rest : rest.slice(0, end);
      return [...phrase].reverse().find(isTerm);
    }
  }
  return undefined;
}
