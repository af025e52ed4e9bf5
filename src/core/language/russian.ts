// Russian questions against English sources: a Russian question is read word by word into the engine's
// English terms (the "pivot" question), answered as any other, and its answer said in Russian. All the words
// are data (lang/ru/*.yaml); the code is the stemmer and the order in which the lists are tried.
import { editDistance, fold, typoAllowance, words } from '../normalise.js';
import { stemRussian } from './stem-ru.js';
import type { Entity } from '../schema.js';
import { ENGINE_OPTIONS } from '../options.js';

/** lang/ru/lexicon.yaml, as read (see the file for what each list holds). */
export type RussianLexicon = {
  stopwords: string[];
  terms: Record<string, string[]>;
  asks: Record<string, string[]>;
  exclusions: string[];
  listCues: string[];
  /** Office words and country-bound nouns: read by the checks, not yet by the reader. */
  roles: string[];
  attributes: string[];
  present: string[];
  ordinals: Record<string, number>;
  ends: string[];
  months: Record<string, string[]>;
  numberWords: Record<string, number>;
  scales: Record<string, number>;
  units: Record<string, string[]>;
  yearWords: string[];
};

export type RussianData = {
  lexicon: RussianLexicon;
  templates: Record<string, unknown>;
  format: Record<string, unknown>;
  translit: { letters: Record<string, string[]>; pairs?: Record<string, string[]>; initial?: Record<string, string[]> };
  intents: Record<string, { description: string; example: string }>;
};

const CYRILLIC = /[\u0400-\u04FF]/;
const MIN_CORRECTED_STEM = ENGINE_OPTIONS.minCorrectedRussianStem;

/** Whether a question is in Russian: any Cyrillic letter is enough. */
export function isRussian(text: string): boolean {
  return CYRILLIC.test(text);
}

/** The English cue each slot's Russian cue becomes, so the English reader finds the slot. */
const SLOT_CUE: Record<string, string> = { date: 'when', value: 'how many', person: 'who', place: 'where', summary: 'what', yesno: '' };
const ORDINAL_WORD: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', [-1]: 'last' };
const UNIT_WORD: Record<string, string> = { km: 'km', usd: 'dollars', eur: 'euros', percent: 'percent', person: 'people', document: 'documents', day: 'days' };
const SCALE_WORD: Record<number, string> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Folded, with ё and й kept apart from е and и as people write them (fold would merge them; stems do not care). */
const norm = (w: string) => fold(w);

export class RussianReader {
  private readonly stop: Set<string>;
  private readonly byStem = new Map<string, string>();
  /** Every listed form as written: it wins over a stem another term shares ("договорились" is agreed, "договор" a treaty). */
  private readonly byForm = new Map<string, string>();
  private readonly phrases: { words: string[]; english: string }[] = [];
  private readonly single = new Map<string, string>();
  /** Entity aliases in Cyrillic, by the stems of their words. */
  private readonly aliases = new Map<string, Entity>();
  private readonly aliasWords = new Map<string, number>();

  constructor(
    private readonly data: RussianData,
    entities: readonly Entity[],
  ) {
    const lx = data.lexicon;
    this.stop = new Set(lx.stopwords.map(norm));
    for (const [english, ru] of Object.entries(lx.terms)) {
      for (const r of ru) {
        const ws = words(norm(r));
        if (ws.length === 1) {
          this.byForm.set(ws[0]!, english);
          if (!this.byStem.has(stemRussian(ws[0]!))) this.byStem.set(stemRussian(ws[0]!), english);
        } else if (ws.length > 1) this.phrases.push({ words: ws, english });
      }
    }
    // Cue phrases (several words) and cue words: each becomes its English cue.
    for (const [slot, cues] of Object.entries(lx.asks)) for (const c of cues) this.cue(c, SLOT_CUE[slot] ?? '');
    for (const c of lx.exclusions) this.cue(c, 'except');
    for (const c of lx.present) this.cue(c, 'now');
    for (const c of lx.listCues) this.cue(c, 'list');
    for (const c of lx.ends) this.cue(c, 'end');
    for (const [w, n] of Object.entries(lx.ordinals)) this.cue(w, ORDINAL_WORD[n] ?? '');
    for (const [m, forms] of Object.entries(lx.months)) for (const f of forms) this.cue(f, MONTHS[Number(m) - 1]!);
    for (const [w, n] of Object.entries(lx.numberWords)) this.cue(w, String(n));
    for (const [w, n] of Object.entries(lx.scales)) this.cue(w, SCALE_WORD[n] ?? '');
    for (const [unit, forms] of Object.entries(lx.units)) for (const f of forms) this.cue(f, UNIT_WORD[unit] ?? unit);
    for (const w of lx.yearWords) this.cue(w, '');
    this.phrases.sort((a, b) => b.words.length - a.words.length);
    for (const e of entities) {
      for (const alias of e.aliases.filter(isRussian)) {
        const key = words(norm(alias)).map(stemRussian).join(' ');
        if (!key || this.aliases.has(key)) continue;
        this.aliases.set(key, e);
        const first = key.split(' ')[0]!;
        this.aliasWords.set(first, Math.max(this.aliasWords.get(first) ?? 0, key.split(' ').length));
      }
    }
  }

