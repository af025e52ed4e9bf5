// A light English stemmer: inflections only (plurals, -ed, -ing, a final e).
// Porter's stemmer also strips derivations ("population" and "populated" both become "popul"),
// which lets a question about something the base lacks match an unrelated fact; for a bot that must
// decline rather than guess, inflections are enough — derivations that matter are synonyms in _lexicon.yaml.

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

export function stem(word: string): string {
  // British and American spellings meet: "modernisation" is "modernization", and "modernise(d)" "modernize(d)".
  // Other words in -ise ("promise", "expertise") are spelt with a z on both sides alike, so none meets a word it is not;
  // words of fewer than eight letters ("raise", "praise", "premise") keep their s.
  let w = word.replace(/isation$/, 'ization');
  if (w.length >= 8) w = w.replace(/is(e|ed|es|ing)$/, 'iz$1');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "delimitation" and "delimited", "preparation" and "preparing": the noun of an action meets its verb.
  // (Verbs in -ate keep their stem: "populated" is no "population"; such pairs are synonyms in the lexicon.)
  if (w.endsWith('ation') && w.length >= 10) return w.slice(0, -5);
  return w;
}
