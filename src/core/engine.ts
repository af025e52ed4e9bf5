// The engine: a question in, one Answer out. No Slack, no HTTP, no clock (today is passed in), no I/O after load.
import { commonToBefore } from './common.js';
import { shareOf } from './share.js';
import type { KnowledgeBase } from './knowledge.js';
import { understand, type Term, type Understanding } from './understand.js';
import { goesOtherWay } from './direction.js';
import { candidates, contradicts, dateFits, namesPeopleOutright, rank, type Scored } from './search.js';
import { answerFrom, choicesAnswer, conflictText, listAnswer } from './compose.js';
import { citationsFor, decline, type Answer, type Conflict } from './answer.js';
import { factSpans, occurrences, overlaps, spanOf } from './dates.js';
import {
  describeSource,
  holdsSlot,
  joinList,
  locatedIn,
  namesOtherOffice,
  occasionIn,
  opensWithReasonBefore,
  organisationsIn,
  people,
  slotLead,
} from './slots.js';
import { fold, words } from './normalise.js';
import { Suggester } from './suggestions.js';
import { isEnglishWord } from './dictionary.js';
import { ENGINE_OPTIONS } from './options.js';
import { askedValue, countedUnits } from './asked-value.js';
import { speakersIn, speakersOf } from './speakers.js';
import { readsAsRussian, RussianReader } from './language/russian.js';
import { RussianSpeaker } from './language/say-russian.js';
import { built, compare, count, enumerated, occasions, occurrencesOf, remainderOf, yesNo, type Finder } from './combine.js';
import { comparisonWords, countedWord, formOf } from './forms.js';
import { EMPTY_CONVERSATION, lastTurn, readFollowUp, remember, turnOf, type Conversation, type Turn } from './conversation.js';
import type { Entity, Fact, Intent } from './schema.js';

/** What the engine saw and weighed for one question: `ask --explain` prints it. */
export type Trace = { understanding?: Understanding; candidates?: Scored[]; why?: string };

export type AskOptions = { today?: string; trace?: Trace };

const {
  minCoverage: MIN_COVERAGE,
  minTopicCoverage: MIN_TOPIC_COVERAGE,
  minCoverageOtherKind: MIN_COVERAGE_OTHER_KIND,
  slotGap: SLOT_GAP,
  likeGap: ORDINAL_GAP,
  tie: TIE,
  maxChoices: MAX_CHOICES,
  maxJoined: MAX_JOINED,
  joinGap: JOIN_GAP,
  carriedRetries: MAX_RETRIES,
} = ENGINE_OPTIONS;

export class Engine {
  /** The trace of the question being answered, when one was asked for. */
  private trace: Trace | undefined;

  /** Questions to offer on a decline, each checked to be answered (see suggestions.ts). */
  private readonly suggester: Suggester;
  /** Set while suggestions are being checked, so that checking one asks for none. */
  private suggesting = false;

  /** Reading Russian questions and saying their answers, when the base has Russian: made on the first Russian question (stemming its lexicon takes a while). */
  private russianLanguage: { reader: RussianReader; speaker: RussianSpeaker; suggestions: string[] } | undefined;

  constructor(readonly kb: KnowledgeBase) {
    this.suggester = new Suggester(
      kb,
      kb.intents.filter((i) => i.name !== 'help').flatMap((i) => i.examples),
      (q) => this.ask(q),
    );
  }

  /**
   * Makes now what is otherwise made on first use (typo lookup, fuse.js indexes, the Russian reader, the suggestions'
   * examples, the English word list): a long-running process calls it at start, so that no request pays for them.
   */
  prepare(): this {
    this.kb.prepare();
    this.suggester.prepare();
    this.russian();
    isEnglishWord('');
    return this;
  }

  private russian(): { reader: RussianReader; speaker: RussianSpeaker; suggestions: string[] } | undefined {
    const data = this.kb.russian;
    if (!data) return undefined;
    this.russianLanguage ??= {
      reader: new RussianReader(data, [...this.kb.entities.values()], this.kb.calendar),
      speaker: new RussianSpeaker(this.kb, data),
      suggestions: Object.values(data.intents).map((i) => i.example),
    };
    return this.russianLanguage;
  }

  ask(question: string, opts: AskOptions = {}): Answer {
    const raw = String(question ?? '');
    if (!words(fold(raw)).length) {
      return decline(raw, 'fallback', this.kb.wording.say('noQuestion'), this.suggest());
    }
    const russian = this.inRussian(raw);
    if (russian) {
      const u = understand(this.kb, russian.pivot, opts.today);
      // "Привет, как дела?": nothing but greetings and filler is no question.
      if (!russian.pivot) return russian.say(decline(raw, 'fallback', this.kb.wording.say('noQuestion'), this.suggest()), u);
      return russian.say({ ...this.answer(u, opts), question: raw }, u);
    }
    return this.answer(understand(this.kb, raw, opts.today), opts);
  }

  /** A Russian question's English reading, and how to say its answer in Russian (see language/russian.ts); `/treaty` reads its words with it too. */
  inRussian(question: string, before?: Turn): { pivot: string; say: (a: Answer, u: Understanding) => Answer } | undefined {
    const russian = this.kb.russian && readsAsRussian(this.kb.russian, question) ? this.russian() : undefined;
    if (!russian) return undefined;
    const { reader, speaker, suggestions } = russian;
    const pivot = reader.pivot(question, before && { aboutPerson: this.aboutPerson(before) });
    return { pivot, say: (a, u) => ({ ...speaker.answer(a, u, suggestions), language: 'ru' }) };
  }

  /** Whether a turn was about a person (it named one, or asked who): what a Russian "он", "его" then refers to. */
  private aboutPerson(turn: Turn): boolean {
    return turn.mentions.some((m) => this.kb.entity(m.id)?.type === 'person') || understand(this.kb, turn.question).asks === 'person';
  }

  /**
   * One turn of a conversation: the question read against the turns before it (see conversation.ts), answered,
   * and the conversation with this turn added. `now` (ISO) ages the turns; the core has no clock of its own.
   */
  converse(question: string, conversation: Conversation | undefined, now: string, opts: AskOptions = {}): { answer: Answer; conversation: Conversation } {
    const raw = String(question ?? '');
    if (!words(fold(raw)).length) return { answer: this.ask(raw, opts), conversation: conversation ?? EMPTY_CONVERSATION };
    const prev = lastTurn(conversation, now);
    const russian = this.inRussian(raw, prev);
    // A greeting in the middle of a thread is no follow-up (see ask).
    if (russian && !russian.pivot) return { answer: this.ask(raw, opts), conversation: conversation ?? EMPTY_CONVERSATION };
    const alone = understand(this.kb, russian?.pivot ?? raw, opts.today);
    const followUp = readFollowUp(this.kb, alone, prev);
    let u = alone;
    let answer: Answer;
    const ordered = this.turnsInOrder(alone, conversation);
    if (ordered) answer = { ...ordered, question: raw };
    else if (followUp.kind === 'sequence') {
      const prevU = understand(this.kb, followUp.question, opts.today);
      u = prevU;
      // ("What did he do after that?": the steps are his.)
      const personal = alone.words.some((w) => this.kb.lexicon.followUp.personal.includes(w));
      const stepped = this.step(prevU, followUp.fact, followUp.direction, personal);
      answer = {
        ...(stepped ? this.confirmed(alone, stepped) : decline(raw, prevU.intent.name, this.kb.wording.say('nothingBeside'), this.suggest(prevU))),
        question: raw,
      };
    } else if (followUp.kind === 'unclear') {
      answer = decline(raw, alone.intent.name, this.kb.wording.say('followUpUnclear', { word: followUp.word }), this.suggest(alone));
    } else if (followUp.kind === 'resolved') {
      const before = followUp.referents.flatMap((id) => this.kb.factById(id) ?? []);
      // "Which of the two came first?", naming nothing: the answers of the last two turns.
      const cue = comparisonWords(this.kb, alone.question);
      // "How many years between the two visits?": besides the cue, only words of how questions ask (a kind).
      const kindWords = alone.terms.filter((t) => !cue.has(t.word));
      const namesNothing = cue.size > 0 && !alone.mentions.length && kindWords.every((t) => this.kb.isIntentWord(t.term));
      const lastTwo = kindWords.length
        ? this.lastAnswered(
            conversation,
            kindWords.map((t) => t.term),
          )
        : [...new Set([...(conversation?.turns.slice(-2, -1)[0]?.facts.slice(0, 1) ?? []), ...followUp.referents].flatMap((id) => this.kb.factById(id) ?? []))];
      const resolve = (question: string) => {
        const v = understand(this.kb, question, opts.today);
        const at = followUp.during ? this.kb.factById(followUp.during) : undefined;
        // "During it" is the months of that event: the source that dates what was signed then may give only
        // "September 2007" for a visit of 12–13 September 2007, but not the twenty years of a legal base.
        // ("That same year" is its year.)
        const cut = followUp.precision === 'year' ? 4 : 7;
        const spans = at
          ? factSpans(at.date).map((s) => ({ from: spanOf(s.from.slice(0, cut)).from, to: spanOf(s.to.slice(0, cut)).to, text: at.date?.text ?? s.from }))
          : [];
        // Words of its own must be met only where the question leans on the one before (not "switching topics: …").
        const required = followUp.carried?.length || followUp.referents.length ? this.ownWords(alone) : undefined;
        return {
          ...v,
          ...(followUp.source ? { sources: [followUp.source] } : {}),
          ...(spans.length ? { spans, within: true } : {}),
          ...(required ? { required } : {}),
          ...(followUp.besides ? { besides: followUp.besides } : {}),
        };
      };
      // The question before asked a comparison or an age ("and the first time?" after "how old was he when … the
      // second time?"): its facts are the two compared, not a list to pick from, nor one whose slot is asked.
      const compares = (v: Understanding) => cue.size > 0 || comparisonWords(this.kb, v.question).size > 0;
      const attempt = (v: Understanding) =>
        commonToBefore(this.kb, alone, v, before) ??
        this.amongBefore(alone, followUp.among) ??
        this.countOfBefore(alone, prev) ??
        this.listAgain(alone, before) ??
        remainderOf(this.kb, v, this.find, before) ??
        shareOf(this.kb, v, this.find, before) ??
        // ("The second one — what was signed?" has chosen its fact already: the time to answer at.)
        (followUp.during || compares(v) ? undefined : this.fromList(alone, before)) ??
        // A comparison ("how many years between the two?") is of two facts, never the slot of the one before.
        (compares(v) ? undefined : this.fromReferents(v, alone, followUp.referents)) ??
        this.referentWith(v, alone, before) ??
        this.yesNoOfBefore(v, alone, before) ??
        this.combined(v, opts.today, namesNothing ? lastTwo : before, namesNothing) ??
        this.answer(v, opts);
      u = resolve(followUp.question);
      let found = attempt(u);
      // The subject carried from before is a guess: "which territory does that road cross?" after a question on
      // Turkey, Kyrgyzstan and Tajikistan is about fewer of them. Fewer carried names, never none.
      // Only a follow-up with a word some unit has can be tried on fewer names: with none, any fact of a name would do.
      const weighty = alone.terms.some((t) => this.kb.factsWithTerm(t.term).length > 0);
      // A word that points back ("it", "that"; a Russian one reads "this", "there" in its English reading).
      const refersBack = alone.words.some((w) => this.kb.lexicon.followUp.pronouns.includes(w));
      // "Where does it stand now?" after a trade target: with fewer names, "it" is still that target, so an answer
      // sharing no word of its title (a monument that "stands") is about something else.
      const aboutBefore = (a: Answer) => !refersBack || !before.length || a.facts.some((f) => this.sharesTitleWord(f, before));
      for (const fewer of weighty ? fewerNames(followUp.question, followUp.carried ?? [], followUp.optional ?? [], followUp.droppable) : []) {
        if (found.answered) break;
        const v = resolve(fewer);
        const a = attempt(v);
        if (a.answered && aboutBefore(a)) [u, found] = [v, a];
      }
      for (const other of found.answered ? [] : (followUp.alternatives ?? [])) {
        const v = resolve(other);
        const a = attempt(v);
        if (a.answered) {
          [u, found] = [v, a];
          break;
        }
      }
      // "What was signed during it?": a sentence of the same report at that time may name no one ("The sides
      // signed agreements … in September 2007"); the report and the time then stand for the names.
      const at = followUp.during ? this.kb.factById(followUp.during) : undefined;
      if (!found.answered && at && followUp.carried?.length) {
        const v = { ...resolve(stripNames(followUp.question, followUp.carried)), sources: [at.source] };
        const a = attempt(v);
        if (a.answered) [u, found] = [v, a];
      }
      // Nothing found with the subject carried in: a question with words of its own and no word that points back
      // ("who signed the Treaty on Allied Relations?" after one on Kyrgyzstan) is a new question, answered as it stands.
      if (!found.answered && followUp.carried?.length && weighty && !refersBack) {
        const own = this.answer(alone, opts);
        // Its answer, or its decline when that at least found what it is about ("my sources don't say who").
        if (own.answered || (own.facts.length && !found.facts.length)) [u, found] = [alone, own];
      }
      // "Anything else?" with nothing else found: that is all the sources give, which is said with what they gave.
      const given = followUp.besides?.flatMap((id) => this.kb.factById(id) ?? []) ?? [];
      if (!found.answered && !found.facts.length && given.length) {
        const all = answerFrom(this.kb, { ...u, asks: 'summary' }, given, 'summary');
        found = { ...all, lead: this.kb.wording.say('nothingElseLead'), text: this.kb.wording.say('nothingElse', { answer: all.text }) };
      }
      // Asked again alone (a next page, a shared copy), the English question stands for itself.
      answer = { ...found, question: raw, ...(!russian && u.question !== raw ? { standalone: u.question } : {}) };
    } else answer = { ...this.answer(alone, opts), question: raw };
    if (russian) answer = russian.say(answer, u);
    return { answer, conversation: remember(conversation, turnOf(this.kb, u, answer, now)) };
  }

