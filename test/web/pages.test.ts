import { describe, expect, it } from 'vitest';
import { errorPage, listPage, sourcePage, stylesheet } from '../../src/web/pages.js';
import { CONTENT_SECURITY_POLICY } from '../../src/web/response.js';
import { fixtureKb } from './fixture.js';

const kb = fixtureKb();
const alpha = sourcePage(kb, 'alpha', '').body;
/** The marked passages of a page: their opening tag, the anchors inside and the text. */
const marks = (page: string) =>
  [...page.matchAll(/<mark([^>]*)>((?:<span id="[^"]+"><\/span>)*)([^<]*)<\/mark>/g)].map((m) => ({ attrs: m[1]!, spans: m[2]!, text: m[3]! }));

describe('source page', () => {
  it('escapes the document, its title and publisher, and the fact titles', () => {
    expect(alpha).not.toMatch(/<script|<b>|<in>/);
    expect(alpha).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons’ “trade” grew.');
    expect(alpha).toContain('<h1>Ministers meet &lt;in&gt; the capital &amp; agree</h1>');
    expect(alpha).toContain('The Gazette &amp; Herald');
    expect(alpha).toContain('Trade &lt;b&gt;grew&lt;/b&gt; &amp; more');
  });

  it('gives every found fact exactly one anchor, on the passage that holds its first quote', () => {
    for (const id of ['treaty-signed', 'signed-in-capital', 'treaty-name', 'script-note', 'two-quotes']) {
      expect(alpha.split(`id="fact-${id}"`).length - 1).toBe(1);
    }
    expect(alpha).not.toContain('fact-not-in-text');
    const twoQuotes = marks(alpha).find((m) => m.attrs.includes('id="fact-two-quotes"'));
    expect(twoQuotes?.text).toBe('met in Geneva');
  });

  it('merges overlapping and nested quotes into one mark carrying every anchor, the original text kept', () => {
    const treaty = marks(alpha).find((m) => m.attrs.includes('id="fact-treaty-signed"'));
    expect(treaty?.spans).toBe('<span id="fact-treaty-name"></span><span id="fact-signed-in-capital"></span>');
    expect(treaty?.text).toBe('the “Treaty of \t  Friendship” was signed on 3 May – in the capital – after long talks.');
    expect(alpha).toMatch(/after long talks\.<\/mark><sup class="count" title="cited by 3 facts">3<\/sup>/);
  });

  it('shows the document as paragraphs: each line break one blank line, no leading or trailing space', () => {
    expect(alpha).toContain('<article class="doc" lang="en"><mark');
    expect(alpha).toContain('</sup>\n\nA note for the record');
    expect(alpha).toContain('and agreed to meet again.</article>');
  });

  it('links the original in the header, and says when the date was worked out', () => {
    expect(alpha).toContain(
      'The Gazette &amp; Herald · <time datetime="2020-11-20">20 November 2020</time> · <a href="https://example.org/news/ministers-meet?id=1&amp;lang=en" rel="noreferrer">original at example.org</a></p>',
    );
    expect(alpha).toContain('<time datetime="2020-11-20">20 November 2020</time>');
    expect(alpha).toContain('About the date: Taken from the address: 20201120.');
  });

  it('lists the facts that cite it in text order, linking to their anchors, and says which quote it lacks', () => {
    const list = alpha.slice(alpha.indexOf('<details class="cited">'), alpha.indexOf('</details>'));
    expect(list).toContain('Cited by 6 facts');
    expect([...list.matchAll(/href="#fact-([^"]+)"/g)].map((m) => m[1])).toEqual([
      'treaty-signed',
      'treaty-name',
      'signed-in-capital',
      'script-note',
      'two-quotes',
    ]);
    expect(list).toContain('<li>Fact not-in-text (its quote is not in this text)</li>');
  });

  it('says so when there is no reliable link to the original, and gives the reason', () => {
    const beta = sourcePage(kb, 'beta', '').body;
    expect(beta).toContain('No reliable link to the original is known. Republished by a wire service; no reliable URL is known.');
    expect(beta).not.toContain('original at');
    expect(beta).toContain('undated');
  });

  it('answers 404 for an unknown id and 400 for anything that cannot be an id', () => {
    expect(sourcePage(kb, 'gamma', '').status).toBe(404);
    for (const id of ['../alpha', '..', 'alpha/../beta', 'ALPHA', '', '%2e%2e', 'alpha\0', 'a'.repeat(81)]) expect(sourcePage(kb, id, '').status).toBe(400);
    expect(sourcePage(kb, 'gamma', '').body).toContain('There is no source with that id.');
  });
});

describe('list page', () => {
  const list = listPage(kb, '/attache').body;
  it('lists every source with its publisher, date, original link and how many facts cite it', () => {
    expect(list).toContain('<a class="title" href="/attache/sources/alpha">Ministers meet &lt;in&gt; the capital &amp; agree</a>');
    expect(list).toContain('The Gazette &amp; Herald · <time datetime="2020-11-20">20 November 2020</time> · cited by 6 facts · <a href="https://example.org/');
    expect(list).toContain('Ministry (via a wire service) · undated · cited by 1 fact · no reliable link</p>');
  });
  it('serves its links and stylesheet under the base path', () => {
    expect(list).toContain('href="/attache/sources/style.css"');
    expect(sourcePage(kb, 'alpha', '/attache').body).toContain('<a href="/attache/sources">All sources</a>');
  });
});

describe('responses', () => {
  it('carry the content type with its charset, the byte length and the safety headers', () => {
    for (const r of [listPage(kb, ''), sourcePage(kb, 'alpha', ''), sourcePage(kb, 'nope', ''), stylesheet()]) {
      expect(r.headers['Content-Type']).toMatch(/^text\/(html|css); charset=utf-8$/);
      expect(r.headers['Content-Length']).toBe(String(Buffer.byteLength(r.body)));
      expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
      expect(r.headers['Referrer-Policy']).toBe('no-referrer');
    }
    expect(stylesheet().headers['Content-Type']).toBe('text/css; charset=utf-8');
  });
  it('allow no script, no images, no frames and only our own stylesheet', () => {
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'self'; img-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });
  it('say which methods are allowed with a 405', () => {
    const r = errorPage(405, '');
    expect(r.status).toBe(405);
    expect(r.headers.Allow).toBe('GET, HEAD');
  });
});
