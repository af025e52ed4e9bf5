// Russian questions against English sources: a Russian question is read word by word into the engine's
// English terms (the "pivot" question), answered as any other, and its answer said in Russian. All the words
// are data (lang/ru/*.yaml); the code is the stemmer and the order in which the lists are tried.
import type { Calendar } from './calendar.js';
import { editDistance, fold, typoAllowance, words } from '../normalise.js';
import { isRussianFormOf, stemRussian, stemRussianOnce } from './stem-ru.js';
import { isRussianWord } from './russian-words.js';
import type { Entity } from '../schema.js';
import { ENGINE_OPTIONS } from '../options.js';

/** lang/ru/lexicon.yaml, as read (see the file for what each list holds). */
export type RussianLexicon = {
  stopwords: string[];
  terms: Record<string, string[]>;
  asks: Record<string, string[]>;
  exclusions: string[];
  negations: string[];
  attributions: string[];
  continuations: string[];
  listCues: string[];
  /** Words that ask which of the things before came first (`earlier`) or later. */
  order: Record<string, string[]>;
  /** Phrases that ask someone's age at the time of a fact. */
  age: string[];
  /** Phrases that ask how many times a thing happened. */
  howOften: string[];
  /** The word after an ordinal that makes it "for the … time" ("в последний раз"). */
  times: string[];
  /** Office words and country-bound nouns: read by the checks, not yet by the reader. */
  roles: string[];
  attributes: string[];
  present: string[];
  ordinals: Record<string, number>;
  /** Pronouns of a follow-up, by the English pronoun they become; `personOrThing` is "he" or "it" by the turn before. */
  pronouns: Record<string, string[]>;
  ends: string[];
  months: Record<string, string[]>;
  numberWords: Record<string, number>;
  scales: Record<string, number>;
  units: Record<string, string[]>;
  yearWords: string[];
  /** A preposition right before a year, by the English word it reads as there ("с 1993 по 2013": from … to). */
  yearPrepositions: Record<string, string>;
  /** As `groupReferences` of intents/_lexicon.yaml, for the sentences of a Russian source. */
  groupReferences?: string[];
};

export type RussianData = {
  lexicon: RussianLexicon;
  templates: Record<string, unknown>;
  format: Record<string, unknown>;
  translit: {
    letters: Record<string, string[]>;
    pairs?: Record<string, string[]>;
    initial?: Record<string, string[]>;
    afterVowel?: Record<string, string[]>;
    /** Russian typed in Latin letters: the words that tell it, the letter rules back to Cyrillic, whole words. */
    latinCues?: string[];
    fromLatin?: Record<string, string>;
    words?: Record<string, string>;
  };
  intents: Record<string, { description: string; example: string }>;
};

const CYRILLIC = /[\u0400-\u04FF]/;
const MIN_CORRECTED_STEM = ENGINE_OPTIONS.minCorrectedRussianStem;

/** Whether a question is in Russian: any Cyrillic letter is enough. */
export function isRussian(text: string): boolean {
  return CYRILLIC.test(text);
}

/** The English cue each slot's Russian cue becomes, so the English reader finds the slot. */
const SLOT_CUE: Record<string, string> = { date: 'when', value: 'how many', person: 'who', place: 'where', reason: 'why', summary: 'what', yesno: '' };
/** The English comparison each order cue becomes (a form of intents/_lexicon.yaml). */
const ORDER_CUE: Record<string, string> = { earlier: 'came first', later: 'came later' };
const ORDINAL_WORD: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', [-1]: 'last' };
const UNIT_WORD: Record<string, string> = {
  km: 'km',
  usd: 'dollars',
  eur: 'euros',
  percent: 'percent',
  person: 'people',
  document: 'documents',
  day: 'days',
  year: 'years',
  month: 'months',
};
const SCALE_WORD: Record<number, string> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };

/** Folded as the English side folds (ё reads е, й reads и): stems and listed forms do not care. */
const norm = (w: string) => fold(w);

/** What the reader needs of the turn before: whether "он", "его" stand for a man or for a thing. */
export type TurnBefore = { aboutPerson: boolean };

/** One word of the question: as read (Cyrillic, folded) and, when it was typed in Latin letters, as typed. */
type Word = { ru: string; typed?: string };

