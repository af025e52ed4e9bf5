// The source pages in a real browser: Debian's chromium driven by playwright-core, against a server on 127.0.0.1.
// Skips only when no Chromium is installed (apt-get install -y chromium, or set CHROMIUM_PATH).
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sourcePages } from '../../src/web/routes.js';
import { serve } from '../../src/web/server.js';
import { fixtureKb } from './fixture.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = 'test/artifacts';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!executablePath) {
  console.warn('Skipping the browser tests: no Chromium at $CHROMIUM_PATH or /usr/bin/chromium (install it: apt-get install -y chromium).');
}

describe.skipIf(!executablePath)('source pages in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    server = await serve(sourcePages(fixtureKb()), 0, '127.0.0.1');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // playwright gives each launch a fresh temporary profile (--user-data-dir).
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens a page and collects every console error or warning, CSP violation, failed request and error response. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
    });
    // Runs outside the page's CSP, so it can report what the CSP blocks.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
    );
    await page.goto(origin + path, { waitUntil: 'load' });
    return { page, problems };
  }

  /** Where an element is and how it looks; `mark` is the element itself or, for an extra anchor, its mark. */
  function look(page: Page, selector: string) {
    return page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      const mark = el.closest('mark')!;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(mark);
      return {
        top: box.top,
        bottom: box.bottom,
        height: window.innerHeight,
        scrolled: window.scrollY,
        outline: style.outlineStyle,
        background: style.backgroundColor,
      };
    }, selector);
  }

  it('scrolls to the quote at #fact-<id>, inside the viewport, and marks it unlike the other quotes', async () => {
    const { page, problems } = await open('/sources/alpha#fact-script-note');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('fact-script-note');
    expect(await page.locator('#fact-script-note').isVisible()).toBe(true);
    const target = await look(page, '#fact-script-note');
    expect(target.scrolled).toBeGreaterThan(0);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.bottom).toBeLessThanOrEqual(target.height);
    expect(target.top).toBeLessThan(target.height / 3);
    const other = await look(page, 'mark:not([id])');
    expect(target.outline).toBe('solid');
    expect(other.outline).toBe('none');
    expect(target.background).not.toBe(other.background);
    // The document's <script> is text, the stylesheet loaded, nothing ran and nothing was refused.
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator('mark#fact-script-note').textContent()).toContain('<script>alert("x")</script> & Sons’ “trade” grew.');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.doc')!).whiteSpace)).toBe('pre-line');
    await page.screenshot({ path: `${ARTIFACTS}/source-page-anchor.png` });
    expect(problems).toEqual([]);
  });

  it('marks a passage reached through the anchor of a further fact that it holds', async () => {
    const { page, problems } = await open('/sources/alpha#fact-signed-in-capital');
    const target = await look(page, '#fact-signed-in-capital');
    expect(target.scrolled).toBeGreaterThan(0);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.bottom).toBeLessThanOrEqual(target.height);
    expect(target.outline).toBe('solid');
    expect((await look(page, '#fact-two-quotes')).outline).toBe('none');
    expect(problems).toEqual([]);
  });

  it('shows the list and a page without a link to the original cleanly', async () => {
    for (const [path, text] of [
      ['/sources', 'cited by 6 facts · original at example.org'],
      ['/sources/beta', 'No reliable link to the original is known.'],
    ] as const) {
      const { page, problems } = await open(path);
      expect(await page.locator('main').textContent()).toContain(text);
      await page.screenshot({ path: `${ARTIFACTS}/${path.slice(1).replace('/', '-')}.png`, fullPage: true });
      expect(problems).toEqual([]);
    }
  });
});
