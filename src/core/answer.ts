// The one answer model every surface renders: CLI text, JSON, Slack blocks, web pages.
import type { KnowledgeBase } from './knowledge.js';
import type { Fact } from './schema.js';

export type SourceRef = {
  id: string;
  title: string;
  /** The original address, or '' when none is known (`urlNote` says why). */
  url: string;
  urlNote?: string;
  publisher: string;
  /** YYYY-MM-DD (or shorter), '' when the source is undated. */
  published: string;
};

export type Citation = { source: SourceRef; quote: string; factId: string };

/** Sources that answer the same thing differently, each side with its own citation. */
export type Conflict = { about: string; sides: { factId: string; says: string; citation: Citation }[] };

export type Answer = {
  question: string;
  intent: string;
  answered: boolean;
  /** The asked slot alone (the date, the number, the name), when there is one. */
  lead?: string;
  /** One or two sentences, the asked slot first. */
  text: string;
  facts: Fact[];
  citations: Citation[];
  conflicts: Conflict[];
  /** A list's items as its lines say them: what "how many is that?" counts next. */
  items?: string[];
  /** When it declines: up to three questions it can answer. */
  suggestions: string[];
  /**
   * A follow-up made to stand alone ("list all the treaties they signed Tajikistan Kazakhstan"), when it was
   * one: what a surface asks again for the next page or a shared copy, where the conversation is not at hand.
   */
  standalone?: string;
  /** The language of the question and of the answer's own words ('en' when absent); quotes stay as written. */
  language?: 'en' | 'ru';
};

export function sourceRef(kb: KnowledgeBase, id: string): SourceRef {
  const s = kb.source(id);
  return {
    id: s.id,
    title: s.title,
    url: s.url,
    ...(s.urlNote ? { urlNote: s.urlNote } : {}),
    publisher: s.publisher,
    published: s.published.date,
  };
}

/** The first quote of each fact, as citations: once each, when facts quote the same sentence (a figure and its growth). */
export function citationsFor(kb: KnowledgeBase, facts: Fact[]): Citation[] {
  const seen = new Set<string>();
  return facts.flatMap((f) => {
    const key = `${f.source}\u0000${f.quotes[0]}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ source: sourceRef(kb, f.source), quote: f.quotes[0]!, factId: f.id }];
  });
}

export function decline(question: string, intent: string, text: string, suggestions: string[]): Answer {
  return { question, intent, answered: false, text, facts: [], citations: [], conflicts: [], suggestions };
}
