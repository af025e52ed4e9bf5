// Turning text — a question, a title, a quote — into comparable words.
// Pure functions: no data, no state.

/** Removes Slack's markup — mentions, broadcasts, links and :emoji: codes vanish (a link's label is rarely part of a question) — and HTML tags. */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(/<([@#!][^>|]*)(\|[^>]*)?>/g, ' ')
    .replace(/<(?:https?|mailto):[^>]*>/g, ' ')
    .replace(/:[\w+'-]*[a-z][\w+'-]*:/gi, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/<\/?[a-z][^>]*>/gi, ' ');
}

const SPECIAL_LETTERS: Record<string, string> = { ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th' };

/** Printable ASCII and whitespace only: no diacritic, special letter, curly quote or dash for `fold` to change. */
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x7e]*$/;

/** Whitespace that is not already one space: as /\s+/ made one space, without rewriting every single space of a long text. */
const SPACES = /\s{2,}|[^\S ]/g;

/** Lower case, no diacritics, one kind of quote and dash, single spaces. Keeps punctuation. */
export function fold(text: string): string {
  // Most texts are plain ASCII, for which the steps below reduce to these (the build folds every text of the base).
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(SPACES, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıøßæœđłþ]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/[\u2018\u2019\u02bc\u02bb`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** The words of folded text: letters and digits, hyphenated parts split; a possessive 's becomes the word "s". */
export function words(folded: string): string[] {
  if (PLAIN_ASCII.test(folded)) return asciiWords(folded);
  return folded
    .replace(/'s\b/g, ' s')
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Where a phrase's words first stand in a list of words, or -1. */
export function wordsAt(ws: readonly string[], phrase: readonly string[]): number {
  return ws.findIndex((_, i) => phrase.every((w, k) => ws[i + k] === w));
}

const ASCII_WORD = /[A-Za-z0-9]+/g;

/** `words` of plain ASCII text, in one pass: an apostrophe joins the letters around it ("don't" → dont), and "'s" before a non-word character or the end is the word "s". */
function asciiWords(text: string): string[] {
  if (!text.includes("'")) return text.match(ASCII_WORD) ?? [];
  return text.replace(/'s\b/g, ' s').replace(/'/g, '').match(ASCII_WORD) ?? [];
}

/**
 * The first `n` of words(fold(text)), read from no more of the text than gives them: a cut changes at most the last
 * two words of what is read (a word cut short; "o'st" cut to "o's", read as "o" and "s"), so more than `n + 1`
 * words read leave the first `n` as the whole text has them.
 */
export function leadingWords(text: string, n: number): string[] {
  for (let length = 16 * (n + 2); length < text.length; length *= 4) {
    const ws = words(fold(text.slice(0, length)));
    if (ws.length > n + 1) return ws.slice(0, n);
  }
  return words(fold(text)).slice(0, n);
}

/** Stands between clauses in `clauseWords`. */
export const CLAUSE_BREAK = '|';

/** Like `words`, with CLAUSE_BREAK where a comma, colon, bracket, dash or full stop parted the text. */
export function clauseWords(folded: string): string[] {
  const out: string[] = [];
  for (const clause of folded.split(/[,;:()[\]]|[.!?](?=\s|$)|\s-\s/)) {
    const ws = words(clause);
    if (!ws.length) continue;
    if (out.length) out.push(CLAUSE_BREAK);
    for (const w of ws) out.push(w);
  }
  return out;
}

/** Whitespace-normalised text for checking that a quote stands verbatim in its source. */
export function forQuoteMatch(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.replace(/`/g, "'").replace(SPACES, ' ').trim();
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early beyond `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may carry and still count as a typo of another. */
export function typoAllowance(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  if (length < 12) return 2;
  return 3;
}