  /** Whether a fact's title has a word (no name) of one of these facts' titles, or is one of them. */
  private sharesTitleWord(fact: Fact, facts: Fact[]): boolean {
    const own = (f: Fact) => this.kb.lexicon.terms(f.title).filter((t) => !this.kb.alias(t));
    const mine = new Set(own(fact));
    return facts.some((f) => f === fact || own(f).some((t) => mine.has(t)));
  }

  /** "And was the next one in 2007?": the answer found, said yes or no by whether its date is the one asked. */
  private confirmed(alone: Understanding, found: Answer): Answer {
    const fact = found.facts[0];
    // ("And was …", "so was …": the words that lead into a follow-up are no part of its form.)
    const { continuations, fillers } = this.kb.lexicon.followUp;
    const ws = words(fold(alone.question));
    const start = ws.findIndex((w) => !continuations.includes(w) && !fillers.includes(w));
    if (!fact || formOf(this.kb, ws.slice(Math.max(0, start)).join(' ')) !== 'yesno' || !(alone.spans.length || alone.monthDays.length)) return found;
    const w = this.kb.wording;
    return dateFits(this.kb.spans[this.kb.positionOf(fact)]!, alone)
      ? { ...found, lead: w.say('yes', { answer: found.lead ?? '' }), text: w.say('yes', { answer: found.text }) }
      : { ...found, lead: w.say('noWord'), text: w.say('denied', { answer: found.text }) };
  }

  /** "Which one is with Kazakhstan?" after a list: its items that name every entity this question names. */
  private amongBefore(alone: Understanding, among: string[] | undefined): Answer | undefined {
    if (!among) return undefined;
    const ids = alone.mentions.map((m) => m.entity.id);
    // "Which of those were visits?": a word of an intent asks for its kinds; any other word must be in the item.
    const cue = new Set(this.kb.lexicon.followUp.selections.flatMap((s) => s.split(' ')));
    const asked = alone.terms.filter((t) => !cue.has(t.word));
    const fits = (f: Fact) =>
      asked.every((t) => {
        const kinds = this.kb.intents.filter((i) => this.isIntentWord(i, t.term)).flatMap((i) => i.kinds);
        return kinds.length ? kinds.includes(f.kind) : this.kb.hasTerm(this.kb.positionOf(f), t.term);
      });
    const chosen = among.flatMap((id) => this.kb.factById(id) ?? []).filter((f) => ids.every((e) => f.entities.includes(e)) && fits(f));
    if (!chosen.length) return undefined;
    return chosen.length === 1
      ? answerFrom(this.kb, { ...alone, asks: 'summary' }, chosen, 'summary')
      : listAnswer(this.kb, alone, chosen, this.kb.wording.say('listHeader', { count: chosen.length }));
  }

  /**
   * "How many is that?", "how many meetings is that" after a list: the items it gave, counted. Only when the
   * follow-up asks nothing the question before did not (no name, no date, no word of its own).
   */
  private countOfBefore(alone: Understanding, prev: Turn | undefined): Answer | undefined {
    if (!prev?.answered || !prev.items?.length || alone.mentions.length || alone.spans.length) return undefined;
    if (formOf(this.kb, alone.question) !== 'count') return undefined;
    const cue = new Set(this.kb.lexicon.forms.count.flatMap((p) => p.split(' ')));
    const asked = new Set(understand(this.kb, prev.question).terms.map((t) => t.term));
    if (alone.terms.some((t) => !cue.has(t.word) && !asked.has(t.term) && !this.isIntentWord(alone.intent, t.term))) return undefined;
    const facts = prev.facts.flatMap((id) => this.kb.factById(id) ?? []);
    const n = prev.items.length;
    const text = this.kb.wording.say('count', { count: n, items: prev.items.map((i) => `• ${i}`).join('\n') });
    return { ...built(alone, facts, String(n), text, this.kb), items: prev.items };
  }

  /** "Put those three in order": the facts the turns before led with, in date order (at least two of them dated). */
  private turnsInOrder(alone: Understanding, conversation: Conversation | undefined): Answer | undefined {
    const q = words(fold(alone.question)).join(' ');
    if (alone.mentions.length || !this.kb.lexicon.forms.inOrder.some((p) => ` ${q} `.includes(` ${p} `))) return undefined;
    const led = (conversation?.turns ?? []).flatMap((t) => (t.answered ? t.facts.slice(0, 1) : []));
    const dated = [...new Set(led)].flatMap((id) => this.kb.factById(id) ?? []).filter((f) => f.date?.on);
    if (dated.length < 2) return undefined;
    const items = byDate(dated);
    return listAnswer(this.kb, alone, items, this.kb.wording.say('listHeader', { count: items.length }));
  }

  /** The last two facts the conversation's answers led with that have these terms ("the two visits"), oldest first. */
  private lastAnswered(conversation: Conversation | undefined, terms: string[]): Fact[] {
    // "Which of the two agreements is older?" after a list or a timeline: the two of its items with those words.
    const list = [...(conversation?.turns ?? [])].reverse().find((t) => t.answered)?.facts ?? [];
    const has = (f: Fact) => terms.every((t) => this.kb.hasTitleTerm(this.kb.positionOf(f), t));
    const two = list.flatMap((id) => this.kb.factById(id) ?? []).filter(has);
    if (list.length > 2 && two.length === 2) return byDate(two);
    const led = [...(conversation?.turns ?? [])].reverse().flatMap((t) => (t.answered ? t.facts.slice(0, 1) : []));
    const facts = [...new Set(led)].flatMap((id) => this.kb.factById(id) ?? []).filter((f) => terms.every((t) => this.kb.hasTerm(this.kb.positionOf(f), t)));
    // Of the kind those words name, when two are: "visits" are visits, not agreements signed during one.
    const kinds = new Set(this.kb.intents.filter((i) => terms.some((t) => this.isIntentWord(i, t))).flatMap((i) => i.kinds));
    const ofKind = facts.filter((f) => kinds.has(f.kind));
    return (ofKind.length >= 2 ? ofKind : facts).slice(0, 2).reverse();
  }

