// "So what share is that?" after a sentence giving a part of a whole: the part over the whole, worked out.
import { describe, expect, it } from 'vitest';
import { askInThread, country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Of the 800 kilometres of border Syldavia and Borduria share, only 200 kilometres has been delineated.',
    'About 40 % of the trade between Syldavia and Borduria is in grain.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  { published: '2024-10-01' },
);

describe('the share a part is of its whole', () => {
  it('is worked out after the answer that gives both', () => {
    const [, share] = askInThread(engine, ['How much of the Syldavian-Bordurian border is delineated?', 'so what share is that, roughly?']);
    expect(share!.lead).toBe('25 %');
    expect(share!.text).toMatch(/worked out/);
  });

  it('is the source’s own when it gives one', () => {
    const a = engine.ask('What share of Syldavian-Bordurian trade is in grain?', { today: '2026-01-10' });
    expect(a.text).toMatch(/40 %/);
    expect(a.text).not.toMatch(/worked out/);
  });
});
