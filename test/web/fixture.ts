// A small hand-made base for the web tests: one source with a link, one without, quotes that differ from the
// text in whitespace, quote marks and dashes, overlapping and nested quotes, and markup that must be escaped.
import { readFormat, readTemplates } from '../../src/core/language/read-wording.js';
import { buildKnowledge } from '../../src/core/knowledge-build.js';
import type { KnowledgeBase } from '../../src/core/knowledge.js';
import { readPassageLanguage } from '../../src/core/passages/index.js';
import type { Corpus, SourceDoc } from '../../src/core/load.js';
import { lexiconSchema, type Fact } from '../../src/core/schema.js';

const filler = Array.from(
  { length: 14 },
  (_, i) =>
    `Paragraph ${i + 1} of the background: the delegations met, spoke at length about the weather, the harvest and the roads, and agreed to meet again.`,
).join('\n\n');

export const ALPHA_TEXT = `Ministers   meet in the capital

${filler}

The ministers said the “Treaty of \t  Friendship” was signed on 3 May – in the capital – after long talks.\u00a0



A note for the record: <script>alert("x")</script> & Sons’ “trade” grew.

Both sides later met in Geneva to review the treaty.

${filler}
`;

export const alpha: SourceDoc = {
  id: 'alpha',
  title: 'Ministers meet <in> the capital & agree',
  publisher: 'The Gazette & Herald',
  url: 'https://example.org/news/ministers-meet?id=1&lang=en',
  language: 'en',
  published: { date: '2020-11-20', derived: 'Taken from the address: 20201120.' },
  text: ALPHA_TEXT,
};

export const beta: SourceDoc = {
  id: 'beta',
  title: 'A release without an address',
  publisher: 'Ministry (via a wire service)',
  url: '',
  urlNote: 'Republished by a wire service; no reliable URL is known.',
  language: 'en',
  published: { date: '', derived: 'The release prints no date.' },
  text: 'The minister arrived in Dushanbe on Monday.\nTalks followed.',
};

function fact(id: string, source: string, quotes: string[], title = `Fact ${id}`): Fact {
  return { id, kind: 'event', title, summary: title, entities: ['somewhere'], status: 'done', keywords: [], quotes, source };
}

export const facts: Fact[] = [
  // Straight quotes and single spaces where the text has curly quotes, a tab and a run of spaces.
  fact('treaty-signed', 'alpha', ['the "Treaty of Friendship" was signed on 3 May'], 'Treaty of Friendship signed'),
  // Overlaps the end of treaty-signed, with a hyphen where the text has an en dash.
  fact('signed-in-capital', 'alpha', ['signed on 3 May - in the capital - after long talks.']),
  // Nested inside treaty-signed.
  fact('treaty-name', 'alpha', ['Treaty of Friendship']),
  // Markup and an ampersand in the quote and in the title.
  fact('script-note', 'alpha', ['<script>alert("x")</script> & Sons\' "trade" grew.'], 'Trade <b>grew</b> & more'),
  // Two quotes: the anchor goes to the first, although it comes later in the text.
  fact('two-quotes', 'alpha', ['met in Geneva', 'Ministers meet in the capital']),
  fact('not-in-text', 'alpha', ['words that the text does not contain']),
  fact('minister-arrived', 'beta', ['The minister arrived in Dushanbe on Monday.']),
];

export function fixtureKb(): KnowledgeBase {
  const corpus: Corpus = {
    passageLanguage: readPassageLanguage(),
    templates: readTemplates(),
    format: readFormat(),
    sources: [alpha, beta],
    entities: [{ id: 'somewhere', type: 'place', name: 'Somewhere', aliases: [] }],
    facts,
    intents: [],
    // Parsed so that fields the lexicon gains later take their defaults.
    lexicon: lexiconSchema.parse({ stopwords: [], synonyms: {}, asks: {}, exclusions: [] }),
  };
  return buildKnowledge(corpus);
}
