// The shapes of every data file under facts/ and intents/, as zod schemas.
// `attache facts check` and the loader both validate through these, so an error names the field.
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lower-case letters, digits and hyphens');

/** A calendar date at day, month or year precision: 1993-01-14, 1993-01 or 1993. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine((d) => d.length < 10 || new Date(`${d}T00:00:00Z`).getUTCDate() === Number(d.slice(8)), 'no such day');

export const sourceSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** The original address; empty when none is reliable (then `urlNote` says why). */
  url: z.union([z.url(), z.literal('')]),
  urlNote: z.string().optional(),
  language: z.string().min(2),
  published: z.strictObject({
    /** Empty when the text gives no way to tell. */
    date: z.union([isoDate, z.literal('')]),
    /** How the date was found when the document does not print it. */
    derived: z.string().optional(),
  }),
});
export type Source = z.infer<typeof sourceSchema>;

export const entityTypes = ['country', 'person', 'organisation', 'place'] as const;
export const entitySchema = z.strictObject({
  id: slug,
  type: z.enum(entityTypes),
  name: z.string().min(1),
  /** Other spellings, short forms, transliterations and demonyms. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The country a person, organisation or place belongs to. */
  country: slug.optional(),
});
export type Entity = z.infer<typeof entitySchema>;
export const entityFileSchema = z.strictObject({ entities: z.array(entitySchema) });

export const factKinds = [
  'relations', // diplomatic relations established
  'treaty', // a treaty or agreement signed (or planned)
  'programme', // a cooperation programme
  'visit', // a visit, meeting or talks
  'office', // an appointment or office held
  'biography', // birth and other personal facts
  'mission', // embassies and diplomatic missions
  'border', // border length, delimitation, disputes
  'trade', // trade figures, goods, targets
  'membership', // organisations both belong to or work in
  'statement', // a statement or position
  'event', // a clash or other event
  'cooperation', // an area of cooperation, a project or institution
] as const;
export type FactKind = (typeof factKinds)[number];

/** A day of the year without its year, MM-DD ("11-03" for "Nov. 3" in an undated source). */
export const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'MM-DD', abort: true })
  .refine((md) => new Date(`2000-${md}T00:00:00Z`).getUTCDate() === Number(md.slice(3)), 'no such day');

export const factDateSchema = z
  .strictObject({
    /** When it happened (or began): YYYY, YYYY-MM or YYYY-MM-DD. Absent when the source gives no calendar date. */
    on: isoDate.optional(),
    /** The end of a range (2021–2022, 12–13 September 2007). */
    to: isoDate.optional(),
    /** A day and month the source gives without a year (MM-DD), with the source's words in `text`; instead of `on`. */
    monthDay: monthDay.optional(),
    /** The source's own words for a vague or relative time ("on Monday", "later this year", "in March"). */
    text: z.string().optional(),
    /** How `on` was worked out from a relative phrase and the publication date. */
    derived: z.string().optional(),
    /** Further dates of a recurring event (meetings held in 1998, 2001, 2004 …). */
    also: z.array(isoDate).optional(),
  })
  .refine((d) => d.on !== undefined || d.monthDay !== undefined || d.text !== undefined, { message: 'needs `on`, `monthDay` or `text`' })
  .refine((d) => d.to === undefined || d.on !== undefined, { message: '`to` needs `on`', path: ['to'] })
  .refine((d) => d.monthDay === undefined || d.on === undefined, {
    message: '`monthDay` is for a day without a year: with `on`, leave it out',
    path: ['monthDay'],
  })
  // Every answer that cannot give a calendar date quotes `text`: a year-less day must carry the source's words.
  .refine((d) => d.monthDay === undefined || d.text !== undefined, { message: '`monthDay` needs `text`, the source\'s own words ("Nov. 3")', path: ['text'] });
export type FactDate = z.infer<typeof factDateSchema>;