  /**
   * What a follow-up asks beyond its context: its own words that the sources use, other than the intent's and
   * position words ("death toll?" after a question on a road asks for the dead, not the road).
   */
  private ownWords(alone: Understanding): string[] | undefined {
    // A follow-up naming something of its own ("and at the Astana talks?") is met by that name.
    if (alone.mentions.length) return undefined;
    const own = alone.terms.filter(
      (t) =>
        !t.name &&
        !this.kb.lexicon.ordinals.has(t.word) &&
        !this.kb.lexicon.roles.has(t.term) &&
        !this.isIntentWord(alone.intent, t.term) &&
        this.kb.factsWithTerm(t.term).length,
    );
    return own.length ? own.map((t) => t.term) : undefined;
  }

  /** The sentence a passage refers back to by "the" and a word of it ("…a draft agreement on X." "The draft agreement will …"). */
  private antecedent(fact: Fact, u: Understanding): Fact | undefined {
    const passage = this.kb.unit(fact).passage;
    const before = passage ? this.kb.factById(`p-${passage.source}-${passage.index - 1}`) : undefined;
    if (!before) return undefined;
    // "Why …?" of "Because of them, …": the reason is what the sentence before names.
    if (u.asks === 'reason') return opensWithReasonBefore(this.kb, fact.quotes[0]!) ? before : undefined;
    const first = words(fold(fact.quotes[0]!))[0];
    return first === 'the' && this.kb.lexicon.refersBack(fact.quotes[0]!, before.quotes[0]!) ? before : undefined;
  }

  /**
   * The sentence after a passage when it refers back to it ("The document was signed by …", "He said …"):
   * it starts with a pronoun, or with "the" and a word of the passage's own (document, agreement, protocol).
   */
  private continuation(fact: Fact): Fact | undefined {
    const passage = this.kb.unit(fact).passage;
    const next = passage ? this.kb.factById(`p-${passage.source}-${passage.index + 1}`) : undefined;
    return next && this.kb.lexicon.refersBack(next.quotes[0]!, fact.quotes[0]!) ? next : undefined;
  }

  /** The fact like `id` (same kind, as good a fit for the question) just before or after it in date order. */
  private step(u: Understanding, id: string, direction: -1 | 1, personal = false): Answer | undefined {
    const current = this.kb.factById(id);
    if (!current?.date?.on) return undefined;
    const fitting = this.find({ ...u, ...(u.ordinal !== undefined ? { ordinal: undefined } : {}) }).map((s) => s.fact);
    const on = current.date.on;
    // Dated, done, and not of the same time ("September 2007" is no step from "12–13 September 2007").
    const dated = (f: Fact) => !!f.date?.on && f.status !== 'planned' && (f === current || !(f.date.on.startsWith(on) || on.startsWith(f.date.on)));
    const alike = (f: Fact) => f.kind === current.kind && dated(f);
    // The like facts the question before found, between the same countries; else any of the same kind between them ("and
    // before that?" after the one treaty a title names is the treaty before it); else anything between them
    // (before the first treaty, the protocol that established relations).
    const countries = current.entities.filter((id) => this.kb.entity(id)?.type === 'country');
    const same = (f: Fact) => countries.every((c) => f.entities.includes(c));
    const between = countries.length
      ? this.kb
          .factsWithEntity(countries[0]!)
          .map((i) => this.kb.facts[i]!)
          .filter(same)
      : [];
    // "What did he do after that?" after his post in Istanbul: his next post, wherever it was.
    const people = current.entities.filter((id) => this.kb.entity(id)?.type === 'person');
    const his =
      personal && people.length === 1
        ? this.kb
            .factsWithEntity(people[0]!)
            .map((i) => this.kb.facts[i]!)
            .filter(alike)
        : [];
    for (const like of [fitting.filter((f) => alike(f) && same(f)), his, between.filter(alike), between.filter(dated)]) {
      const inOrder = byDate(like.includes(current) ? like : [...like, current]);
      const next = inOrder[inOrder.indexOf(current) + direction];
      if (next) return answerFrom(this.kb, u, [next], u.asks ?? 'date');
    }
    return undefined;
  }

  /**
   * "Growth?" after an answer on trade: a word alone, no question word, that a fact the answer before gave has
   * in its own words — that fact, said whole.
   */
  private referentWith(u: Understanding, alone: Understanding, before: Fact[]): Answer | undefined {
    // ("And his second visit?" asks for another one than the answer gave: a position is the look-up's to find.)
    if (
      alone.asks ||
      alone.ordinal !== undefined ||
      formOf(this.kb, u.question) ||
      alone.mentions.length ||
      !alone.terms.length ||
      alone.terms.some((t) => t.unheard)
    )
      return undefined;
    const says = (f: Fact) => new Set(this.kb.lexicon.terms(`${f.title} ${f.summary}`));
    const fact = before.find((f) => this.atAskedTime(f, alone) && alone.terms.every((t) => says(f).has(t.term)));
    return fact ? answerFrom(this.kb, u, [fact], 'summary') : undefined;
  }

  /**
   * Whether a fact of the answer before is of the time the follow-up names, if it names one: "and on his November
   * 1995 trip?" after a trip of 1993, "and how many died in 2010?" after clashes of 2022 ask of another occasion.
   */
  private atAskedTime(fact: Fact, alone: Understanding): boolean {
    return (!alone.spans.length && !alone.monthDays.length) || dateFits(this.kb.spans[this.kb.positionOf(fact)]!, alone);
  }

  /**
   * "Was it signed in 2023?" after the Treaty on Allied Relations: "it" (or "that") is what the answer before gave,
   * so only those facts say yes or no — not every signing of the same countries the names carried in would find.
   * Undefined when none of them has the question's words (the look-up then answers as usual).
   */
  private yesNoOfBefore(u: Understanding, alone: Understanding, before: Fact[]): Answer | undefined {
    if (!before.length || alone.mentions.length || formOf(this.kb, u.question) !== 'yesno') return undefined;
    const { determiners } = this.kb.lexicon.followUp;
    if (!alone.words.some((w) => determiners.includes(w))) return undefined;
    const ids = new Set(before.map((f) => f.id));
    const answer = yesNo(this.kb, u, (v) => this.find(v).filter((s) => ids.has(s.fact.id)));
    return answer?.answered ? answer : undefined;
  }

  /** "List them" after a count: the facts the answer before gave, as a list. */
  private listAgain(alone: Understanding, before: Fact[]): Answer | undefined {
    // ("Which of the two agreements is older?" compares two of them.)
    if (comparisonWords(this.kb, alone.question).size) return undefined;
    if (!before.length || alone.mentions.length || !this.wantsList(alone) || !alone.terms.every((t) => this.kb.lexicon.listCues.has(t.word))) return undefined;
    // "List the years" after one fact of several occasions (the commission's meetings): those occasions.
    if (before.length === 1) return before[0]!.date?.also?.length ? occasions(this.kb, alone, before[0]!) : undefined;
    const items = byDate(before);
    return listAnswer(this.kb, alone, items, this.kb.wording.say('listHeader', { count: items.length }));
  }

  /** "Which one is the oldest?", "the second one?": a position in the list the answer before gave, in date order. */
  private fromList(alone: Understanding, before: Fact[]): Answer | undefined {
    if (alone.ordinal === undefined || before.length < 2 || alone.terms.length > 1 || alone.mentions.length) return undefined;
    // "And his second visit?" after a visit and what was signed during it counts visits, not the answer's facts:
    // a word of a kind of fact is counted among the facts of that kind (with too few, the look-up counts them).
    const kinds = new Set(this.kb.intents.filter((i) => alone.terms.some((t) => this.isIntentWord(i, t.term))).flatMap((i) => i.kinds));
    const ofKind = kinds.size ? before.filter((f) => kinds.has(f.kind)) : before;
    const dated = byDate(ofKind).filter((f) => f.date?.on);
    const chosen = alone.ordinal > 0 ? dated[alone.ordinal - 1] : dated[dated.length + alone.ordinal];
    return chosen ? answerFrom(this.kb, { ...alone, asks: alone.asks ?? 'date' }, [chosen], alone.asks ?? 'date') : undefined;
  }

  /**
   * "Who signed it?": the fact the answer before gave may hold the asked slot itself, when it also has every
   * word the follow-up adds ("how much of it is delineated?" is not the border's length). A bare "where?" or
   * "when?" is about that fact only: what it lacks, the sources are said not to give.
   */
  private fromReferents(u: Understanding, alone: Understanding, ids: string[]): Answer | undefined {
    const slot = u.asks;
    // "Who was Ismoil Somoni?" (from "who was that?") is answered by who he was, below.
    if (!slot || slot === 'summary' || (slot === 'person' && !u.terms.length)) return undefined;
    // "Which ministers has he met?" asks for every one, not the one a fact before names (see severalPeople).
    if (slot === 'person' && u.words.some((w) => this.kb.lexicon.severalPeople.has(w))) return undefined;
    // "When was his third visit?": a position among like facts is the look-up's to find, when any fit.
    if (u.ordinal !== undefined && this.find(u).length) return this.lookUp(u);
    // What the fact itself says (its title and summary, not the rest of a sentence it shares with another fact)
    // must have the words the follow-up adds; an office ("which two presidents?") only says who is asked for.
    const added = alone.terms.filter((t) => !this.kb.lexicon.roles.has(t.term) && this.kb.factsWithTerm(t.term).length);
    const own = (f: Fact) => {
      const says = new Set(this.kb.lexicon.terms(`${f.title} ${f.summary}`));
      return added.every((t) => says.has(t.term));
    };
    // "Which Kazakh foreign ministers has he held talks with?": a fact that does not name what the follow-up names
    // itself (Kazakhstan) is of others (his talks with a Kyrgyz one).
    const named = alone.mentions.map((m) => m.entity.id);
    const facts = ids.flatMap((id) => this.kb.factById(id) ?? []).filter((f) => named.every((e) => f.entities.includes(e)) && this.atAskedTime(f, alone));
    // "When did it enter into force?" of a treaty dated by its signing: another stage's date is no answer.
    const otherStage = (f: Fact) => slot === 'date' && this.otherStage(this.kb.positionOf(f), u);
    // "How many of them before 2005?" of a fact of several occasions (the years a commission met) counts those in
    // the time asked; its value is no count.
    const several = formOf(this.kb, u.question) === 'count' ? facts.find((f) => own(f) && f.date?.also?.length) : undefined;
    if (several) return occasions(this.kb, u, several);
    const fact = facts.find((f) => own(f) && !otherStage(f) && !this.notThePlan(f, u) && !this.planForNow(f, u) && holdsSlot(this.kb, f, slot, u));
    if (fact) return answerFrom(this.kb, u, [fact], slot);
    const bare = !alone.terms.length && !alone.mentions.length && alone.asks === slot;
    const about = facts[0];
    if (bare && about) return this.slotUnknown(u, about);
    // "By which year should they reach it?" after a target: "it" is the fact before, which has the words asked but
    // not the slot; another fact's date (the year trade was reached) is no answer for it.
    const pointsBack = words(fold(alone.question)).some((w) => this.kb.lexicon.followUp.determiners.includes(w));
    // (Who did it may be named in another account of the same thing: a person is still looked up.)
    const itself = pointsBack && slot !== 'person' && !alone.mentions.length && added.length ? facts.find((f) => own(f) && !otherStage(f)) : undefined;
    return itself ? this.why(`the fact before, ${itself.id}, has the words asked but not the slot`, this.slotUnknown(u, itself)) : undefined;
  }