export class RussianReader {
  private readonly stop: Set<string>;
  private readonly byStem = new Map<string, string>();
  /** Every listed form as written: it wins over a stem another term shares ("договорились" is agreed, "договор" a treaty). */
  private readonly byForm = new Map<string, string>();
  /** The same words by one pass of the stemmer: longer stems, for measuring typos. */
  private readonly byLongStem = new Map<string, string>();
  private readonly phrases: { words: string[]; english: string }[] = [];
  private readonly single = new Map<string, string>();
  /** Prepositions before a year (see RussianLexicon.yearPrepositions): elsewhere "с" is "with", "по" "by". */
  private readonly yearPrepositions = new Map<string, string>();
  /** Ordinals by their base form, for every form ("последний", "последние", "первого"), and the English word of each. */
  private readonly ordinals: { base: string; english: string }[] = [];
  /** Follow-up pronouns by form: the English pronoun, or PERSON_OR_THING. */
  private readonly pronouns = new Map<string, string>();
  /** Entity aliases in Cyrillic, by the stems of their words, with the alias words as written. */
  private readonly aliases = new Map<string, { entity: Entity; forms: string[][] }>();
  private readonly aliasWords = new Map<string, number>();
  /** One-word Latin names and aliases (folded), for a Cyrillic name the data spells only in Latin letters. */
  private readonly latinNames = new Map<string, Entity>();
  /** Latin-script Russian: its cue words, and the letter sequences back to Cyrillic, longest first. */
  private readonly latinCues: Set<string>;
  /** Openings of a follow-up that goes on from the one before, longest first. */
  private readonly continuations: string[][];
  private readonly fromLatin: [string, string][];

  constructor(
    private readonly data: RussianData,
    entities: readonly Entity[],
    /** The calendar the English question is read with: a Russian month becomes its English name. */
    english: Calendar,
  ) {
    const lx = data.lexicon;
    this.stop = new Set(lx.stopwords.map(norm));
    for (const [english, ru] of Object.entries(lx.terms)) {
      for (const r of ru) {
        const ws = words(norm(r));
        if (ws.length === 1) {
          this.byForm.set(ws[0]!, english);
          if (!this.byStem.has(stemRussian(ws[0]!))) this.byStem.set(stemRussian(ws[0]!), english);
          if (!this.byLongStem.has(stemRussianOnce(ws[0]!))) this.byLongStem.set(stemRussianOnce(ws[0]!), english);
        } else if (ws.length > 1) this.phrases.push({ words: ws, english });
      }
    }
    // Cue phrases (several words) and cue words: each becomes its English cue.
    // A value cue keeps the measure it names: "какова протяжённость" is "how many" of a length.
    for (const [slot, cues] of Object.entries(lx.asks)) for (const c of cues) this.cue(c, SLOT_CUE[slot] ?? '', slot === 'value');
    for (const c of lx.exclusions) this.cue(c, 'except');
    for (const c of lx.negations) this.cue(c, 'not');
    for (const c of lx.attributions) this.cue(c, ATTRIBUTION);
    for (const c of lx.present) this.cue(c, 'now');
    for (const c of lx.listCues) this.cue(c, 'list');
    for (const [order, cues] of Object.entries(lx.order)) for (const c of cues) this.cue(c, ORDER_CUE[order] ?? '');
    for (const c of lx.age) this.cue(c, 'how old');
    for (const c of lx.howOften) this.cue(c, 'how many times');
    for (const c of lx.ends) this.cue(c, 'end');
    for (const [w, n] of Object.entries(lx.ordinals)) {
      this.cue(w, ORDINAL_WORD[n] ?? '');
      this.ordinals.push({ base: norm(w), english: ORDINAL_WORD[n] ?? '' });
    }
    for (const [m, forms] of Object.entries(lx.months)) for (const f of forms) this.cue(f, english.monthName(Number(m)).toLowerCase());
    for (const [w, n] of Object.entries(lx.numberWords)) this.cue(w, String(n));
    for (const [w, n] of Object.entries(lx.scales)) this.cue(w, SCALE_WORD[n] ?? '');
    for (const [unit, forms] of Object.entries(lx.units)) for (const f of forms) this.cue(f, UNIT_WORD[unit] ?? unit);
    for (const w of lx.yearWords) this.cue(w, '');
    for (const [w, english] of Object.entries(lx.yearPrepositions)) this.yearPrepositions.set(norm(w), english);
    for (const [english, forms] of Object.entries(lx.pronouns ?? {})) for (const f of forms) this.pronouns.set(norm(f), english);
    this.phrases.sort((a, b) => b.words.length - a.words.length);
    for (const e of entities) {
      for (const alias of [e.name, ...e.aliases].filter((a) => !isRussian(a))) {
        const ws = words(norm(alias));
        if (ws.length === 1 && !this.latinNames.has(ws[0]!)) this.latinNames.set(ws[0]!, e);
      }
      for (const alias of e.aliases.filter(isRussian)) {
        const forms = words(norm(alias));
        const key = forms.map(stemRussian).join(' ');
        if (!key) continue;
        const known = this.aliases.get(key);
        if (known) {
          if (known.entity === e) known.forms.push(forms);
          continue;
        }
        this.aliases.set(key, { entity: e, forms: [forms] });
        const first = key.split(' ')[0]!;
        this.aliasWords.set(first, Math.max(this.aliasWords.get(first) ?? 0, forms.length));
      }
    }
    this.continuations = lx.continuations.map((c) => words(norm(c))).sort((a, b) => b.length - a.length);
    const t = data.translit;
    this.latinCues = new Set(t.latinCues ?? []);
    this.fromLatin = Object.entries(t.fromLatin ?? {}).sort((a, b) => b[0].length - a[0].length);
  }