export const factSchema = z.strictObject({
  id: slug,
  kind: z.enum(factKinds),
  /** A short name, used in lists and timelines ("Treaty on Allied Relations"). */
  title: z.string().min(1),
  /** One sentence stating the fact, faithful to the quotes, with its date and value. */
  summary: z.string().min(1),
  /** Entity ids from facts/entities.yaml. */
  entities: z.array(slug).min(1),
  date: factDateSchema.optional(),
  /** `planned` for what a source only expects or intends; an answer must say so. */
  status: z.enum(['done', 'planned', 'ongoing']).default('done'),
  value: z
    .strictObject({
      amount: z.number().optional(),
      unit: z.string().optional(),
      /** The value as the answer should say it ("971 km", "$1.2 billion", "+7.4 %"). */
      text: z.string().min(1),
    })
    .optional(),
  /** What this fact answers, shared by facts that answer the same thing; differing values are a conflict. */
  about: z.string().optional(),
  /** Extra words people use for this fact (search only, never shown as a claim). */
  keywords: z.array(z.string()).default([]),
  quotes: z.array(z.string().min(1)).min(1),
  source: slug,
});
export type Fact = z.infer<typeof factSchema>;
export const factFileSchema = z.strictObject({ facts: z.array(factSchema) });

export const answerSlots = ['date', 'value', 'person', 'place', 'reason', 'summary', 'list', 'timeline', 'help', 'none'] as const;
export type AnswerSlot = (typeof answerSlots)[number];

export const intentSchema = z.strictObject({
  name: slug,
  description: z.string().min(1),
  /** Example phrasings: shown in help and suggestions, and used to test the classifier. */
  examples: z.array(z.string()).min(1),
  /** Words and phrases that point to this intent; each scores. */
  keywords: z.array(z.string()).default([]),
  /** Fact kinds this intent searches; empty means every kind. */
  kinds: z.array(z.enum(factKinds)).default([]),
  /** Slots the question must fill for the intent to answer. */
  requires: z.array(z.enum(['country', 'countryPair', 'person', 'organisation', 'entity', 'date', 'words'])).default([]),
  /** What the answer leads with. */
  answers: z.enum(answerSlots),
  /** How the answer text is built: {lead} and {summary} and {title} are filled in. */
  template: z.string().min(1),
  /** Questions name one item ("the Treaty on Allied Relations"): the most specific word of the name must be in the fact. */
  named: z.boolean().default(false),
  /**
   * What a sentence must name to answer when the question names none of it: "which organisations do X and Y
   * belong to?" is never answered by a sentence about "these organisations". Curated facts name it in their title.
   */
  names: z.enum(entityTypes).optional(),
  /** Chosen only when the question holds nothing but the intent's keywords (no names, no other words). */
  exclusive: z.boolean().default(false),
  /** Tie-breaker when two intents score alike: higher wins. */
  priority: z.number().default(0),
});
export type Intent = z.infer<typeof intentSchema>;

