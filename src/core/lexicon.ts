// The runtime form of intents/_lexicon.yaml: stems, synonyms and stopwords as lookups.
import { stem } from './stem.js';
import type { AnswerSlot, Lexicon as LexiconData } from './schema.js';
import { fold, words } from './normalise.js';

export class Lexicon {
  private readonly stop: Set<string>;
  private readonly canonical = new Map<string, string>();
  /** Folded cue phrases, longest first, with the slot each asks for. */
  readonly asks: { phrase: string; slot: AnswerSlot }[];
  readonly exclusions: string[];
  readonly listCues: Set<string>;
  /** Terms of office words (see `roles` in the lexicon). */
  readonly roles: Set<string>;
  readonly present: Set<string>;
  readonly ordinals: Map<string, number>;
  readonly ends: Set<string>;
  readonly attributes: Set<string>;
  /** Terms of nouns for a country's people, tied to the country after "from" too (see neighbours.ts). */
  readonly nationals: Set<string>;
  /** Terms of question words that ask for a plan (see `planWords` in the lexicon). */
  readonly planWords: Set<string>;
  /** Terms of words that ask when something is to happen (see `scheduleWords` in the lexicon). */
  readonly scheduleWords: Set<string>;
  /** Folded phrases that refer to people named before ("the ministers"). */
  readonly groupReferences: string[];
  /** Terms of words that make a lesser office of the one after them ("deputy"). */
  readonly deputies: Set<string>;
  /** Terms of the stages of an event (see `stages` in the lexicon). */
  readonly stages: Set<string>;
  /** Terms of words that name one party ("side", "behalf"). */
  readonly sides: Set<string>;
  /** Words before a place that make it where something happened ("in", "at", "to"). */
  readonly locatives: Set<string>;
  /** Cue words of follow-ups, folded (see conversation.ts). */
  readonly followUp: {
    pronouns: string[];
    personal: string[];
    plural: string[];
    corrections: string[];
    continuations: string[];
    switches: string[];
    before: string[];
    after: string[];
  };
  /** Cue phrases of question forms, folded (see forms.ts). */
  readonly forms: Record<'yesno' | 'confirm' | 'order' | 'difference' | 'age' | 'count' | 'joins', string[]>;
  /** Words that ask who someone or what something is ("position", "stand for"), about a named person or body. */
  readonly describes: Set<string>;
  /** Nouns that name a place ("capital"): a question about one asks where (see understand.ts). */
  readonly placeNouns: Set<string>;
  /** Endings that make a new word of a known one ("-ly": officially), longest first. */
  readonly derivations: string[];

  constructor(data: LexiconData) {
    this.stop = new Set(data.stopwords.map((w) => fold(w)));
    for (const [head, variants] of Object.entries(data.synonyms)) {
      const target = stem(fold(head));
      this.canonical.set(target, target);
      // A variant of several words ("cross-border") maps as a whole only: its parts alone mean other things.
      for (const v of variants) {
        const ws = words(fold(v));
        if (ws.length === 1) this.canonical.set(stem(ws[0]!), target);
      }
    }
    this.asks = Object.entries(data.asks)
      .flatMap(([slot, phrases]) => phrases.map((p) => ({ phrase: fold(p), slot: slot as AnswerSlot })))
      .sort((a, b) => b.phrase.length - a.phrase.length);
    this.exclusions = data.exclusions.map(fold).sort((a, b) => b.length - a.length);
    this.listCues = new Set(data.listCues.map(fold));
    this.roles = new Set(data.roles.flatMap((r) => this.terms(r)));
    this.present = new Set(data.present.map(fold));
    this.ordinals = new Map(Object.entries(data.ordinals).map(([w, n]) => [fold(w), n]));
    this.ends = new Set(data.ends.map(fold));
    this.nationals = new Set(data.nationals.flatMap((a) => this.terms(a)));
    this.sides = new Set(data.sides.flatMap((a) => this.terms(a)));
    this.stages = new Set(data.stages.flatMap((a) => this.terms(a)));
    this.deputies = new Set(data.deputies.flatMap((a) => this.terms(a)));
    this.planWords = new Set(data.planWords.flatMap((a) => this.terms(a)));
    this.scheduleWords = new Set(data.scheduleWords.flatMap((a) => this.terms(a)));
    this.groupReferences = data.groupReferences.map((g) => words(fold(g)).join(' '));
    // Both are tied to countries as the attributes are.
    this.attributes = new Set([...data.attributes.flatMap((a) => this.terms(a)), ...this.nationals, ...this.sides]);
    this.locatives = new Set(data.locatives.map(fold));
    const folded = (list: string[]) => list.map((w) => words(fold(w)).join(' '));
    const f = data.followUp;
    this.followUp = {
      pronouns: folded(f.pronouns),
      personal: folded(f.personal),
      plural: folded(f.plural),
      corrections: folded(f.corrections).sort((a, b) => b.length - a.length),
      continuations: folded(f.continuations).sort((a, b) => b.length - a.length),
      switches: folded(f.switches),
      before: folded(f.before),
      after: folded(f.after),
    };
    this.forms = Object.fromEntries(Object.entries(data.forms).map(([k, v]) => [k, folded(v)])) as Lexicon['forms'];
    this.placeNouns = new Set(data.placeNouns.map(fold));
    this.describes = new Set(data.describes.map(fold));
    this.derivations = data.derivations.map(fold).sort((a, b) => b.length - a.length);
  }

  /** Whether a sentence tells again the same stage of an event as the one before ("…signed a protocol." "The document was signed by …"). */
  sameStage(sentence: string, before: string): boolean {
    const earlier = new Set(this.terms(before));
    return this.refersBack(sentence, before) && this.terms(sentence).some((t) => this.stages.has(t) && earlier.has(t));
  }

  /**
   * Whether a sentence goes on about the one before ("…signed a protocol." then "The document was signed by …",
   * "He said …"): it starts with a pronoun, or with "the" and a word of that sentence (or "document").
   */
  refersBack(sentence: string, before: string): boolean {
    const [first, second] = words(fold(sentence));
    if (this.followUp.pronouns.includes(first ?? '')) return true;
    return first === 'the' && second !== undefined && this.terms(`${before} document`).includes(this.term(second));
  }

  /** Whether a sentence refers to people named before it as a group ("The ministers agreed …", "Both sides noted …"). */
  refersToGroup(sentence: string): boolean {
    const text = ` ${words(fold(sentence)).join(' ')} `;
    return this.groupReferences.some((g) => text.includes(` ${g} `));
  }

  /** Every stopword, so typos of them ("wen", "waht") can be recognised. */
  get stopwords(): Iterable<string> {
    return this.stop;
  }

  isStopword(word: string): boolean {
    return this.stop.has(word);
  }

  /** The search term a word stands for: its stem, mapped through the synonyms. */
  term(word: string): string {
    const stemmed = stem(word);
    return this.canonical.get(stemmed) ?? stemmed;
  }

  /** Whether the lexicon itself knows this word (so it is no unknown name). */
  knows(word: string): boolean {
    // A plan word is met by a planned unit, whether or not a source uses the word itself.
    return this.stop.has(word) || this.canonical.has(stem(word)) || this.planWords.has(this.term(word));
  }

  /** The content terms of a text: folded, split, stopwords dropped, stemmed and mapped. */
  terms(text: string): string[] {
    return words(fold(text))
      .filter((w) => !this.stop.has(w))
      .map((w) => this.term(w));
  }
}