  private cue(phrase: string, cueWord: string, keepTerms = false): void {
    const ws = words(norm(phrase));
    const kept = keepTerms ? ws.flatMap((w) => this.byForm.get(w) ?? this.byStem.get(stemRussian(w)) ?? []) : [];
    const english = [cueWord, ...kept].filter(Boolean).join(' ');
    if (ws.length > 1) this.phrases.push({ words: ws, english });
    else if (ws.length === 1 && !this.single.has(ws[0]!)) this.single.set(ws[0]!, english);
  }

  /** Whether the reader takes the question: Cyrillic, or Russian typed in Latin letters ("kogda byl podpisan dogovor"). */
  reads(question: string): boolean {
    return isRussian(question) || this.isLatinRussian(question);
  }

  private isLatinRussian(question: string): boolean {
    return !isRussian(question) && latinWords(question).some((w) => this.latinCues.has(w));
  }

  /**
   * The question in the engine's English: entities by their English names, months, numbers, units and cue
   * phrases by their English words, content words by the English term they stand for; a Cyrillic word the
   * data does not know is spelt in Latin letters (a name, perhaps: "мирзиёев" → "mirziyoyev"); Latin words stay.
   * Russian typed in Latin letters is read in Cyrillic first; a word that then means nothing stays as typed.
   * `before` tells what "он", "его" refer to in a follow-up (a man, or a treaty or a visit).
   */
  pivot(question: string, before?: TurnBefore): string {
    const ws: Word[] = this.isLatinRussian(question)
      ? latinWords(question).map((typed) => ({ ru: norm(this.cyrillic(typed)), typed }))
      : words(norm(question)).map((ru) => ({ ru }));
    const ru = ws.map((w) => w.ru);
    const out: string[] = [];
    // "был ли", "подписали ли": a yes/no question reads "did …" in English.
    if (ru.includes('ли') || this.data.lexicon.asks.yesno?.some((c) => ` ${ru.join(' ')} `.includes(` ${words(norm(c)).join(' ')} `))) out.push('did');
    // "а с Казахстаном?": a follow-up that goes on from the question before opens with "and" (a yes/no keeps its "did").
    const opening = this.continuations.find((c) => c.every((w, k) => ru[k] === w));
    if (opening && !out.length) out.push('and');
    for (let i = opening?.length ?? 0; i < ws.length; ) {
      const w = ru[i]!;
      const entity = this.entityAt(ru, i);
      if (entity) {
        out.push(...this.entityWords(ru, i, entity));
        i += entity.length;
        continue;
      }
      const phrase = this.phrases.find((p) =>
        p.words.every((x, k) => ru[i + k] === x || (k === p.words.length - 1 && stemRussian(ru[i + k] ?? '') === stemRussian(x))),
      );
      if (phrase) {
        i += phrase.words.length;
        if (phrase.english === ATTRIBUTION) i += this.attributed(ru, i, out);
        else if (phrase.english) out.push(phrase.english);
        continue;
      }
      const typed = ws[i]!.typed;
      i++;
      const ordinal = this.ordinalOf(w);
      // "в последний раз" at the end of a question: the English reader takes "for the last time" there.
      if (ordinal && this.data.lexicon.times.includes(ru[i] ?? '')) {
        out.push(`for the ${ordinal} time`);
        i++;
        continue;
      }
      const beforeYear = /^\d{4}$/.test(ru[i] ?? '') ? this.yearPrepositions.get(w) : undefined;
      if (beforeYear) {
        out.push(beforeYear);
        continue;
      }
      const cue = this.single.get(w) ?? ordinal;
      if (cue !== undefined) {
        if (cue === ATTRIBUTION) i += this.attributed(ru, i, out);
        else if (cue) out.push(cue);
        continue;
      }
      const pronoun = this.pronouns.get(w);
      if (pronoun) {
        out.push(pronoun === PERSON_OR_THING ? (before?.aboutPerson ? 'he' : 'it') : pronoun);
        continue;
      }
      if (this.stop.has(w)) continue;
      if (!isRussian(w)) {
        out.push(w);
        continue;
      }
      // A word the data does not know is a name, or a topic the sources lack: capitalised, the English reader
      // weighs it as an unknown name (or matches it to a Latin alias, typos allowed). An ordinary Russian word
      // ("на стыке границ") is none: in lowercase it weighs as a word the English reader does not know.
      const term = this.byForm.get(w) ?? this.byStem.get(stemRussian(w)) ?? (typed ? undefined : this.misspelt(w));
      if (term) out.push(term);
      else out.push(this.latinName(w)?.name ?? (!typed && isRussianWord(w) ? this.latin(w) : capitalise(typed ?? this.latin(w))));
    }
    return out.join(' ');
  }

