// "Where is trade now?" asks how far trade has got (a figure), not a place; and what is, which a goal is not.
import { describe, expect, it } from 'vitest';
import { askInThread, country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Syldavia and Borduria agreed to raise their trade turnover to 5 billion US dollars, a goal set by their presidents.',
    'Trade between Syldavia and Borduria exceeded 3 billion US dollars last year.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  { published: '2025-02-12' },
);

describe('where a quantity is now', () => {
  it('is its figure, asked alone', () => {
    const a = engine.ask('Where is Syldavian-Bordurian trade now?', { today: '2026-01-10' });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/3 billion/);
  });

  it('is what is, not the goal the answer before gave', () => {
    const [, now] = askInThread(engine, ["What's the Syldavian-Bordurian trade target?", 'and where is trade now?']);
    expect(now!.text).toMatch(/3 billion/);
    expect(now!.text).not.toMatch(/5 billion/);
  });
});
