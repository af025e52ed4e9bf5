// The runtime form of intents/_lexicon.yaml: stems, synonyms and stopwords as lookups.
import { stem } from './stem.js';
import type { AnswerSlot, Lexicon as LexiconData } from './schema.js';
import { fold, leadingWords, words } from './normalise.js';

/** The longest synonym phrase looked for, in words. */
const MAX_PHRASE_WORDS = 4;
/** The most words whose terms are remembered (the memo starts again past it, so odd words cannot fill memory). */
const TERM_MEMO = 200_000;

export class Lexicon {
  private readonly stop: Set<string>;
  private readonly canonical = new Map<string, string>();
  private readonly stopPhrases = new Set<string>();
  /** Synonym phrases of several words, folded and space-joined, to the term they stand for. */
  private readonly phraseTargets = new Map<string, string>();
  /** For each first word of a synonym or stopword phrase, the most words such a phrase has: most words start none, and are passed at once. */
  private readonly phraseLengths = new Map<string, number>();
  /** Folded cue phrases, longest first, with the slot each asks for. */
  readonly asks: { phrase: string; slot: AnswerSlot }[];
  readonly exclusions: string[];
  /** Words that open a date on one side: "before 2020", "after 2010", "since 2010" (that year included). */
  readonly dateBounds: { before: string[]; until: string[]; after: string[]; since: string[]; leadIns: string[] };
  /** Words that deny what follows, folded. */
  readonly negations: Set<string>;
  /** Phrases that start with a negation but affirm, as folded words. */
  readonly affirmations: string[][];
  /** Words after which a sentence lists things, folded. */
  readonly enumerates: string[];
  readonly listCues: Set<string>;
  /** Of those, nouns any kind of document answers to ("documents"): they name no one kind of item. */
  readonly listAnyKind: Set<string>;
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
  /** Folded question words that ask of what happened (see `pastAuxiliaries` in the lexicon). */
  readonly pastAuxiliaries: Set<string>;
  /** Folded question words that ask when something is to happen (see `futureAuxiliaries` in the lexicon). */
  readonly futureAuxiliaries: Set<string>;
  /** Folded phrases that refer to people named before ("the ministers"). */
  readonly groupReferences: string[];
  /** Terms of words that make a lesser office of the one after them ("deputy"). */
  readonly deputies: Set<string>;
  /** Terms of the words before an office that say which one it is ("prime minister", "foreign minister"). */
  readonly portfolios: Set<string>;
  /** Terms of the stages of an event (see `stages` in the lexicon). */
  readonly stages: Set<string>;
  /** Terms of words that name one party ("side", "behalf"). */
  readonly sides: Set<string>;
  /** Folded words before a country that name it as a party ("for Uzbekistan"). */
  readonly sidePrepositions: Set<string>;
  /** Folded words before which a side word names the party acting (see `sideWordPrepositions` in the lexicon). */
  readonly sideWordPrepositions: Set<string>;
  /** Phrases that open a purpose or reason in a quote, folded, longest first (see `reasonCues` in the lexicon). */
  readonly reasonCues: string[];
  /** Phrases before an occasion in a question, folded (see `occasionCues` in the lexicon). */
  readonly occasionCues: string[];
  /** Words that open a clause of the occasion after the question's own cue (see `clauseCues` in the lexicon). */
  readonly clauseCues: Set<string>;
  /** Right after which/what, words that ask for what was done (see `objectAuxiliaries` in the lexicon). */
  readonly objectAuxiliaries: Set<string>;
  /** Each acronym in capitals ("IT") and the words it stands for; matched before folding, case and all. */
  readonly acronyms: [RegExp, string][];
  /** A broad word (folded) and the words for its kinds (see `broader` in the lexicon). */
  readonly broader: Map<string, string[]>;
  /** Terms a unit must have itself when the question has them (see `mustMatch` in the lexicon). */
  readonly mustMatch: Set<string>;
  /** Terms of one direction and the word of the other ("export" and "import"), each way. */
  readonly opposites: Map<string, string>;
  /** Each term's converses: the preposition after it and the term the country after that has ("import" → from → "export"). */
  readonly converses: Map<string, { preposition: string; is: string }[]>;
  /** Terms of going somewhere ("visit", "trip"): tied to where they went (see neighbours.ts). */
  readonly motions: Set<string>;
  /** "Whose visit": before a word of `motions`, asks for the one who went (see people in slots.ts). */
  readonly owners: Set<string>;
  /** "Kazakhstan mainly sells": words that word order looks through (see keysOf in neighbours.ts), folded. */
  readonly adverbs: Set<string>;
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
    sources: string[];
    common: string[];
    occasions: string[];
    subjects: string[];
    questions: string[];
    reporting: string[];
    citing: string[];
    during: string[];
    determiners: string[];
    nounPointers: string[];
    before: string[];
    after: string[];
    measures: string[];
    fillers: string[];
    locative: string[];
    /** "for the {ordinal} time": a position asked of a question with no ordinal of its own. */
    atPosition: string;
    /** "Which one …", "the one …": a follow-up that picks among the items of the list before. */
    selections: string[];
    /** "The other way", "in return": the question before turned round (see `opposites`). */
    reversals: string[];
    /** "Was there one …": a yes/no follow-up on the question before; "one", "any" stand for what it asked about. */
    existentials: string[];
    existentialFillers: string[];
    /** "That same month", "the same year": the month or the year of the answer before. */
    sameMonth: string[];
    sameYear: string[];
    atThatTime: string[];
    others: string[];
    /** "By signing what?": prepositions a follow-up opens with when it goes on from the answer before (about its thing). */
    goesOn: string[];
  };
  /** Cue phrases of question forms, folded (see forms.ts). */
  readonly forms: Record<
    | 'yesno'
    | 'confirm'
    | 'order'
    | 'difference'
    | 'age'
    | 'count'
    | 'occurrences'
    | 'remainder'
    | 'share'
    | 'joins'
    | 'inOrder'
    | 'inMonths'
    | 'longer'
    | 'shorter'
    | 'yearSpan',
    string[]
  >;
  /** Words that ask who someone or what something is ("position", "stand for"), about a named person or body. */
  readonly describes: Set<string>;
  /** Phrases that ask for a figure and name no topic ("the number of"), folded, longest first. */
  readonly figureOf: string[];
  /** Nouns that name a place ("capital"): a question about one asks where (see understand.ts). */
  readonly placeNouns: Set<string>;
  /** Terms of nouns of a quantity ("trade"): "where" of one asks for its level, a figure (see understand.ts). */
  readonly levels: Set<string>;
  /** Words before a country that make it where the thing asked happened ("met in Kyrgyzstan"). */
  readonly wherePrepositions: Set<string>;
  /** After an occasion word, words before a country that make it where the occasion happened ("visit to X"). */
  readonly destinationPrepositions: Set<string>;
  /** By unit, the terms a figure in it accounts for ("km": length). */
  readonly measuredIn: Map<string, string[]>;
  /** The cues, copulas and phrase ends by which a question names what it measures (see measured.ts), folded. */
  readonly measured: { cues: string[]; copulas: Set<string>; ends: Set<string> };
  /** The terms a unit that lists things accounts for ("area": "which fields …"). */
  readonly listedAs: string[];
  /** Terms of verbs that say nothing before one of the terms of `lightObjects` ("paid a visit"). */
  readonly lightVerbs: Set<string>;
  readonly lightObjects: Set<string>;
  /** Nouns for a person that name no office ("official"): "which official …" asks who (see understand.ts). */
  readonly personNouns: Set<string>;
  /** Plural nouns for people ("ministers"): "which ministers has he met?" asks for each person, not the best one. */
  readonly severalPeople: Set<string>;
  /** Endings that make a new word of a known one ("-ly": officially), longest first. */
  readonly derivations: string[];
  /** Folded words that mean a change before a figure ("up 12 percent"), to the word they then stand for. */
  private readonly figureChanges: Map<string, string>;

  constructor(data: LexiconData) {
    this.stop = new Set(data.stopwords.map((w) => words(fold(w)).join(' ')));
    this.figureChanges = new Map(Object.entries(data.figureChanges).map(([w, change]) => [fold(w), fold(change)]));
    // A stopword of several words ("comes up") is read as one token, like a synonym phrase, and dropped.
    for (const w of this.stop) if (w.includes(' ')) this.stopPhrases.add(w);
    for (const [head, variants] of Object.entries(data.synonyms)) {
      const target = stem(fold(head));
      this.canonical.set(target, target);
      // A variant of several words ("deal with", "led to") maps as a whole only: its parts alone mean other things.
      for (const v of variants) {
        const ws = words(fold(v));
        if (ws.length === 1) this.canonical.set(stem(ws[0]!), target);
        else this.phraseTargets.set(ws.join(' '), target);
      }
    }
    for (const phrase of [...this.phraseTargets.keys(), ...this.stopPhrases]) {
      const ws = phrase.split(' ');
      this.phraseLengths.set(ws[0]!, Math.max(this.phraseLengths.get(ws[0]!) ?? 0, ws.length));
    }
    this.asks = Object.entries(data.asks)
      .flatMap(([slot, phrases]) => phrases.map((p) => ({ phrase: fold(p), slot: slot as AnswerSlot })))
      .sort((a, b) => b.phrase.length - a.phrase.length);
    this.exclusions = data.exclusions.map(fold).sort((a, b) => b.length - a.length);
    const longestFirst = (list: string[]) => list.map(fold).sort((a, b) => b.length - a.length);
    const b = data.dateBounds;
    this.dateBounds = {
      before: longestFirst(b.before),
      until: longestFirst(b.until),
      after: longestFirst(b.after),
      since: longestFirst(b.since),
      leadIns: b.leadIns.map(fold),
    };
    this.listCues = new Set(data.listCues.map(fold));
    this.listAnyKind = new Set(data.listAnyKind.map(fold));
    this.enumerates = data.enumerates.map(fold);
    this.negations = new Set(data.negations.map(fold));
    this.affirmations = data.affirmations.map((p) => words(fold(p)));
    this.roles = new Set(data.roles.flatMap((r) => this.terms(r)));
    this.present = new Set(data.present.map(fold));
    this.ordinals = new Map(Object.entries(data.ordinals).map(([w, n]) => [fold(w), n]));
    this.ends = new Set(data.ends.map(fold));
    this.nationals = new Set(data.nationals.flatMap((a) => this.terms(a)));
    this.sides = new Set(data.sides.flatMap((a) => this.terms(a)));
    this.sidePrepositions = new Set(data.sidePrepositions.map((w) => fold(w)));
    this.sideWordPrepositions = new Set(data.sideWordPrepositions.map((w) => fold(w)));
    this.occasionCues = data.occasionCues.map((c) => words(fold(c)).join(' '));
    this.clauseCues = new Set(data.clauseCues.map(fold));
    this.objectAuxiliaries = new Set(data.objectAuxiliaries.map(fold));
    this.broader = new Map(Object.entries(data.broader).map(([w, kinds]) => [fold(w), kinds.map(fold)]));
    const literal = (a: string) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.acronyms = Object.entries(data.acronyms).map(([a, words]) => [new RegExp(`(?<![\\p{L}\\p{N}])${literal(a)}(?![\\p{L}\\p{N}])`, 'gu'), words]);
    this.reasonCues = data.reasonCues.map((c) => words(fold(c)).join(' ')).sort((a, b) => b.length - a.length);
    this.mustMatch = new Set(data.mustMatch.flatMap((a) => this.terms(a)));
    this.stages = new Set(data.stages.flatMap((a) => this.terms(a)));
    this.deputies = new Set(data.deputies.flatMap((a) => this.terms(a)));
    this.portfolios = new Set(data.portfolios.flatMap((a) => this.terms(a)));
    this.planWords = new Set(data.planWords.flatMap((a) => this.terms(a)));
    this.scheduleWords = new Set(data.scheduleWords.flatMap((a) => this.terms(a)));
    this.pastAuxiliaries = new Set(data.pastAuxiliaries.map(fold));
    this.futureAuxiliaries = new Set(data.futureAuxiliaries.map(fold));
    this.groupReferences = data.groupReferences.map((g) => words(fold(g)).join(' '));
    // Both are tied to countries as the attributes are.
    this.attributes = new Set([...data.attributes.flatMap((a) => this.terms(a)), ...this.nationals, ...this.sides]);
    this.locatives = new Set(data.locatives.map(fold));
    this.motions = new Set(data.motions.flatMap((w) => this.terms(w)));
    this.owners = new Set(data.owners.map(fold));
    this.adverbs = new Set(data.adverbs.map(fold));
    this.converses = new Map(
      Object.entries(data.converses).map(([word, by]) => [this.term(word), Object.entries(by).map(([p, is]) => ({ preposition: fold(p), is: this.term(is) }))]),
    );
    this.opposites = new Map(
      Object.entries(data.opposites).flatMap(([a, b]) => [
        [this.term(a), fold(b)],
        [this.term(b), fold(a)],
      ]),
    );
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
      sources: folded(f.sources),
      common: folded(f.common),
      occasions: folded(f.occasions),
      subjects: folded(f.subjects),
      questions: folded(f.questions),
      reporting: folded(f.reporting),
      citing: folded(f.citing),
      during: folded(f.during),
      determiners: folded(f.determiners),
      nounPointers: folded(f.nounPointers),
      measures: folded(f.measures),
      fillers: folded(f.fillers).sort((a, b) => b.length - a.length),
      locative: folded(f.locative),
      atPosition: f.atPosition,
      selections: folded(f.selections).sort((a, b) => b.length - a.length),
      reversals: folded(f.reversals).sort((a, b) => b.length - a.length),
      existentials: folded(f.existentials).sort((a, b) => b.length - a.length),
      existentialFillers: folded(f.existentialFillers),
      sameMonth: folded(f.sameMonth).sort((a, b) => b.length - a.length),
      sameYear: folded(f.sameYear).sort((a, b) => b.length - a.length),
      atThatTime: folded(f.atThatTime).sort((a, b) => b.length - a.length),
      others: folded(f.others),
      goesOn: folded(f.goesOn),
    };
    this.forms = Object.fromEntries(Object.entries(data.forms).map(([k, v]) => [k, folded(v)])) as Lexicon['forms'];
    this.figureOf = folded(data.figureOf).sort((a, b) => b.length - a.length);
    this.placeNouns = new Set(data.placeNouns.map(fold));
    this.levels = new Set(data.levels.map((w) => this.term(w)));
    this.personNouns = new Set(data.personNouns.map(fold));
    this.severalPeople = new Set(data.severalPeople.map(fold));
    this.wherePrepositions = new Set(data.wherePrepositions.map(fold));
    this.destinationPrepositions = new Set(data.destinationPrepositions.map(fold));
    this.measuredIn = new Map();
    for (const [word, units] of Object.entries(data.measuredIn))
      for (const unit of units) this.measuredIn.set(unit, [...(this.measuredIn.get(unit) ?? []), this.term(word)]);
    this.measured = { cues: folded(data.measured.cues), copulas: new Set(folded(data.measured.copulas)), ends: new Set(folded(data.measured.ends)) };
    this.listedAs = data.listedAs.map((w) => this.term(w));
    this.lightVerbs = new Set(data.lightVerbs.map((w) => this.term(w)));
    this.lightObjects = new Set(data.lightObjects.map((w) => this.term(w)));
    this.describes = new Set(data.describes.map(fold));
    this.derivations = data.derivations.map(fold).sort((a, b) => b.length - a.length);
  }

  /** Whether a sentence tells again the same stage of an event as the one before ("…signed a protocol." "The document was signed by …"). */
  sameStage(sentence: string, before: string): boolean {
    if (!this.refersBack(sentence, before)) return false;
    const earlier = new Set(this.terms(before));
    return this.terms(sentence).some((t) => this.stages.has(t) && earlier.has(t));
  }

  /**
   * Whether a sentence goes on about the one before ("…signed a protocol." then "The document was signed by …",
   * "He said …"): it starts with a pronoun, or with "the" and a word of that sentence (or "document").
   */
  refersBack(sentence: string, before: string): boolean {
    const [first, second] = leadingWords(sentence, 2);
    if (this.followUp.pronouns.includes(first ?? '')) return true;
    return first === 'the' && second !== undefined && this.terms(`${before} document`).includes(this.term(second));
  }

  /** The phrase of `groupReferences` the sentence holds, if any: it refers to people named before it as a group ("The ministers agreed …", "Both sides noted …"). */
  groupIn(sentence: string): string | undefined {
    const text = ` ${words(fold(sentence)).join(' ')} `;
    return this.groupReferences.find((g) => text.includes(` ${g} `));
  }

  /** Every stopword, so typos of them ("wen", "waht") can be recognised. */
  get stopwords(): Iterable<string> {
    return this.stop;
  }

  isStopword(word: string): boolean {
    return this.stop.has(word);
  }

  /** How many words of a synonym or stopword phrase start at `tokens[i]` (0 for none), longest first. */
  phraseAt(tokens: readonly string[], i: number): number {
    const longest = this.phraseLengths.get(tokens[i]!);
    if (longest === undefined) return 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, longest, tokens.length - i); n >= 2; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      if (this.phraseTargets.has(phrase) || this.stopPhrases.has(phrase)) return n;
    }
    return 0;
  }

  /** The change a figure right after these words is of ("reached $1.6 billion, up 12 percent": increase), if any. */
  changeBefore(text: string): string | undefined {
    const last = words(fold(text)).at(-1);
    return last === undefined ? undefined : this.figureChanges.get(last);
  }

  /** The words with each synonym phrase joined into one token ("deal with" stays together), and a change word
   * before a figure read as the change ("up 12 percent": increase; "up" alone is a stopword, "up to 12" a bound). */
  joinPhrases(tokens: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const change = this.figureChanges.get(tokens[i]!);
      if (change && /^\d/.test(tokens[i + 1] ?? '')) {
        out.push(change);
        i++;
        continue;
      }
      const n = this.phraseAt(tokens, i);
      out.push(n ? tokens.slice(i, i + n).join(' ') : tokens[i]!);
      i += n || 1;
    }
    return out;
  }

  /** The search term a word (or a joined phrase) stands for: its stem, mapped through the synonyms. */
  term(word: string): string {
    let t = this.termMemo.get(word);
    if (t !== undefined) return t;
    const phrase = this.phraseTargets.get(word);
    if (phrase) t = phrase;
    else {
      const stemmed = stem(word);
      t = this.canonical.get(stemmed) ?? stemmed;
    }
    if (this.termMemo.size >= TERM_MEMO) this.termMemo.clear();
    this.termMemo.set(word, t);
    return t;
  }
  /** Terms as worked out: a build asks for the same words' terms hundreds of thousands of times, stemming each by a dozen patterns. */
  private readonly termMemo = new Map<string, string>();

  /** Whether the lexicon itself knows this word (so it is no unknown name). */
  knows(word: string): boolean {
    // A plan word is met by a planned unit, whether or not a source uses the word itself.
    return (
      this.stop.has(word) || this.listCues.has(word) || this.phraseTargets.has(word) || this.canonical.has(stem(word)) || this.planWords.has(this.term(word))
    );
  }

  /** The content terms of a text: folded, split, stopwords dropped, stemmed and mapped. */
  terms(text: string): string[] {
    return this.joinPhrases(words(fold(text)))
      .filter((w) => !this.stop.has(w))
      .map((w) => this.term(w));
  }
}