  /**
   * The English word of an ordinal in any form ("последние столкновения" are the last ones): only a word with an
   * adjective's ending, so that "треть" (a third) or "крайне" (extremely) stays what it is; "" for one English lacks.
   */
  private ordinalOf(w: string): string | undefined {
    if (!ADJECTIVE_FORM.test(w)) return undefined;
    return this.ordinals.find((o) => isRussianFormOf(w, o.base))?.english;
  }

  /**
   * After an attribution ("по данным МИД РТ"), the body named at word i reads "according to <body>", as English says
   * it: the English reader answers from that body's documents. How many words the body takes; 0 for anything else.
   */
  private attributed(ru: string[], i: number, out: string[]): number {
    const named = i < ru.length ? this.entityAt(ru, i) : undefined;
    if (named?.entity.type !== 'organisation') return 0;
    out.push('according to', named.entity.name);
    return named.length;
  }

  /**
   * What an entity found at word i reads as: its English name; but a body of one country shared by a second
   * ("МИД Казахстана и Таджикистана", the ministries of both) reads word by word, so that each country is named
   * and the body's own words ("МИД": foreign ministry) stay for the search.
   */
  private entityWords(ru: string[], i: number, found: { entity: Entity; length: number }): string[] {
    const { entity, length } = found;
    const next = ru[i + length] === 'и' ? this.entityAt(ru, i + length + 1) : undefined;
    if (!entity.country || next?.entity.type !== 'country' || next.entity.id === entity.country) return [entity.name];
    const out: string[] = [];
    for (let k = i; k < i + length; ) {
      const country = this.entityAt(ru, k);
      if (country?.entity.type === 'country') {
        out.push(country.entity.name);
        k += country.length;
        continue;
      }
      const term = this.byForm.get(ru[k]!) ?? this.byStem.get(stemRussian(ru[k]!));
      if (term) out.push(term);
      k++;
    }
    return out;
  }

  /** The English term of a misspelt Russian word ("товарооборт"), when one known stem is close enough. */
  private misspelt(w: string): string | undefined {
    // Against the full stems and against the one-pass ones, which keep more letters ("атношения" is one letter
    // from "отношения" as "атнош" is from "отнош", too short a stem to correct).
    return this.closest(stemRussian(w), this.byStem) ?? this.closest(stemRussianOnce(w), this.byLongStem);
  }

  private closest(stem: string, known: Map<string, string>): string | undefined {
    // Short stems lie too close together ("погод" is one letter from "повод"): only long words are corrected.
    if (stem.length < MIN_CORRECTED_STEM) return undefined;
    const limit = typoAllowance(stem.length);
    let best: { english: string; d: number } | undefined;
    for (const [k, english] of known) {
      if (Math.abs(k.length - stem.length) > limit) continue;
      const d = editDistance(stem, k, limit);
      if (d <= limit && (!best || d < best.d)) best = { english, d };
    }
    return best?.english;
  }

