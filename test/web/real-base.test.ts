// The guarantee behind PUBLIC_BASE_URL links: every quote of every fact in the real base is highlighted on its
// source page, and every fact has the anchor its links point to. Fact ids are read from the base, not written here.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/core/index.js';
import { citationsFor } from '../../src/core/answer.js';
import { sourcePageUrl } from '../../src/render/links.js';
import { indexText, locateQuote, passages } from '../../src/web/highlight.js';
import { listPage, sourcePage } from '../../src/web/pages.js';

const kb = loadEngine().kb;

describe('the real base', () => {
  it('has every quote of every fact inside a highlighted passage of its source', () => {
    for (const source of kb.sources.values()) {
      const facts = kb.facts.filter((f) => f.source === source.id);
      const found = passages(source.text, facts);
      const index = indexText(source.text);
      for (const f of facts) {
        f.quotes.forEach((quote, i) => {
          const range = locateQuote(index, quote);
          expect(range, `${f.id} quotes.${i} in source ${source.id}`).toBeDefined();
          const holder = found.find((p) => p.start <= range!.start && range!.end <= p.end);
          expect(holder?.factIds, `${f.id} quotes.${i}`).toContain(f.id);
        });
      }
    }
  });

  it("has the anchor, exactly once, that each fact's PUBLIC_BASE_URL link points to", () => {
    const pages = new Map([...kb.sources.keys()].map((id) => [id, sourcePage(kb, id, '').body]));
    for (const citation of citationsFor(kb, kb.facts)) {
      const url = new URL(sourcePageUrl(citation, { publicBaseUrl: 'https://attache.example.org/' })!);
      const id = decodeURIComponent(url.pathname.replace(/^\/sources\//, ''));
      const anchor = `id="${decodeURIComponent(url.hash.slice(1))}"`;
      expect(pages.get(id)?.split(anchor).length, `${anchor} on ${url.pathname}`).toBe(2);
    }
  });

  it('lists every source', () => {
    const list = listPage(kb, '').body;
    for (const id of kb.sources.keys()) expect(list).toContain(`href="/sources/${id}"`);
  });
});