  private answer(u: Understanding, opts: AskOptions): Answer {
    this.trace = opts.trace;
    if (opts.trace) opts.trace.understanding = u;
    if (u.outOfScope.length) {
      const names = u.outOfScope.map((m) => m.entity.name).join(', ');
      return decline(u.question, u.intent.name, this.kb.wording.say('outOfScope', { names }), this.suggest(u));
    }
    if (u.intent.answers === 'help') return this.help(u.question);
    if (u.intent.answers === 'list') return this.onDate(u);
    if (u.intent.answers === 'timeline') return this.timeline(u);
    // A name alone, "who is <name>", "what is <organisation>": what the sources say of it. Countries alone:
    // their timeline. Nothing else: no guess. A yes/no of names only ("is Uzbekistan in the CSTO?") asks them together.
    if (!u.terms.length && !u.spans.length && (!u.asks || u.asks === 'person' || u.asks === 'summary') && formOf(this.kb, u.question) !== 'yesno') {
      const named = u.mentions.find((m) => m.entity.type === 'person') ?? u.mentions.find((m) => m.entity.type !== 'country');
      if (named) return this.describe(u, named.entity);
      if (u.intent.name === 'fallback') return u.mentions.length ? this.timeline(u) : this.notFound(u);
    }
    // "2+2", "what is 2+2?": bare numbers with no name, date or word name nothing the sources could be asked about.
    if (!u.mentions.length && !u.spans.length && u.terms.length && u.terms.every((t) => /^\d+$/.test(t.term)))
      return this.why('the question is only numbers', this.notFound(u));
    // "Why did Tokayev thank Japarov?" with no word the sources use: any sentence naming the two would do, so none does.
    if (u.asks === 'reason' && !u.terms.length) return this.why('a reason is asked with no word to find it by', this.notFound(u));
    return this.combined(u, opts.today) ?? this.lookUp(u);
  }

  /** The facts that fit a question, best first. */
  private readonly find: Finder = (u) => rank(this.kb, u).filter((s) => this.fits(s, u));

  /** Yes/no, comparisons and counts (see combine.ts); undefined when the question is a plain look-up. */
  private combined(u: Understanding, today: string | undefined, before: Fact[] = [], namesNothing = false): Answer | undefined {
    const form = formOf(this.kb, u.question);
    if (form === 'yesno') return this.stillSo(u) ?? yesNo(this.kb, u, this.find) ?? this.notFound(u);
    const rest = remainderOf(this.kb, u, this.find, before) ?? shareOf(this.kb, u, this.find, before);
    if (rest) return rest;
    // A follow-up comparison ("how many years between those?") is of two things: with no two found it is
    // declined, never answered with one fact. A question of its own may still be a duration ("how many days did
    // the fighting last").
    if (form === 'order' || form === 'difference' || form === 'age' || form === 'longer') {
      const compared = compare(this.kb, u, form, this.find, today, before, namesNothing);
      if (compared || !(namesNothing || before.length)) return compared;
      // Unless a fact gives the span itself, in the unit asked ("four days of fighting" for "how many days").
      const looked = this.lookUp(u);
      const fact = looked.answered ? looked.facts[0] : undefined;
      const lead = fact ? slotLead(this.kb, fact, 'value', u) : undefined;
      const unit = [...comparisonWords(this.kb, u.question)].filter((w) => !this.kb.lexicon.isStopword(w));
      const inUnit = !!lead && words(fold(lead)).some((w) => unit.includes(w));
      return inUnit ? looked : this.why('no two things to compare', this.notFound(u));
    }
    if (form === 'count') {
      const listed = enumerated(this.kb, u, this.find, 'count') ?? occurrencesOf(this.kb, u, this.find);
      if (listed) return listed;
      const looked = this.lookUp(u);
      // "How many were signed in 2007?" of "75 documents signed between 1993 and 2013": a count of a longer period
      // says nothing of a part of it.
      const total = looked.answered ? looked.facts.find((f) => this.ofLongerPeriod(f, u)) : undefined;
      if (total) return this.why(`${total.id} counts over a longer period than asked`, this.slotUnknown(u, total));
      // A look-up that states no number of its own ("Depending on which you mean: • June 2000 … • 2007 …") gives
      // way to the count of the facts that are what is counted.
      const counted = count(this.kb, u, this.find);
      if (looked.answered && this.countsAsked(u, looked) && (looked.lead || !counted)) return looked;
      const word = countedWord(this.kb, u.question);
      if (counted || !looked.answered || !word || !countedUnits(this.kb).has(this.kb.unitOfNoun(word))) return counted ?? looked;
      // A number of another thing ("3 million tonnes" for "how many people") is no answer.
      return this.why(`${looked.facts[0]!.id} gives a number of something else`, this.slotUnknown(u, looked.facts[0]!));
    }
    return undefined;
  }

  /** Whether a fact spans a period (from one year to another) reaching beyond every date the question names. */
  private ofLongerPeriod(fact: Fact, u: Understanding): boolean {
    if (!fact.date?.to || !u.spans.length) return false;
    return !dateFits(this.kb.spans[this.kb.positionOf(fact)]!, u, true);
  }

  /** Whether a "how many" answer gives a number of the thing counted ("75 documents"), not of another. */
  private countsAsked(u: Understanding, a: Answer): boolean {
    const word = countedWord(this.kb, u.question);
    if (!word || !a.lead) return true;
    const term = this.kb.lexicon.term(word);
    const unit = this.kb.unitOfNoun(word);
    return (
      this.kb.lexicon.terms(a.lead).includes(term) ||
      a.facts.some((f) => this.kb.unit(f).quantities.some((q) => q.unit === unit || this.kb.lexicon.term(q.unit) === term))
    );
  }

  /** The best-fitting facts for a question, or a decline. */
  private lookUp(u: Understanding): Answer {
    if (this.wantsList(u)) {
      const whole = enumerated(this.kb, u, this.find, 'list');
      if (whole) return whole;
      const facts = this.listed(u);
      if (facts.length > 1) return listAnswer(this.kb, u, facts, this.kb.wording.say('listHeader', { count: facts.length }));
    }
    const all = rank(this.kb, u);
    if (this.trace) this.trace.candidates = all.slice(0, 8);
    const fits = all.filter((s) => this.fits(s, u));
    // "The first flight is expected next month": a unit giving the ordinal itself is about that one, and leads.
    const itself = u.ordinal !== undefined ? fits.slice(0, MAX_CHOICES).find((s) => this.saysOrdinal(s.fact, u)) : undefined;
    const fitting = itself ? [itself, ...fits.filter((s) => s !== itself)] : fits;
    // A unit dating another stage of the event may be what the question is about, but its date does not answer.
    const ranked = fitting.filter((s) => this.hasAskedSlot(s, u) && !(u.asks === 'date' && this.otherStage(s.index, u)));
    if (u.ordinal !== undefined && fitting[0] && !itself) return this.nth(u, fitting, u.ordinal);
    const best = ranked[0];
    // The fact the question is about lacks what it asks: say so, rather than answer from a lesser fact that has it.
    const about = fitting[0];
    if (about && (!best || about.score - best.score > SLOT_GAP)) {
      // "…signed a protocol in Bishkek." then "The document was signed by …": the next sentence goes on about it.
      const slot = u.asks;
      const go = slot
        ? fitting
            .slice(0, MAX_CHOICES)
            .map((s) => ({ from: s.fact, next: this.continuation(s.fact) }))
            .find(
              (c) =>
                c.next &&
                this.tellsStage(this.kb.positionOf(c.next), u) &&
                holdsSlot(this.kb, c.next, slot, u) &&
                !(slot === 'date' && this.otherStage(this.kb.positionOf(c.next), u)),
            )
        : undefined;
      if (go && slot) return answerFrom(this.kb, u, [go.next!, go.from], slot);
      const reported = this.reportDate(u, about);
      if (reported) return this.why(`${about.fact.id} has no date of its own; its report's date is given as such`, reported);
      return this.why(`the best-fitting unit ${about.fact.id} lacks the asked slot (${u.asks})`, this.slotUnknown(u, about.fact));
    }
    if (!best)
      return this.why(
        all.length ? `no candidate fits: the best covers ${Math.round(all[0]!.coverage * 100)} % of the question` : 'no candidate',
        this.notFound(u),
      );
    if (this.trace) this.trace.why = `answered from ${best.fact.id} (score ${best.score.toFixed(2)}, coverage ${Math.round(best.coverage * 100)} %)`;
    const holders = this.officeHolders(u, ranked);
    if (holders) return holders;
    const several = this.severalPeople(u, ranked);
    if (several) return several;
    // Two facts of a kind fit equally ("relations date" without the pair): give both, not a coin toss. (Not when
    // the best says the ordinal asked itself: "his first official visit" is the first one.)
    const slotOf = (s: Scored) => slotLead(this.kb, s.fact, u.asks ?? u.intent.answers, u);
    const rivals = (best === itself ? [] : ranked)
      .slice(1, MAX_CHOICES)
      .filter(
        (s) =>
          best.score - s.score <= TIE && s.fact.kind === best.fact.kind && (!s.fact.about || s.fact.about !== best.fact.about) && slotOf(s) !== slotOf(best),
      );
    if (rivals.length && u.asks !== 'summary')
      return choicesAnswer(
        this.kb,
        u,
        [best, ...rivals].map((s) => s.fact),
        u.asks ?? u.intent.answers,
      );
    // "What/which …" asks for the fact itself; with no cue word the intent says what leads.
    const slot = u.asks ?? u.intent.answers;
    const lead = slot === 'date' || slot === 'value' ? this.bestOfSame(best.fact) : best.fact;
    // "Which draft agreement …?" answered by "The draft agreement will be submitted …": the sentence it refers to names it.
    const named = u.asks === 'summary' || u.asks === 'reason' ? this.antecedent(lead, u) : undefined;
    // The reason the sentence before gives comes first: "… several disputed sections remained. Because of them, …".
    const joined = [
      ...(named && u.asks === 'reason' ? [named, lead] : named ? [lead, named] : [lead]),
      ...ranked
        .slice(1)
        .filter((s) => this.joins(best, s, u))
        .map((s) => s.fact),
    ].slice(0, MAX_JOINED);
    // "Do the two reports agree on the border's length?": another source's figure of it, when it differs, is shown beside.
    const other = slot === 'value' && !lead.about ? this.otherFigure(best, all, u) : undefined;
    if (other) {
      const found = answerFrom(this.kb, u, [lead, other.fact], slot);
      const conflicts = [{ about: `${lead.id}|${other.fact.id}`, sides: other.sides }];
      return { ...found, text: `${found.text} ${conflictText(this.kb, conflicts)}`, conflicts };
    }
    const answer = answerFrom(this.kb, u, joined, slot);
    if (u.present && (slot === 'person' || best.fact.kind === 'office')) return this.notNow(answer);
    return answer;
  }

