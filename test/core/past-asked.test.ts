// "When did they meet?" asks of what happened: a unit the sources state as a plan is another thing than the event,
// so the talks held lead over the visit they prepared; a plan still answers, as a plan, when it is all there is.
import { describe, expect, it } from 'vitest';
import { country, person, place, reportEngine } from '../fixtures/text-base.js';

describe('a question of what happened', () => {
  const entities = [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
    person('braun', 'Karl Braun', 'sy', 'Braun'),
    place('szohod', 'Szohod'),
  ];
  const engine = reportEngine(
    [
      "Bordurian, Syldavian foreign ministers discuss preparations for Ottokar's state visit",
      'SZOHOD, March 6 (The Agency) – Bordurian Foreign Minister Ivan Petrov held talks with Syldavian Foreign Minister Karl Braun in Szohod on Monday, the Bordurian MFA information department said.',
      'The ministers discussed preparations for the state visit of Syldavian King Ottokar IV to Borduria, which is expected to take place in the second half of April. Some 20 documents are being prepared for signing during the visit.',
    ],
    entities,
    { published: '2023-03-07', title: "Bordurian, Syldavian foreign ministers discuss preparations for Ottokar's state visit" },
  );

  it('is answered by the event, not by the plan', () => {
    const a = engine.ask('when did petrov and braun meet', { today: '2026-01-10' });
    expect(a.text).toMatch(/on Monday/);
    expect(a.text).not.toMatch(/Planned/);
  });

  it('is answered by a plan, said to be one, when the sources have nothing else', () => {
    const planned = reportEngine(['The ministers Ivan Petrov and Karl Braun are expected to meet in the second half of April.'], entities, {
      published: '2023-03-07',
    });
    expect(planned.ask('when did petrov and braun meet', { today: '2026-01-10' }).text).toMatch(/Planned|expected/);
  });
});
