import { describe, expect, it } from 'vitest';
import { escapeHtml, html, pageShell } from '../../src/web/html.js';

describe('html', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  it('escapes values but not the literal parts, nor markup it made itself', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(pageShell('t', '', html`<p title="${'"x"'}">${inner}${['<', html`<br>`, 3]}${undefined}${false}</p>`)).toContain(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;<br>3</p>',
    );
  });
  it('links the stylesheet under the base path and escapes the title', () => {
    const page = pageShell('A <b> & c', '/attache', html``);
    expect(page).toContain('<title>A &lt;b&gt; &amp; c · Attaché sources</title>');
    expect(page).toContain('<link rel="stylesheet" href="/attache/sources/style.css">');
    expect(page.startsWith('<!doctype html>')).toBe(true);
  });
});