  /**
   * Whether a unit's own words give the question's ordinal to a thing the question names, right after it ("is to
   * hold its first meeting next month" for "when will the group hold its first meeting?"): the unit is about that
   * first one itself, not a position among like facts in date order ("his first official visit" is one such).
   */
  private saysOrdinal(fact: Fact, u: Understanding): boolean {
    const asked = new Set(u.terms.map((t) => t.term));
    const ordinals = new Set(u.words.filter((w) => this.kb.lexicon.ordinals.get(w) === u.ordinal));
    return fact.quotes.some((q) => {
      const ws = words(fold(q)).filter((w) => !this.kb.lexicon.isStopword(w) || ordinals.has(w));
      return ws.some((w, i) => ordinals.has(w) && i + 1 < ws.length && asked.has(this.kb.lexicon.term(ws[i + 1]!)));
    });
  }

  /**
   * A figure of another source in the same unit as the answer's, and a different one, in a unit that fits the question
   * as well (its coverage within `likeGap`, whatever its kind): the two sides of a disagreement, each with its source.
   */
  private otherFigure(best: Scored, all: Scored[], u: Understanding): { fact: Fact; sides: Conflict['sides'] } | undefined {
    const asked = askedValue(this.kb, best.fact, u);
    const mine = asked && this.kb.unit(best.fact).quantities.find((q) => q.text === asked.text);
    if (!mine) return undefined;
    // A figure whose own sentence names a country or organisation the question does not is of that one: "trade
    // within the CIS" (in a report on Kazakhstan and Kyrgyzstan) is no other figure of Kazakh-Kyrgyz trade.
    const questionNames = new Set(u.mentions.map((m) => m.entity.id));
    const ofOther = (f: Fact) =>
      (this.kb.unit(f).passage?.entities ?? []).some((id) => !questionNames.has(id) && ['country', 'organisation'].includes(this.kb.entity(id)?.type ?? ''));
    for (const s of all.slice(0, MAX_CHOICES + 1)) {
      if (s.fact.source === best.fact.source || best.coverage - s.coverage > ORDINAL_GAP || ofOther(s.fact)) continue;
      const theirs = this.kb.unit(s.fact).quantities.find((q) => q.unit === mine.unit && q.planned === mine.planned);
      if (!theirs || theirs.value === mine.value) continue;
      const side = (fact: Fact, says: string) => ({ factId: fact.id, says, citation: citationsFor(this.kb, [fact])[0]! });
      return { fact: s.fact, sides: [side(best.fact, mine.text), side(s.fact, theirs.text)] };
    }
    return undefined;
  }

  /**
   * "Who is Kazakhstan's foreign minister?" when the sources name different holders: the latest dated one
   * leads, with its date; the others are named, an undated source said to be undated.
   */
  private officeHolders(u: Understanding, ranked: Scored[]): Answer | undefined {
    if (u.asks !== 'person' || !u.office.length || u.mentions.some((m) => m.entity.type === 'person') || u.spans.length) return undefined;
    // "Who chaired the foreign ministers' meeting?" asks who acted, not who holds the office it names.
    if (u.terms.some((t) => !u.office.includes(t.term) && !this.isIntentWord(u.intent, t.term))) return undefined;
    const byHolder = new Map<string, { fact: Fact; when: string }>();
    for (const s of ranked.filter((r) => this.fits(r, u))) {
      const holder = slotLead(this.kb, s.fact, 'person', u);
      const when = s.fact.date?.on ?? this.kb.source(s.fact.source).published.date;
      const known = holder ? byHolder.get(holder) : undefined;
      if (holder && (!known || when > known.when)) byHolder.set(holder, { fact: s.fact, when });
    }
    if (byHolder.size < 2) return undefined;
    const all = [...byHolder].sort((a, b) => b[1].when.localeCompare(a[1].when));
    const [lead, ...others] = all;
    const [name, first] = lead!;
    const w = this.kb.wording;
    const said = ([n, h]: [string, { fact: Fact; when: string }]) =>
      w.say(h.when ? 'holderIn' : 'holderUndated', { name: n, source: describeSource(this.kb, h.fact.source) });
    const answer = answerFrom(this.kb, u, [first.fact, ...others.map(([, h]) => h.fact)], 'person');
    const text = first.when
      ? w.say('holderLatest', { name, source: describeSource(this.kb, first.fact.source), others: others.map(said).join('; ') })
      : w.say('holdersUndated', { all: all.map(said).join('; ') });
    return { ...answer, lead: name, text };
  }

  /**
   * "Which Kazakh foreign ministers has Muhriddin held talks with?": a plural noun for people asks for each person the
   * facts that fit as well as the best one give (each from the best of its facts), not the best one alone.
   */
  private severalPeople(u: Understanding, ranked: Scored[]): Answer | undefined {
    if (u.asks !== 'person' || !u.words.some((w) => this.kb.lexicon.severalPeople.has(w))) return undefined;
    const best = ranked[0];
    if (!best) return undefined;
    const byPerson = new Map<string, Fact>();
    for (const s of ranked.slice(0, MAX_CHOICES * 2)) {
      if (best.coverage - s.coverage > ORDINAL_GAP) continue;
      const who = slotLead(this.kb, s.fact, 'person', u);
      if (who && !byPerson.has(who)) byPerson.set(who, s.fact);
    }
    if (byPerson.size < 2) return undefined;
    const names = [...byPerson.keys()];
    const lead = joinList(this.kb, names);
    const found = answerFrom(this.kb, u, [...byPerson.values()], 'person');
    const text = found.lead && found.text.startsWith(found.lead) ? `${lead}${found.text.slice(found.lead.length)}` : `${lead}. ${found.text}`;
    return this.why(`${names.length} people fit as well as the best`, { ...found, lead, text });
  }

  /**
   * "When was Kazakbayev foreign minister the first time?": among the facts like the best one (same kind, no
   * office the question did not name, e.g. "First Deputy"), in date order, the one at the asked position.
   */
  private nth(u: Understanding, fitting: Scored[], ordinal: number): Answer {
    // A position is counted in date order: the best dated unit says which kind of fact is meant.
    const best = fitting.find((s) => s.fact.date?.on && s.fact.status !== 'planned') ?? fitting[0]!;
    const office = new Set(u.office);
    const like = fitting.filter(
      (s) => best.coverage - s.coverage <= ORDINAL_GAP && s.fact.kind === best.fact.kind && !namesOtherOffice(this.kb, s.index, office) && s.fact.date?.on,
    );
    const inOrder = byDate(like.map((s) => s.fact)).map((f) => like.find((s) => s.fact === f)!);
    // One fact of several occasions ("met in 1998, 2001, … and 2012"): the occasion at that position.
    const occasions = inOrder.length === 1 && inOrder[0]!.fact.date?.also?.length ? occurrences(inOrder[0]!.fact.date) : [];
    if (occasions.length) return this.occasionAt(u, inOrder[0]!.fact, occasions, ordinal);
    const chosen = ordinal > 0 ? inOrder[ordinal - 1] : inOrder[inOrder.length - 1];
    // Nothing of the kind asked is dated, so no position among them: an occasion's ordinal ("during his first state
    // visit") was said of the occasion, which the words still find.
    if (!inOrder.length && u.ordinalOfOccasion) return this.lookUp({ ...u, ordinal: undefined });
    if (!chosen) {
      if (!inOrder.length) return this.notFound(u);
      const known = inOrder.length === 1 ? this.kb.wording.say('one') : inOrder.length;
      return decline(u.question, u.intent.name, this.kb.wording.say('onlyKnown', { count: known }), this.suggest(u));
    }
    if (!this.hasAskedSlot(chosen, u)) return this.slotUnknown(u, chosen.fact);
    return answerFrom(this.kb, u, [chosen.fact], u.asks ?? u.intent.answers);
  }

