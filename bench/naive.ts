// The naive baseline: fuse.js over the full text of every fact (title, summary and quotes), no indexes of our own.
import Fuse from 'fuse.js';
import type { Fact } from '../src/core/schema.js';

export type NaiveSearch = (question: string) => Fact[];

export function naiveSearch(facts: readonly Fact[]): NaiveSearch {
  const fuse = new Fuse(
    facts.map((fact) => ({ fact, text: [fact.title, fact.summary, ...fact.quotes].join('\n') })),
    { keys: ['text'], ignoreLocation: true },
  );
  return (question) => fuse.search(question, { limit: 5 }).map((r) => r.item.fact);
}
