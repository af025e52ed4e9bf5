// The search libraries the engine is measured beside, each over the same units the engine indexes (curated
// facts and passages: title, summary and quotes) and each given the engine's stopwords (intents/_lexicon.yaml).
// Each is configured as its documentation suggests for typo-tolerant full-text search of short questions.
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import type { Fact } from '../src/core/schema.js';

export type Peer = { name: string; config: string; build(units: readonly Fact[]): (question: string) => unknown };

const RESULTS = 5;
const text = (f: Fact) => [f.title, f.summary, ...f.quotes].join(' ');
const words = (q: string) =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function peers(stopwords: readonly string[]): Peer[] {
  const stop = new Set(stopwords.map((w) => w.toLowerCase()));
  return [
    {
      name: 'FlexSearch',
      config: `Index, tokenize "forward" (prefix), Charset.LatinBalance encoder (its typo-tolerant normaliser) with the stopwords as filter; search with suggest: true (documents matching some of the words) and limit ${RESULTS}`,
      build(units) {
        const index = new FlexSearch.Index({ tokenize: 'forward', encoder: new FlexSearch.Encoder({ ...FlexSearch.Charset.LatinBalance, filter: stop }) });
        units.forEach((u, i) => index.add(i, text(u)));
        return (q) => index.search(q, { limit: RESULTS, suggest: true });
      },
    },
    {
      name: 'MiniSearch',
      config: `one field, stopwords dropped in processTerm, search with prefix: true and fuzzy: 0.2 (as its README suggests), ${RESULTS} results kept`,
      build(units) {
        const mini = new MiniSearch<{ id: number; text: string }>({
          fields: ['text'],
          processTerm: (term) => (stop.has(term.toLowerCase()) ? null : term.toLowerCase()),
          searchOptions: { prefix: true, fuzzy: 0.2 },
        });
        mini.addAll(units.map((u, id) => ({ id, text: text(u) })));
        return (q) => mini.search(q).slice(0, RESULTS);
      },
    },
    {
      name: 'Fuse.js',
      config: `keys title, summary and quotes, ignoreLocation, extended search: the question's words less stopwords, OR-ed as fuzzy terms; limit ${RESULTS}`,
      build(units) {
        const fuse = new Fuse(units as Fact[], { keys: ['title', 'summary', 'quotes'], ignoreLocation: true, useExtendedSearch: true });
        return (q) => {
          const terms = words(q).filter((w) => !stop.has(w));
          return terms.length ? fuse.search(terms.join(' | '), { limit: RESULTS }) : [];
        };
      },
    },
  ];
}