  /** "When did the commission first meet?" of one fact dated on several occasions: the one at the position asked. */
  private occasionAt(u: Understanding, fact: Fact, occasions: string[], ordinal: number): Answer {
    const at = ordinal > 0 ? occasions[ordinal - 1] : occasions[occasions.length + ordinal];
    if (!at) return decline(u.question, u.intent.name, this.kb.wording.say('onlyKnown', { count: occasions.length }), this.suggest(u));
    const when = this.kb.calendar.date(at);
    const dates = occasions.map((o) => this.kb.calendar.date(o)).join(', ');
    return built(u, [fact], when, this.kb.wording.say('occasionAt', { when, dates, title: fact.title }), this.kb);
  }

  /**
   * "Is he still in office?", "is Kazakbayev still foreign minister?": the sources stop at their dates. What the
   * latest dated office of that person says, and a decline on whether it is so now.
   */
  private stillSo(u: Understanding): Answer | undefined {
    const person = u.mentions.find((m) => m.entity.type === 'person')?.entity.id;
    if (!u.present || !person) return undefined;
    // Every office of that person the sources date; of the office the question names, when it names one.
    const offices = this.kb
      .factsWithEntity(person)
      .filter((i) => u.office.every((t) => this.kb.hasTerm(i, t)))
      .map((i) => this.kb.facts[i]!)
      .filter((f) => f.kind === 'office' && f.date?.on && f.status !== 'planned');
    // With none dated, what a yes/no finds ("In The Astana Times article of 12 February 2025, Nurtleu is …"), as of its report.
    const latest = byDate(offices).at(-1) ?? yesNo(this.kb, { ...u, present: false }, this.find)?.facts[0];
    if (!latest) return undefined;
    const answer = answerFrom(this.kb, { ...u, asks: 'summary' }, [latest], 'summary');
    return { ...this.notNow(answer), text: this.kb.wording.say('stillUnknown', { asOf: this.asOf(answer), answer: answer.text }) };
  }

  /** " (my latest source on it is from …)": the newest publication date an answer cites. */
  private asOf(answer: Answer): string {
    const latest = answer.citations
      .map((c) => c.source.published)
      .filter(Boolean)
      .sort()
      .at(-1);
    return latest ? this.kb.wording.say('asOf', { date: this.kb.calendar.span({ from: latest, to: latest }) }) : '';
  }

  /** "Who is the foreign minister now?": the sources stop at their dates; say what they last said, and decline. */
  private notNow(answer: Answer): Answer {
    return { ...answer, answered: false, text: this.kb.wording.say('presentUnknown', { asOf: this.asOf(answer), answer: answer.text }) };
  }

  private why(reason: string, answer: Answer): Answer {
    if (this.trace) this.trace.why = reason;
    return answer;
  }

  private hasAskedSlot(s: Scored, u: Understanding): boolean {
    // "Why was the visit a milestone?": a unit that has every word of it says why, with no reason cue of its own —
    // when it has a word beyond the kind of fact and the place ("why did he visit Bishkek" needs a reason said).
    if (u.asks === 'reason' && !s.missing.length && u.terms.some((t) => t.place === undefined && !this.isIntentWord(u.intent, t.term))) return true;
    if (!this.namesAsked(s.fact, u)) return false;
    return !u.asks || u.asks === 'summary' || holdsSlot(this.kb, s.fact, u.asks, u);
  }

  /**
   * Whether a unit names what the intent's answer names (`names`: "which organisations …") when the question names
   * none of it. A curated fact names its item in its title ("a joint border commission"); a sentence only by the
   * names it holds, never by "these organisations".
   */
  private namesAsked(fact: Fact, u: Understanding): boolean {
    const byWord = u.intent.names ? undefined : this.namedByWord(u);
    const named = u.intent.names ?? byWord;
    if (!named || (u.asks && u.asks !== 'summary') || u.mentions.some((m) => m.entity.type === named)) return true;
    const curated = this.kb.unit(fact).origin === 'curated';
    if (curated && !byWord) return true;
    // Its own names: a sentence also counts those of the sentence before as its own, for search. (Of another kind
    // of fact, a curated one must name it in its quote: a visit is no organisation, whoever published it.)
    const own = this.kb.unit(fact).passage?.entities ?? fact.entities;
    const quoted = ` ${words(fold(fact.quotes.join(' '))).join(' ')} `;
    const inQuote = (e: Entity) => [e.name, ...e.aliases].some((a) => quoted.includes(` ${words(fold(a)).join(' ')} `));
    return own.some((id) => {
      const e = this.kb.entity(id);
      return e?.type === named && (!curated || inQuote(e));
    });
  }

  /**
   * "Which organisation comes up in the talks?", read as of talks: the word right after the question word is one
   * of an intent that names its answer (`names`), so the answer must name one of that type all the same.
   */
  private namedByWord(u: Understanding): string | undefined {
    const at = u.words.findIndex((w) => this.kb.lexicon.followUp.questions.includes(w));
    const next = at < 0 ? undefined : u.words[at + 1];
    if (next === undefined) return undefined;
    const term = this.kb.lexicon.term(next);
    return this.kb.intents.find((i) => i.names && this.isIntentWord(i, term))?.names;
  }

  /** Whether a fact is about what the question asks (whatever slot it wants). */
  private fits(s: Scored, u: Understanding): boolean {
    // An English word no source uses ("how tall", "football") names what no unit can account for.
    if (u.terms.some((t) => t.unheard)) return false;
    if (u.besides?.includes(s.fact.id)) return false;
    if (u.required && !u.required.some((t) => this.kb.hasTerm(s.index, t))) return false;
    if (u.intent.named && (!s.hasKeyTopic || s.topicCoverage < MIN_TOPIC_COVERAGE)) return false;
    // "The trade target": a plan word is accounted for by a planned unit or by the word itself, never left out.
    if (u.terms.some((t) => this.plans(t, u) && !this.kb.hasTerm(s.index, t.term)) && s.fact.status !== 'planned') return false;
    if (this.notThePlan(s.fact, u)) return false;
    // A name the question gives that names no entity alone ("Berdimuhamedov") must be in the unit.
    if (u.terms.some((t) => this.kb.personWords.has(t.term) && !this.kb.hasTerm(s.index, t.term))) return false;
    // "What did the Uzbek minister say?": a unit in which no one says anything does not answer it (a curated
    // meeting no more than a sentence); and "what did Muhriddin say" is not answered by what Tokayev said to him.
    if (u.intent.kinds.includes('statement')) {
      const said = u.terms.filter((t) => this.isIntentWord(u.intent, t.term));
      if (s.fact.kind !== 'statement' && said.length && !said.some((t) => this.kb.hasTerm(s.index, t.term))) return false;
      const named = u.mentions.filter((m) => m.entity.type === 'person').map((m) => m.entity.id);
      // "What did Rahmon say to Fidan?": the one the question has say it, when it tells.
      const subject = speakersIn(this.kb, u.question).filter((p) => named.includes(p));
      const asked = subject.length ? subject : named;
      const { speakers, spokenOf } = asked.length && said.length ? speakersOf(this.kb, s.fact) : { speakers: [], spokenOf: [] };
      if (asked.length && (speakers.length ? !speakers.some((p) => asked.includes(p)) : asked.every((p) => spokenOf.includes(p)))) return false;
    }
    // "When did he become prime minister?": a unit that names the office without the word that says which names
    // another ("appointed Foreign Minister"). One that names no office may tell what its holders did.
    if (portfolioOf(this.kb, u).some(({ portfolio, role }) => this.kb.hasTerm(s.index, role) && !this.kb.hasTerm(s.index, portfolio))) return false;
    // "What did the Kyrgyz foreign minister say?": a statement naming people, none of them holding that office, is someone else's.
    if (
      u.office.length &&
      u.intent.kinds.includes('statement') &&
      this.kb.unit(s.fact).people.length &&
      !u.mentions.some((m) => m.entity.type === 'person') &&
      !people(this.kb, s.fact, u).length
    )
      return false;
    // "The Council of Heads of State": a name the question writes with capitals, which no entity holds, is what it is
    // about; a unit with none of the name's word is about something else (what the ministers approved).
    // (An office or its ministry in capitals, "the MFA page", is no such name.)
    if (s.missing.some((t) => t.capitalised && !this.kb.lexicon.roles.has(t.term))) return false;
    // "Which department reported on the talks?": a unit that names no department is about the talks, not who reported.
    if (u.category && !organisationsIn(this.kb, s.fact, u.category).length && !this.quotesSay(s.fact, u.category)) return false;
    // What happened to those counted must be what the unit says: "how many people were killed" is not answered by
    // how many were arrested or crossed the border.
    if (u.terms.some((t) => this.kb.lexicon.mustMatch.has(t.term) && !this.kb.hasTerm(s.index, t.term))) return false;
    if (goesOtherWay(this.kb, u, s.fact)) return false;
    // "How long is the border between …": what the question measures, the words of a name cannot make up for.
    if (u.measured && !this.kb.hasTerm(s.index, u.measured)) return false;
    // "How much Turkmen gas will Tajikistan buy?": a unit whose own words have none of the question's, only the
    // sentence before it ("…buying Turkmen natural gas." then "Trade … reached $186 million"), tells of something else.
    // (Words no unit has, "going", are question vocabulary, met by none.)
    const own = u.terms.filter((t) => !t.occasion && this.kb.factsWithTerm(t.term).length);
    if (own.length && !own.some((t) => this.kb.hasTerm(s.index, t.term) || (this.plans(t, u) && s.fact.status === 'planned'))) return false;
    // "How many km remain to be demarcated?" (when no sentence gives a whole and its part to work it out from) is not
    // answered by the whole border: a figure of what remains must say it remains.
    // (Only the words some source uses: "isn't" says it remains in no sentence's words.)
    const remains = u.words.filter(
      (w) => this.kb.lexicon.forms.remainder.includes(w) && !this.kb.lexicon.isStopword(w) && this.kb.factsWithTerm(this.kb.lexicon.term(w)).length > 0,
    );
    if (u.asks === 'value' && remains.length && !remains.some((w) => this.kb.hasTerm(s.index, this.kb.lexicon.term(w)))) return false;
    // "How many people crossed at Karasu?" is not answered by a crossing at Korday: a place the question names that
    // the unit lacks, where it names another place as where it happened.
    if (this.elsewhere(s, u)) return false;
    if (s.kindMatch) return s.coverage >= MIN_COVERAGE;
    return s.coverage >= MIN_COVERAGE_OTHER_KIND;
  }

