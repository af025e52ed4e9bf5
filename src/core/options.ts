// Every threshold of the engine, in one place, with what it does and its default. Scores are those of
// search.ts (coverage: the share, by weight, of the question's content words a unit accounts for, 0–1).
export const ENGINE_OPTIONS = {
  // --- when a unit may answer (engine.ts)
  /** The least coverage a unit of the intent's kinds needs to answer. */
  minCoverage: 0.5,
  /** The least coverage a unit of another kind needs. */
  minCoverageOtherKind: 0.65,
  /** For intents whose questions name one item ("the Treaty on Allied Relations"): the share of the name's words the unit must have. */
  minTopicCoverage: 0.4,
  /** How far (in score) a unit holding the asked slot may trail the unit the question is about and still answer for it. */
  slotGap: 0.5,
  /** Scores this close are a tie: both answers are shown. */
  tie: 0.05,
  /** At most this many answers shown side by side for a tie. */
  maxChoices: 3,
  /** At most this many units joined into one answer (a statement told in several sentences). */
  maxJoined: 3,
  /** How close (in score) further units must be to join an answer. */
  joinGap: 0.35,
  /** How far behind the best unit's coverage others may be and still count as "like" it (ordinals, yes/no, counts). */
  likeGap: 0.15,

  /** A follow-up that names nothing carries the subject before; when that finds nothing, this many questions with fewer of its names are tried. */
  carriedRetries: 6,

  // --- how words weigh (search.ts)
  /** A unit's score: coverage times this, plus the title's share of the words, plus `kindWeight` for the kind asked. */
  coverageWeight: 3,
  /** What being of the intent's kind adds to a unit's score: less than a quarter of the words' coverage, so a unit
   * that accounts for every word outranks one of the guessed kind that misses some. */
  kindWeight: 0.5,
  /** An unknown word weighs this many times the rarest known word of the question: more than it, so one known word
   * beside an unknown one is not half the question ("when did biden visit tajikistan" is no visit of someone else). */
  unknownWeight: 1.5,
  /** An unknown name, or an English word no source uses, weighs this many times the rarest known word. */
  nameWeight: 3,
  /** The credit for a word found only around a unit (the report's place, the sentence before), not in it. */
  contextCredit: 0.5,
  /** Taken off a headline's score: the body's sentence that fits as well leads (the headline restates it in short). */
  headlinePenalty: 1,
  /** Taken off a unit that gives the office asked as a lesser one ("First Deputy Foreign Minister" for "foreign minister"). */
  deputyPenalty: 1,
  /** Taken off a unit that names a person asked only as one of a group or by office ("the ministers exchanged views"
   * for "what did Muhriddin say?"): a unit naming the person leads. */
  referencePenalty: 0.5,
  /** Taken off a planned unit when the question asks of what happened ("when did they meet?"): a unit of the event leads. */
  plannedPenalty: 1,
  /** How many candidates get the full score when there are more (the rest cannot outrank them). */
  shortlist: 64,
  /** How many leading units a unit quoting a part of one of their sentences may pass (it says just what was asked). */
  narrowerAmong: 5,

  // --- units and language
  /** A source sentence of fewer words is no unit (a two-word heading). */
  minUnitWords: 4,
  /** The shortest Russian stem in which a typo is corrected ("погода" is one letter from "повод"). */
  minCorrectedRussianStem: 7,
  /** Suggestions a decline offers. */
  suggestions: 3,
} as const;