export const lexiconSchema = z.strictObject({
  /** Words that carry no topic ("the", "what", "please"). */
  stopwords: z.array(z.string()),
  /** Word → the word it means here ("commerce" → "trade"); applied before matching. */
  synonyms: z.record(z.string(), z.array(z.string())),
  /** Cue phrases → the slot a question asks for ("how many" → value). */
  asks: z.partialRecord(z.enum(answerSlots), z.array(z.string())),
  /** Phrases that exclude what follows them ("apart from June 2000"). */
  exclusions: z.array(z.string()),
  /** "Before 2020", "after 2010", "since 2010": a date open on one side (see understand.ts). */
  dateBounds: z
    .strictObject({
      before: z.array(z.string()).default([]),
      until: z.array(z.string()).default([]),
      after: z.array(z.string()).default([]),
      since: z.array(z.string()).default([]),
      /** Words that may stand between the bound word and its date: "before the 2020 appointment", "after his 2007 visit". */
      leadIns: z.array(z.string()).default([]),
    })
    .prefault({}),
  /** Words that ask for every matching fact rather than one ("treaties", "agreements"). */
  listCues: z.array(z.string()).default([]),
  /** List cues that name no one kind of item ("documents"): every kind answers to them. */
  listAnyKind: z.array(z.string()).default([]),
  /** Words that deny what follows ("no unresolved questions", "did not sign"): a yes/no answer says no. */
  negations: z.array(z.string()).default([]),
  /** Phrases that start with a negation but affirm ("not only", "no doubt"). */
  affirmations: z.array(z.string()).default([]),
  /** Words after which a sentence lists things ("… are: a, b, c"; "… include a, b and c"). */
  enumerates: z.array(z.string()).default([]),
  /** Words for offices ("president", "minister"): a person named for one must hold it. */
  roles: z.array(z.string()).default([]),
  /** Nouns that belong to a country ("capital", "embassy"): tied to another country in a fact, they rule it out. */
  attributes: z.array(z.string()).default([]),
  /** Nouns for a country's people ("students", "specialists"): "students from Kyrgyzstan" are Kyrgyzstan's, as "Kyrgyz students" are. */
  nationals: z.array(z.string()).default([]),
  /** Words that make a lesser office of the one after them ("deputy prime minister" is no prime minister). */
  deputies: z.array(z.string()).default([]),
  /** Words before an office that say which one it is ("prime", "foreign"): a unit without the word names another office. */
  portfolios: z.array(z.string()).default([]),
  /** Stages of an event ("signed", "ratified", "launched", "completed"): the date of one stage does not answer "when" of another. */
  stages: z.array(z.string()).default([]),
  /** Question words that ask for a plan ("target", "aim", "supposed to"): a unit the sources state as a plan accounts for them. */
  planWords: z.array(z.string()).default([]),
  /** Words that ask when something is to happen ("supposed to open", "scheduled"): in a "when" question, a planned unit accounts for them. */
  scheduleWords: z.array(z.string()).default([]),
  /** Question words that ask of what happened ("when did they meet?"): a planned unit is another thing than the event. */
  pastAuxiliaries: z.array(z.string()).default([]),
  /** Question words that ask when something is to happen ("when will …"): a unit stated as done does not tell it. */
  futureAuxiliaries: z.array(z.string()).default([]),
  /** Phrases that refer to the people a report has named ("the ministers", "both sides"): such a sentence is about them too. */
  groupReferences: z.array(z.string()).default([]),
  /** Words that name one party of a deal ("the Uzbek side", "on behalf of Tajikistan"): who acted for it is a person of that country. */
  sides: z.array(z.string()).default([]),
  /** Words before one country that name it as a party ("who signed for Uzbekistan?"), as a side word does. */
  sidePrepositions: z.array(z.string()).default([]),
  /** Words just before which a side word names the party acting ("on the Kyrgyz side"; not "thanked the Tajik side"). */
  sideWordPrepositions: z.array(z.string()).default([]),
  /** Phrases that open a purpose or reason in a quote ("to participate in", "in connection with"): what answers "why". */
  reasonCues: z.array(z.string()).default([]),
  /** Phrases before the occasion a question is about ("during his visit to Astana"): it dates what is asked, it is not its topic. */
  occasionCues: z.array(z.string()).default([]),
  /** After the question's own cue, words that open a clause of the occasion ("what … when they met"): no date asked. */
  clauseCues: z.array(z.string()).default([]),
  /** Right after which/what, words that ask for what was done ("what did he sign"), never for a place. */
  objectAuxiliaries: z.array(z.string()).default([]),
  /** Acronyms that, in capitals, are no stopword ("IT"): each read as its words. */
  acronyms: z.record(z.string(), z.string()).default({}),
  /** A broad word and its kinds: asked with the broad word no source uses, the one kind the sources use stands in. */
  broader: z.record(z.string(), z.array(z.string())).default({}),
  /** Words a unit must say itself when a question uses them: what happened to those counted ("killed" is not "arrested"), a cause. */
  mustMatch: z.array(z.string()).default([]),
  /** Ordinal words and the position they ask for among like facts in date order (-1: the last). */
  ordinals: z.record(z.string(), z.number().int()).default({}),
  /** Words that ask when something ended ("left office"): the end of a date range. */
  ends: z.array(z.string()).default([]),
  /** Words that ask about now ("currently"): dated sources cannot say who holds an office today. */
  present: z.array(z.string()).default([]),
  /** Words before a place that say where something happened ("signed in Bishkek", "a visit to Astana"). */
  locatives: z.array(z.string()).default([]),
  /** Words of going somewhere: "did Rahmon visit Kazakhstan?" is not answered by a visit to Tajikistan. */
  motions: z.array(z.string()).default([]),
  owners: z.array(z.string()).default([]),
  /** Words that qualify a verb without standing between it and its subject: word order looks through them (neighbours.ts). */
  adverbs: z.array(z.string()).default([]),
  /** A flow seen from its other end: after `from`, "imports from Kazakhstan" are Kazakhstan's exports (word → preposition → word). */
  converses: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** Words of one direction and of the other: "what comes the other way?" after exports asks for imports. */
  opposites: z.record(z.string(), z.string()).default({}),
  /** How a follow-up is told from a new question (see conversation.ts). */
  followUp: z
    .strictObject({
      /** Words that refer back: "it", "that", "he", "they". */
      pronouns: z.array(z.string()).default([]),
      /** Those of them that stand for one person ("he", "his") and for several ("they"). */
      personal: z.array(z.string()).default([]),
      plural: z.array(z.string()).default([]),
      /** A question starting with one of these corrects the one before ("no, I meant …"). */
      corrections: z.array(z.string()).default([]),
      /** …or goes on from it ("and with Kyrgyzstan?", "what about …"). */
      continuations: z.array(z.string()).default([]),
      /** Phrases that start a new topic. */
      switches: z.array(z.string()).default([]),
      /** Phrases that ask for the like fact before or after the one answered ("before that", "after that"). */
      before: z.array(z.string()).default([]),
      after: z.array(z.string()).default([]),
      /** Nouns for the document an answer came from: "that page", "this article" mean the source before. */
      sources: z.array(z.string()).default([]),
      /** Before a source noun or a pronoun ("in all three texts", "in both of them"): what every answer before names. */
      common: z.array(z.string()).default([]),
      /** Subjects after which an ordinal word is the verb ("how many days did it last"). */
      subjects: z.array(z.string()).default([]),
      /** Nouns of an occasion ("that meeting"): after a pronoun, the one of the answer before, in its source. */
      occasions: z.array(z.string()).default([]),
      /** Pronouns that before a noun only point at it ("that road"): then the noun says what is meant. */
      determiners: z.array(z.string()).default([]),
      /** Words that point back through the noun after them ("that meeting", "his visit", "this page"). */
      nounPointers: z.array(z.string()).default([]),
      /** Words before "it" or "that visit" that mean at the time of the fact before. */
      during: z.array(z.string()).default([]),
      /** Pronouns of a place ("there"): the place the answer before named. */
      locative: z.array(z.string()).default([]),
      /** Words that only acknowledge the answer before ("ok, and …", "so …"): dropped from the start of a follow-up. */
      fillers: z.array(z.string()).default([]),
      /** Nouns of a measure that open a fact's title ("Length of the border"): "it" is what is measured. */
      measures: z.array(z.string()).default([]),
      /** Verbs of what a document says ("the page says …"): no topic when a document is named. */
      reporting: z.array(z.string()).default([]),
      /** Phrases before a publisher that make it the source ("according to the Kazakh MFA"). */
      citing: z.array(z.string()).default([]),
      /** Words that ask a question: a correction holding one ("no, I meant what Turkey discussed") is a new question. */
      questions: z.array(z.string()).default([]),
      /** How "the second one?" asks the question before at a position, when it has no ordinal to replace. */
      atPosition: z.string().default('{ordinal}'),
      /** Phrases that pick among the items of the list before ("which one", "the one"). */
      selections: z.array(z.string()).default([]),
      /** "Was there one in 2010?": yes/no on the question before, and the words that stand for its thing ("one"). */
      /** "And what comes the other way?": the question before, its word of one direction turned round. */
      reversals: z.array(z.string()).default([]),
      existentials: z.array(z.string()).default([]),
      existentialFillers: z.array(z.string()).default([]),
      /** Phrases for the month and the year of the answer before ("that same month", "the same year"). */
      sameMonth: z.array(z.string()).default([]),
      sameYear: z.array(z.string()).default([]),
      /** Closing words that mean the time of the answer before ("what was signed then?"). */
      atThatTime: z.array(z.string()).default([]),
      /** "Anything else?", "who else …": the question (or the one before) again, without what the answer before gave. */
      others: z.array(z.string()).default([]),
      /** Prepositions that open a follow-up going on from the answer before ("by signing what?"): about what it was about. */
      goesOn: z.array(z.string()).default([]),
    })
    // Every field has its default, so a lexicon may leave the block out or give only some of it.
    .prefault({}),
  /** Cue phrases of question forms beyond a look-up (see forms.ts). */
  forms: z
    .strictObject({
      /** First words of a yes/no question ("did", "was"). */
      yesno: z.array(z.string()),
      /** Last words that ask for confirmation ("…, right?"). */
      confirm: z.array(z.string()),
      order: z.array(z.string()),
      difference: z.array(z.string()),
      age: z.array(z.string()),
      count: z.array(z.string()),
      /** Counts of the times one thing happened ("how many times", "in how many different years"). */
      occurrences: z.array(z.string()).default([]),
      /** Words that ask for the rest of a whole ("how many km are not delineated?"): the whole less the part. */
      remainder: z.array(z.string()).default([]),
      /** Phrases that ask what share a part is of its whole ("what share is that?"): the part over the whole. */
      share: z.array(z.string()).default([]),
      /** Words between the two things a comparison names ("or", "when", "after"). */
      joins: z.array(z.string()),
      /** Words that ask to put the answers before in date order ("put those three in order"). */
      inOrder: z.array(z.string()).default([]),
      /** "How many months apart?": words that ask for the time between two dates in months. */
      inMonths: z.array(z.string()).default([]),
      /** "Which is longer?": which of two things lasts longer (dates) or measures more (figures); `shorter` asks the other way. */
      longer: z.array(z.string()).default([]),
      shorter: z.array(z.string()).default([]),
      /** "Which years does the programme cover?": asks for the span of years a thing's name gives ("for 2026-2028"). */
      yearSpan: z.array(z.string()).default([]),
    })
    .default({
      yesno: [],
      confirm: [],
      order: [],
      difference: [],
      age: [],
      count: [],
      occurrences: [],
      remainder: [],
      share: [],
      joins: [],
      inOrder: [],
      inMonths: [],
      longer: [],
      shorter: [],
      yearSpan: [],
    }),
  /** Words that, about a named person or body, ask who or what it is ("Nurtleu's position", "what CICA stands for"). */
  describes: z.array(z.string()).default([]),
  /** Phrases that ask for a figure and name no topic: "the number of wounded" asks how many were wounded. */
  figureOf: z.array(z.string()).default([]),
  /** Nouns that name a place: "the capital of X" asks for a place the sources name. */
  placeNouns: z.array(z.string()).default([]),
  /** Nouns of a quantity: "where is trade now?" asks for its level, not a place. */
  levels: z.array(z.string()).default([]),
  /** Words before a country that make it where the thing asked happened ("met in Kyrgyzstan"). */
  wherePrepositions: z.array(z.string()).default([]),
  /** After an occasion word, words before a country that make it where the occasion happened ("visit to X"). */
  destinationPrepositions: z.array(z.string()).default([]),
  /** A question word and the units whose figures account for it: "length" is met by a figure in km. */
  measuredIn: z.record(z.string(), z.array(z.string())).default({}),
  /** How a question names what it measures ("how long is the border …", "what is the capacity of …"; see measured.ts). */
  measured: z
    .strictObject({ cues: z.array(z.string()).default([]), copulas: z.array(z.string()).default([]), ends: z.array(z.string()).default([]) })
    .prefault({}),
  /** Words for the sort of things a list names ("which fields …"): met by a unit that lists things ("space, IT and AI"). */
  listedAs: z.array(z.string()).default([]),
  /** Verbs that say nothing before one of `lightObjects` ("paid a visit", "pay tribute"): the noun says it all. */
  lightVerbs: z.array(z.string()).default([]),
  lightObjects: z.array(z.string()).default([]),
  /** Nouns for a person that name no office: "which official …" asks who, and any person of the fact may answer. */
  personNouns: z.array(z.string()).default([]),
  /** Plural nouns for people ("which Kazakh foreign ministers …"): the question asks for every person that fits, not the best one. */
  severalPeople: z.array(z.string()).default([]),
  /** Derivational endings: a question word that is a known word plus one of these means that word ("officially"). */
  derivations: z.array(z.string()).default([]),
  /** Words that say a figure changed when one stands right after them ("up 12 percent": increase), and the word they then mean. */
  figureChanges: z.record(z.string(), z.string()).default({}),
});
export type Lexicon = z.infer<typeof lexiconSchema>;