  /**
   * Whether a unit tells of another place than one the question names (see fits). Not when the question asks for
   * places ("which cities signed …"), nor of the place of an occasion ("during the visit to Bishkek"), which dates it.
   */
  private elsewhere(s: Scored, u: Understanding): boolean {
    if (u.asks === 'place') return false;
    const asked = new Set(u.mentions.map((m) => m.entity.id));
    const quoted = this.kb.unit(s.fact).places;
    const its = quoted.filter((p) => !asked.has(p));
    // "Its mission in Kazakhstan" is not one in Dushanbe: a place of another country than where the question puts it.
    // A curated fact whose quote is a clause without its place ("Diplomatic mission of …, which received the Embassy
    // status") is placed by the places the curator gave it.
    const placed = quoted.length ? its : s.fact.entities.filter((e) => this.kb.entity(e)?.type === 'place' && !asked.has(e));
    const located = [...locatedIn(this.kb, u), ...occasionIn(this.kb, u)];
    const countryOf = (p: string) => this.kb.entity(p)?.country;
    if (located.length && placed.length && placed.every((p) => countryOf(p) !== undefined && !located.includes(countryOf(p)!))) return true;
    if (!its.length) return false;
    const lacks = (place: string) => {
      const words = u.terms.filter((t) => t.place === place);
      return words.length > 0 && !words.some((t) => t.occasion) && !words.every((t) => this.kb.hasTerm(s.index, t.term));
    };
    return u.mentions.some((m) => m.entity.type === 'place' && !s.fact.entities.includes(m.entity.id) && lacks(m.entity.id));
  }

  /**
   * "When did they sign the border agreement?" asked of a report whose news it is ("Uzbekistan, Kyrgyzstan sign
   * agreement on state border"), when the text prints no day: the report's date, said to be only that.
   */
  private reportDate(u: Understanding, s: Scored): Answer | undefined {
    const { fact } = s;
    if (u.asks !== 'date' || u.end || fact.date || fact.status === 'planned' || this.kb.unit(fact).origin !== 'passage') return undefined;
    const source = this.kb.source(fact.source);
    if (source.published.date.length !== 10) return undefined;
    // The report's news: the stage asked ("sign") is in the sentence and in the headline.
    const headline = new Set(this.kb.lexicon.terms(source.title));
    const stages = u.terms.filter((t) => this.kb.lexicon.stages.has(t.term));
    if (!stages.length || !stages.every((t) => this.kb.hasTerm(s.index, t.term) && headline.has(t.term))) return undefined;
    const found = answerFrom(this.kb, u, [fact], 'summary');
    const lead = this.kb.wording.say('reportDate', { date: this.kb.calendar.date(source.published.date), publisher: source.publisher });
    return { ...found, lead, text: this.kb.wording.say('reportDateText', { lead, answer: found.text }) };
  }

  /** Whether a fact's own quotes have a word of this term ("the information department … reported", no entity's name). */
  private quotesSay(fact: Fact, term: string): boolean {
    return fact.quotes.some((q) => this.kb.lexicon.terms(q).includes(term));
  }

  /**
   * "When is the border deal due?", "when will he visit?" ask the day of a plan: a fact not stated as one
   * ("announced the expected agreement" on Monday, "the fund was established in 1993") dates something else.
   */
  private notThePlan(fact: Fact, u: Understanding): boolean {
    if (u.asks !== 'date' || fact.status === 'planned') return false;
    if (u.terms.some((t) => this.kb.lexicon.scheduleWords.has(t.term))) return true;
    // "When will …?" is still told by a date to come when the source wrote it ("This work is to be completed by 2028").
    const written = this.kb.source(fact.source).published.date;
    const then = written.length === 10 ? written : u.today;
    const ends = this.kb.spans[this.kb.positionOf(fact)]!.map((s) => s.to);
    return u.words.some((w) => this.kb.lexicon.futureAuxiliaries.has(w)) && !!then && ends.length > 0 && ends.every((end) => end < then);
  }

  /** "Where is trade now?" after the trade target asks what is: a goal (planned) is not that, unless a plan is asked. */
  private planForNow(fact: Fact, u: Understanding): boolean {
    return u.present && fact.status === 'planned' && !u.terms.some((t) => this.plans(t, u) || this.kb.lexicon.scheduleWords.has(t.term));
  }

  /** Whether a question word asks for a plan (see `plans` in search.ts). */
  private plans(t: Term, u: Understanding): boolean {
    return this.kb.lexicon.planWords.has(t.term) || (u.asks === 'date' && this.kb.lexicon.scheduleWords.has(t.term));
  }

  /**
   * Whether a unit tells of the stage the question asks about, when it asks about one: "where was it signed?" goes on
   * to "The document was signed by …", not to "The reservoir … supplies water to the Syrdarya region".
   */
  private tellsStage(i: number, u: Understanding): boolean {
    const asked = u.terms.filter((t) => this.kb.lexicon.stages.has(t.term));
    return asked.every((t) => this.kb.hasTerm(i, t.term));
  }

  /** Whether a unit dates another stage of the event than the one asked ("launched" for "when will it be completed"). */
  private otherStage(i: number, u: Understanding): boolean {
    const { stages } = this.kb.lexicon;
    const asked = u.terms.filter((t) => stages.has(t.term));
    if (!asked.length || asked.some((t) => this.kb.hasTerm(i, t.term))) return false;
    return [...stages].some((t) => this.kb.hasTerm(i, t));
  }

  /** Statements and other summary answers may gather a few equally good facts. */
  private joins(best: Scored, s: Scored, u: Understanding): boolean {
    if (u.asks && u.asks !== 'summary') return false;
    // The same event told in several facts ("what came of the visit", "what did they discuss"): give them together.
    const sameEvent = s.fact.source === best.fact.source && !!best.fact.date?.on && s.fact.date?.on === best.fact.date.on && s.coverage >= MIN_COVERAGE;
    const alike = u.intent.answers === 'summary' && s.kindMatch && best.score - s.score <= JOIN_GAP && s.fact.kind === best.fact.kind;
    // What "the ministers" did joins what one of them said only when the question asked for no one by name.
    const sameSpeaker = namesPeopleOutright(this.kb, s.index, u) || !namesPeopleOutright(this.kb, best.index, u);
    return (sameEvent || alike) && sameSpeaker;
  }

  /**
   * Every fact a list question asks for, in date order, one per `about` group: "which agreements did X and Y
   * sign" by its words; "list all visits", whose words only name the kind, by the intent's kinds.
   */
  private listed(u: Understanding): Fact[] {
    // The list words only say "all of them"; the other words must still fit.
    const content = u.terms.filter((t) => !this.kb.lexicon.listCues.has(t.word));
    // A word that names the intent's kind ("visits", "treaties") or what is done with it ("signed") says "all of
    // them" too; the intent's other words ("imports" of trade) pick the items.
    const { stages, listCues } = this.kb.lexicon;
    const kindNames = new Set(u.intent.kinds.map((k) => this.kb.lexicon.term(k)));
    const ofAll = (t: Term) => kindNames.has(t.term) || (this.isIntentWord(u.intent, t.term) && (listCues.has(t.word) || stages.has(t.term)));
    const named = { ...u, terms: content.filter((t) => !ofAll(t)) };
    // Words beyond the kind's own ("main" of "main exports") pick the items, scored with all the words.
    const ranked = named.terms.length ? rank(this.kb, { ...u, terms: content }, { limit: Infinity }) : [];
    // Items are like the best one: "main export articles" lists what has both words, not what has "main" alone.
    const top = Math.max(0, ...ranked.map((s) => s.coverage));
    const found = named.terms.length
      ? ranked
          .filter(
            (s) =>
              s.fact.status !== 'planned' &&
              top - s.coverage <= ORDINAL_GAP &&
              ((s.kindMatch && s.coverage >= MIN_COVERAGE) || s.coverage >= MIN_COVERAGE_OTHER_KIND),
          )
          .map((s) => s.fact)
      : this.ofIntent(
          u,
          candidates(this.kb, named)
            .map((i) => this.kb.facts[i]!)
            .concat(u.mentions.length ? [] : this.kb.facts),
        );
    // "List all the cooperation programmes": the kind the list names, where items have it ("cooperation" is in
    // many facts that are no programme). A noun any document answers to ("documents") names no kind.
    const kinds = u.terms.filter(
      (t) => this.kb.lexicon.listCues.has(t.word) && !this.kb.lexicon.listAnyKind.has(t.word) && this.isIntentWord(u.intent, t.term),
    );
    const ofKind = named.terms.length ? found.filter((f) => kinds.every((t) => this.kb.hasTerm(this.kb.positionOf(f), t.term))) : [];
    const seen = new Set<string>();
    // (A list is of two items or more: with one of the kind, the others found stay, as before.)
    // "Rahmon's visits to Kazakhstan": no visit the sources bind to another country (Nazarbayev's to Tajikistan).
    const bound = (f: Fact) => !contradicts(u.bound, this.kb.bindings(this.kb.positionOf(f)));
    const items = [...new Set(ofKind.length > 1 ? ofKind : found)];
    // What another kind's fact tells of a day the list has (the fund agreed during the 2007 visit), or tells with no
    // date, is no item of its own.
    const days = items.filter((f) => u.intent.kinds.includes(f.kind)).flatMap((f) => factSpans(f.date));
    const told = (f: Fact) =>
      !u.intent.kinds.includes(f.kind) && days.length > 0 && (!f.date || factSpans(f.date).some((s) => days.some((d) => overlaps(s, d))));
    // "… mentioned on the Tajik MFA page": only that source's items.
    const cited = (f: Fact) => !u.sources || u.sources.includes(f.source);
    return byDate(items).filter(
      (f) => cited(f) && this.namesAsked(f, u) && bound(f) && !this.general(f) && !told(f) && (!f.about || (!seen.has(f.about) && !!seen.add(f.about))),
    );
  }

