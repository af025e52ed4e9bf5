// "Where will the meeting be held?" of "will be held in Borduria in 2024": a country after "in" is where it happens
// when the question names no place of its own, and a plan's place is said with the plan; "the visit to Syldavia"
// is where someone went, no place of what was agreed.
import { describe, expect, it } from 'vitest';
import { country, reportEngine } from '../fixtures/text-base.js';

describe('a country as the place asked', () => {
  const engine = reportEngine(
    [
      'The leaders agreed that the sixth Consultative Summit will be held in Borduria in 2024.',
      'Agreement on creating the joint Investment Fund was reached during the visit of the President of Ruritania to Syldavia.',
    ],
    [country('bo', 'Borduria'), country('sy', 'Syldavia'), country('ru', 'Ruritania')],
    { published: '2023-09-14' },
  );
  const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

  it('answers where, as a plan', () => {
    const a = ask('Where will the sixth Consultative Summit be held?');
    expect(a.lead).toMatch(/^Borduria, Planned for 2024, not yet done/);
  });

  it('is not where someone went', () => {
    expect(ask('where is the investment fund meant to invest?').lead ?? '').not.toMatch(/Syldavia/);
  });
});