  private cue(phrase: string, english: string): void {
    const ws = words(norm(phrase));
    if (ws.length > 1) this.phrases.push({ words: ws, english });
    else if (ws.length === 1 && !this.single.has(ws[0]!)) this.single.set(ws[0]!, english);
  }

  /**
   * The question in the engine's English: entities by their English names, months, numbers, units and cue
   * phrases by their English words, content words by the English term they stand for; a Cyrillic word the
   * data does not know is spelt in Latin letters (a name, perhaps: "мирзиёев" → "mirziyoyev"); Latin words stay.
   */
  pivot(question: string): string {
    const ws = words(norm(question));
    const out: string[] = [];
    // "был ли", "подписали ли": a yes/no question reads "did …" in English.
    if (ws.includes('ли') || this.data.lexicon.asks.yesno?.some((c) => ` ${ws.join(' ')} `.includes(` ${words(norm(c)).join(' ')} `))) out.push('did');
    for (let i = 0; i < ws.length; ) {
      const w = ws[i]!;
      const entity = this.entityAt(ws, i);
      if (entity) {
        out.push(entity.entity.name);
        i += entity.length;
        continue;
      }
      const phrase = this.phrases.find((p) =>
        p.words.every((x, k) => ws[i + k] === x || (k === p.words.length - 1 && stemRussian(ws[i + k] ?? '') === stemRussian(x))),
      );
      if (phrase) {
        if (phrase.english) out.push(phrase.english);
        i += phrase.words.length;
        continue;
      }
      i++;
      const cue = this.single.get(w);
      if (cue !== undefined) {
        if (cue) out.push(cue);
        continue;
      }
      if (this.stop.has(w)) continue;
      if (!isRussian(w)) {
        out.push(w);
        continue;
      }
      // A word the data does not know is a name, or a topic the sources lack: capitalised, the English reader
      // weighs it as an unknown name (or matches it to a Latin alias, typos allowed).
      out.push(this.byForm.get(w) ?? this.byStem.get(stemRussian(w)) ?? this.misspelt(w) ?? capitalise(this.latin(w)));
    }
    return out.join(' ');
  }

  /** The English term of a misspelt Russian word ("товарооборт"), when one known stem is close enough. */
  private misspelt(w: string): string | undefined {
    const stem = stemRussian(w);
    // Short stems lie too close together ("погод" is one letter from "повод"): only long words are corrected.
    if (stem.length < MIN_CORRECTED_STEM) return undefined;
    const limit = typoAllowance(stem.length);
    let best: { english: string; d: number } | undefined;
    for (const [known, english] of this.byStem) {
      if (Math.abs(known.length - stem.length) > limit) continue;
      const d = editDistance(stem, known, limit);
      if (d <= limit && (!best || d < best.d)) best = { english, d };
    }
    return best?.english;
  }

  /** The Cyrillic alias that starts at word i (longest first), matched by stems so every case form finds it. */
  private entityAt(ws: string[], i: number): { entity: Entity; length: number } | undefined {
    const first = stemRussian(ws[i]!);
    for (let n = Math.min(this.aliasWords.get(first) ?? 0, ws.length - i); n >= 1; n--) {
      const e = this.aliases.get(
        ws
          .slice(i, i + n)
          .map(stemRussian)
          .join(' '),
      );
      if (e) return { entity: e, length: n };
    }
    return undefined;
  }

  /** A Cyrillic word in Latin letters, the usual spelling of each letter (the engine's fuzzy match does the rest). */
  private latin(w: string): string {
    const t = this.data.translit;
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const pair = t.pairs?.[w.slice(i, i + 2)];
      if (pair) {
        out += pair[0];
        i++;
        continue;
      }
      const initial = i === 0 ? t.initial?.[w[i]!] : undefined;
      out += (initial ?? t.letters[w[i]!] ?? [w[i]!])[0];
    }
    return out;
  }

  /** An entity's Russian name: its first Cyrillic alias, else its own name. */
  static nameOf(e: Entity): string {
    return e.aliases.find(isRussian) ?? e.name;
  }
}

function capitalise(w: string): string {
  return w ? w[0]!.toUpperCase() + w.slice(1) : w;
}