  /** A sentence of the sources that names no one and no date ("The visits of the heads of the states became …") speaks of the kind, and is no item of a list. */
  private general(f: Fact): boolean {
    const passage = this.kb.unit(f).passage;
    return !!passage && !passage.entities.length && !f.date;
  }

  private wantsList(u: Understanding): boolean {
    return (!u.asks || u.asks === 'summary') && u.words.some((w) => this.kb.lexicon.listCues.has(w));
  }

  /**
   * The facts of the intent's kinds, and of other kinds those that still belong, less what the first already
   * quote ("the Treaty … was signed" of a visit).
   */
  private ofIntent(u: Understanding, pool: Fact[]): Fact[] {
    const own = pool.filter((f) => u.intent.kinds.includes(f.kind) && f.status !== 'planned');
    const quoted = new Set(own.flatMap((f) => f.quotes));
    return [...own, ...pool.filter((f) => this.alsoOfIntent(u.intent, f) && !f.quotes.some((q) => quoted.has(q)))];
  }

  /**
   * A fact of another kind that still belongs in the intent's list: done, dated, and its own words hold two of
   * the intent's ("relations were established on 14 January 1993 by signing the Protocol" is an agreement signed).
   */
  private alsoOfIntent(intent: Intent, f: Fact): boolean {
    if (intent.kinds.includes(f.kind) || !f.date?.on || f.status === 'planned') return false;
    const own = new Set(this.kb.lexicon.terms(`${f.title} ${f.summary}`));
    // Two of the intent's keywords, not two words of one: "signed during the first official visit" is no visit.
    const met = (this.kb.keywordTerms.get(intent.name) ?? []).filter((k) => k.terms.length && k.terms.every((t) => own.has(t)));
    const widest = met.filter((k) => !met.some((o) => o !== k && o.terms.length > k.terms.length && k.terms.every((t) => o.terms.includes(t))));
    return new Set(widest.map((k) => k.terms.join(' '))).size >= 2;
  }

  private isIntentWord(intent: Intent, term: string): boolean {
    return this.kb.intentTerms.get(intent.name)?.has(term) ?? false;
  }

  /** Of facts that answer the same thing, lead with one that gives a calendar date (the others are cited beside it). */
  private bestOfSame(fact: Fact): Fact {
    if (fact.date?.on) return fact;
    return this.kb.sameAbout(fact).find((f) => f.date?.on && f.kind === fact.kind) ?? fact;
  }

  /** "Who signed the Dushanbe Agreement?": the sources hold the agreement, not its signers. */
  private slotUnknown(u: Understanding, fact: Fact): Answer {
    const what = this.kb.wording.say(`slots.${u.asks}`);
    const found = answerFrom(this.kb, u, [fact], 'summary');
    return {
      ...found,
      answered: false,
      text: this.kb.wording.say('slotUnknown', { what, says: found.text }),
      suggestions: this.suggest(u),
    };
  }

  private notFound(u: Understanding): Answer {
    const w = this.kb.wording;
    const unheard = u.terms.filter((t) => t.unheard || (!t.known && t.name)).map((t) => w.say('quoted', { text: t.word }));
    if (unheard.length) return decline(u.question, u.intent.name, w.say('neverMention', { words: unheard.join(` ${w.say('or')} `) }), this.suggest(u));
    const about = u.mentions.map((m) => m.entity.name);
    const text = about.length ? w.say('notFoundFor', { names: about.join(` ${w.say('and')} `) }) : w.say('notFound');
    return decline(u.question, u.intent.name, text, this.suggest(u));
  }

  /**
   * Who someone is or what something is: a person's offices and biography, in date order; otherwise the
   * facts most about the entity (those naming the fewest others).
   */
  private describe(u: Understanding, entity: Entity): Answer {
    const all = this.kb
      .factsWithEntity(entity.id)
      .map((i) => this.kb.facts[i]!)
      .filter((f) => f.entities.includes(entity.id));
    const own = all.filter((f) => f.kind === 'office' || f.kind === 'biography');
    const facts = own.length ? byDate(own).slice(0, 5) : [...all].sort((a, b) => a.entities.length - b.entities.length).slice(0, 2);
    if (!facts.length) return this.notFound(u);
    const answer = answerFrom(this.kb, { ...u, intent: { ...u.intent, template: '{summary}' } }, facts, 'summary');
    return { ...answer, lead: entity.name, text: this.kb.wording.say('described', { name: entity.name, text: answer.text }) };
  }

  /** What happened on a day, in a month or in a year. */
  private onDate(u: Understanding): Answer {
    const content = { ...u, terms: u.terms.filter((t) => !this.isIntentWord(u.intent, t.term)) };
    const facts = byDate(
      rank(this.kb, content, { within: true, limit: Infinity })
        .filter((s) => s.coverage >= MIN_COVERAGE)
        .map((s) => s.fact),
    );
    const when = [...u.spans.map((s) => this.kb.calendar.span(s)), ...u.monthDays.map((m) => this.kb.calendar.monthDay(m.monthDay))].join(', ');
    const w = this.kb.wording;
    if (!facts.length) return decline(u.question, u.intent.name, w.say('nothingOn', { when }), this.suggest(u));
    return listAnswer(this.kb, u, facts, w.say('onDateHeader', { when, events: w.count('events', facts.length) }));
  }

  /** The dated facts of one country or a pair, in order. */
  private timeline(u: Understanding): Answer {
    // Of two countries' relations, or of a person's career: what the question names (countries first).
    const named = u.mentions.map((m) => m.entity);
    const countries = named.some((e) => e.type !== 'country') ? named.filter((e) => e.type !== 'country') : named;
    // Every dated fact of the named entities: no words to score, so straight from the entity index.
    // A person's (or body's, or place's) timeline holds only the facts that name them.
    const all = candidates(this.kb, { ...u, terms: [] })
      .map((i) => this.kb.facts[i]!)
      .filter((f) => named.every((e) => e.type === 'country' || f.entities.includes(e.id)));
    const seen = new Set<string>();
    const facts = byDate(all.filter((f) => f.date?.on && f.status !== 'planned')).filter((f) => {
      if (f.about && seen.has(f.about)) return false;
      if (f.about) seen.add(f.about);
      return true;
    });
    if (!facts.length) return this.notFound(u);
    const names = countries.map((c) => c.name).join(` ${this.kb.wording.say('and')} `);
    return listAnswer(this.kb, u, facts, this.kb.wording.say('timelineHeader', { names, count: facts.length }));
  }

  help(question = 'help'): Answer {
    const w = this.kb.wording;
    const lines = this.kb.intents
      .filter((i) => i.name !== 'help' && i.name !== 'fallback')
      .map((i) => w.say('helpLine', { description: i.description, example: i.examples[0] ?? '' }));
    const sources = [...this.kb.sources.values()].map((s) => s.title);
    return {
      question,
      intent: 'help',
      answered: true,
      text: `${w.say('help', { count: sources.length })}\n${lines.join('\n')}`,
      facts: [],
      citations: [],
      conflicts: [],
      suggestions: this.suggest(),
    };
  }

  /** Up to three questions it has checked it can answer, about what the question named. */
  suggest(u?: Understanding): string[] {
    if (this.suggesting) return [];
    const trace = this.trace;
    this.suggesting = true;
    try {
      return this.suggester.suggest(u);
    } finally {
      this.suggesting = false;
      this.trace = trace;
    }
  }
}

/**
 * The question with fewer of the names carried at its end: every way to leave out one of the `optional` ones,
 * then two, always keeping the others and at least one name; at most `MAX_RETRIES` questions.
 */
function fewerNames(question: string, carried: string[], optional: string[], droppable = false): string[] {
  const at = question.lastIndexOf(carried.join(' '));
  if ((carried.length < 2 && !droppable) || !optional.length || at < 0) return [];
  // The names stand at the end, or before a confirmation cue ("…, right?") that stays last.
  const [base, tail] = [question.slice(0, at).trim(), question.slice(at + carried.join(' ').length)];
  const kept = carried.filter((n) => !optional.includes(n));
  const out: string[] = [];
  for (let keep = optional.length - 1; keep >= 0; keep--)
    for (const subset of subsets(optional, keep)) if (kept.length + subset.length || droppable) out.push(`${[base, ...kept, ...subset].join(' ')}${tail}`);
  return out.slice(0, MAX_RETRIES);
}

/** The question without the names carried in at its end. */
function stripNames(question: string, carried: string[]): string {
  const at = question.lastIndexOf(carried.join(' '));
  return at < 0 ? question : `${question.slice(0, at)}${question.slice(at + carried.join(' ').length)}`.trim();
}

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) => subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
}

export function byDate(facts: Fact[]): Fact[] {
  return facts
    .map((fact) => ({ fact, key: factSpans(fact.date)[0]?.from ?? '9999' }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((k) => k.fact);
}

/** The words of the question right before an office that say which office it is ("prime" of "prime minister"). */
function portfolioOf(kb: KnowledgeBase, u: Understanding): { portfolio: string; role: string }[] {
  const terms = u.words.map((w) => kb.lexicon.term(w));
  return terms.flatMap((portfolio, i) =>
    kb.lexicon.portfolios.has(portfolio) && kb.lexicon.roles.has(terms[i + 1] ?? '') ? [{ portfolio, role: terms[i + 1]! }] : [],
  );
}