  /**
   * The Cyrillic alias that starts at word i (longest first), matched by stems so every case form finds it;
   * each word must also keep its alias word's letters, so that a short stem reaches no ordinary word
   * ("данным" shares the stem "дан" with "Дания" but is no form of it).
   */
  private entityAt(ws: string[], i: number): { entity: Entity; length: number } | undefined {
    const first = stemRussian(ws[i]!);
    for (let n = Math.min(this.aliasWords.get(first) ?? 0, ws.length - i); n >= 1; n--) {
      const span = ws.slice(i, i + n);
      const alias = this.aliases.get(span.map(stemRussian).join(' '));
      if (alias?.forms.some((forms) => forms.every((f, k) => isRussianFormOf(span[k]!, f)))) return { entity: alias.entity, length: n };
    }
    return undefined;
  }

  /**
   * The entity whose one-word Latin name a Cyrillic word spells, in any case: the word and its stem are
   * transliterated ("Ташкентом" → "tashkentom", "tashkent") and the closest name within the typo allowance
   * wins ("мирзиёева" → "Mirziyoyev"). The first letter must agree, so no ordinary word drifts into a name.
   */
  private latinName(w: string): Entity | undefined {
    const spelt = [...new Set([this.latin(w), this.latin(stemRussian(w))])];
    let best: { e: Entity; d: number } | undefined;
    for (const [name, e] of this.latinNames) {
      const limit = typoAllowance(name.length);
      for (const s of spelt) {
        if (s[0] !== name[0]) continue;
        const d = editDistance(s, name, limit);
        if (d <= limit && (!best || d < best.d)) best = { e, d };
      }
    }
    return best?.e;
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
      const c = w[i]!;
      const positional = i === 0 ? t.initial?.[c] : VOWEL.test(w[i - 1]!) ? t.afterVowel?.[c] : undefined;
      out += (positional ?? t.letters[c] ?? [c])[0];
    }
    return out;
  }

  /** A word of Russian typed in Latin letters, in Cyrillic: a listed whole word, else letter sequence by sequence. */
  private cyrillic(typed: string): string {
    const whole = this.data.translit.words?.[typed];
    if (whole) return whole;
    let out = '';
    for (let i = 0; i < typed.length; ) {
      const seq = this.fromLatin.find(([latin]) => typed.startsWith(latin, i));
      // "ye" after a consonant is "ые" ("pervye", "novye"); first or after a vowel it is "е" ("yest", "moye").
      if (seq?.[0] === 'ye' && out && !VOWEL.test(out[out.length - 1]!)) {
        out += 'ые';
        i += 2;
        continue;
      }
      if (seq) {
        out += seq[1];
        i += seq[0].length;
        continue;
      }
      // "y" is "ы" after a consonant ("kyrgyz") and "й" after a vowel or first ("kakoy", "yug").
      if (typed[i] === 'y') out += out && !VOWEL.test(out[out.length - 1]!) ? 'ы' : 'й';
      else out += typed[i];
      i++;
    }
    return out;
  }

  /** An entity's Russian name: its first Cyrillic alias, else its own name. */
  static nameOf(e: Entity): string {
    return e.aliases.find(isRussian) ?? e.name;
  }
}

/** What an attribution cue stands for while reading (it gives no English word). */
const ATTRIBUTION = '\u0000attribution';
/** The key of `pronouns` whose forms stand for a man or a thing (see TurnBefore). */
const PERSON_OR_THING = 'personOrThing';
const VOWEL = /[аеёиоуыэюяәөұүіӣӯ]/;
/** The endings of an adjective's forms (folded: й reads и). */
const ADJECTIVE_FORM = /(ыи|ии|ои|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|еи)$/;

/** The words of a text typed in Latin letters, lowercase, apostrophes kept (a soft sign: "otnoshen'ya"). */
/** Whether a question is Russian, in Cyrillic or in Latin letters (a cue word of lang/ru/translit.yaml): cheap, with no reader built. */
export function readsAsRussian(data: RussianData, question: string): boolean {
  if (isRussian(question)) return true;
  const cues = data.translit.latinCues ?? [];
  return cues.length > 0 && latinWords(question).some((w) => cues.includes(w));
}

function latinWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[a-z']+/g)
      ?.map((w) => w.replace(/^'+|'+$/g, ''))
      .filter(Boolean) ?? []
  );
}

function capitalise(w: string): string {
  return w ? w[0]!.toUpperCase() + w.slice(1) : w;
}
