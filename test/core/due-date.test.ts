// "When is the deal due?" asks the day of a plan: the day a unit only names the plan (announced on Monday) is no answer.
import { describe, expect, it } from 'vitest';
import { askInThread, country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'A border agreement between Syldavia and Borduria is expected to be signed in March, according to the Bordurian minister.',
    'Ivan Petrov announced the expected border agreement after meeting President Karl Braun on Monday.',
  ],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
    person('braun', 'Karl Braun', 'sy', 'Braun'),
  ],
  { published: '2025-02-12' },
);

describe('when a plan is due', () => {
  it('is the plan, asked alone', () => {
    expect(engine.ask('When is the border deal due?', { today: '2026-01-10' }).text).toMatch(/March/);
  });

  it('is the plan after a question on the meeting that announced it', () => {
    const [, due] = askInThread(engine, ['Who did Petrov meet?', 'and when is the border deal due?']);
    expect(due!.text).toMatch(/March/);
    expect(due!.text).not.toMatch(/Monday/);
  });
});
