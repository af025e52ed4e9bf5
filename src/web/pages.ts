// The source pages as pure functions of the base: the list, one source with its quotes highlighted, the errors.
import type { KnowledgeBase } from '../core/knowledge.js';
import type { SourceDoc } from '../core/load.js';
import type { Fact } from '../core/schema.js';
import type { Calendar } from '../core/language/calendar.js';
import { html, pageShell, type Html } from './html.js';
import { passages, type Passage } from './highlight.js';
import { respond, type WebResponse } from './response.js';
import { STYLESHEET } from './style.js';

/** What a source id can look like (the schema's slug); anything else is not worth a lookup. */
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const ERRORS = {
  400: ['Bad request', 'That is not a source id.'],
  404: ['Not found', 'There is no source with that id.'],
  405: ['Method not allowed', 'These pages can only be read (GET or HEAD).'],
} as const;

export function listPage(kb: KnowledgeBase, base: string): WebResponse {
  const cites = new Map<string, number>();
  for (const f of kb.facts) cites.set(f.source, (cites.get(f.source) ?? 0) + 1);
  const sources = [...kb.sources.values()].sort((a, b) => a.id.localeCompare(b.id));
  const body = html`<header>
<h1>Sources</h1>
<p class="meta">The ${counted(sources.length, 'document')} Attaché quotes, each with its cited passages highlighted.</p>
</header>
<ol class="sources">
${sources.map(
  (s) => html`<li><a class="title" href="${base}/sources/${encodeURIComponent(s.id)}">${s.title}</a>
<p class="meta">${s.publisher} · ${published(s, kb.calendar)} · cited by ${counted(cites.get(s.id) ?? 0, 'fact')} · ${originalLink(s.url) ?? 'no reliable link'}</p></li>
`,
)}</ol>`;
  return respond(200, 'text/html', pageShell('Sources', base, body));
}

export function sourcePage(kb: KnowledgeBase, id: string, base: string): WebResponse {
  if (!SOURCE_ID.test(id)) return errorPage(400, base);
  const source = kb.sources.get(id);
  if (!source) return errorPage(404, base);
  const facts = kb.facts.filter((f) => f.source === id);
  const titles = new Map(facts.map((f) => [f.id, f.title]));
  const found = passages(source.text, facts);
  const body = html`<p class="nav"><a href="${base}/sources">All sources</a></p>
${sourceHeader(source, kb.calendar)}
${citedBy(facts, found, titles)}
<article class="doc" lang="${source.language}">${highlighted(source.text, found, titles)}</article>`;
  return respond(200, 'text/html', pageShell(source.title, base, body));
}

export function errorPage(status: keyof typeof ERRORS, base: string): WebResponse {
  const [title, message] = ERRORS[status];
  const body = html`<h1>${title}</h1>
<p>${message}</p>
<p class="nav"><a href="${base}/sources">All sources</a></p>`;
  return respond(status, 'text/html', pageShell(title, base, body), status === 405 ? { Allow: 'GET, HEAD' } : {});
}

export function stylesheet(): WebResponse {
  return respond(200, 'text/css', STYLESHEET);
}

/** Title, publisher, date (and how it was found), and the original or why there is no link to it. */
function sourceHeader(source: SourceDoc, calendar: Calendar): Html {
  const link = originalLink(source.url);
  return html`<header>
<h1>${source.title}</h1>
<p class="meta">${source.publisher} · ${published(source, calendar)}${link && html` · ${link}`}</p>
${source.published.derived && html`<p class="note">About the date: ${source.published.derived}</p>`}
${!link && html`<p class="note missing">No reliable link to the original is known.${source.urlNote && html` ${source.urlNote}`}</p>`}
</header>`;
}

/** The facts citing the source, folded away, in text order, each linked to its anchor. */
function citedBy(facts: Fact[], found: Passage[], titles: Map<string, string>): Html {
  if (!facts.length) return html`<p class="note">No fact cites this source yet.</p>`;
  const anchored = found.flatMap((p) => p.anchors);
  const unanchored = facts.filter((f) => !anchored.includes(f.id));
  return html`<details class="cited">
<summary>Cited by ${counted(facts.length, 'fact')}</summary>
<ol>
${anchored.map((id) => html`<li><a href="#fact-${id}">${titles.get(id)}</a></li>\n`)}${unanchored.map((f) => html`<li>${f.title} (its quote is not in this text)</li>\n`)}</ol>
</details>`;
}

/** The document, from its first word to its last, with each passage marked. */
function highlighted(text: string, found: Passage[], titles: Map<string, string>): Html[] {
  let at = text.search(/\S|$/);
  const parts = found.map((p) => {
    const before = paragraphs(text.slice(at, p.start));
    at = p.end;
    return html`${before}${mark(paragraphs(text.slice(p.start, p.end)), p, titles)}`;
  });
  return [...parts, html`${paragraphs(text.slice(at).trimEnd())}`];
}

/** A passage: its <mark> carries the first anchor and an empty <span> each further one; a superscript counts its facts. */
function mark(text: string, p: Passage, titles: Map<string, string>): Html {
  const [first, ...more] = p.anchors;
  const names = p.factIds.map((id) => titles.get(id)).join('; ');
  const count = html`<sup class="count" title="cited by ${counted(p.factIds.length, 'fact')}">${p.factIds.length}</sup>`;
  return html`<mark${first && html` id="fact-${first}"`} title="${names}">${more.map((id) => html`<span id="fact-${id}"></span>`)}${text}</mark>${count}`;
}

/** Every line break starts a paragraph, shown as one blank line (the document is styled white-space: pre-line). */
function paragraphs(text: string): string {
  return text.replace(/\s*\n\s*/g, '\n\n');
}

function published(s: SourceDoc, calendar: Calendar): Html {
  return s.published.date ? html`<time datetime="${s.published.date}">${calendar.date(s.published.date)}</time>` : html`undated`;
}

/** "original at <host>", linked; none unless the address is a well-formed http(s) URL. */
function originalLink(url: string): Html | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return html`<a href="${parsed.href}" rel="noreferrer">original at ${parsed.host}</a>`;
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
