// What a question measures ("how long is the border …", "what is the capacity of …") must be said by the unit that
// answers: the words of the thing's name, or the countries it joins, cannot stand in for it.
import { describe, expect, it } from 'vitest';
import { country, passageEngine } from '../fixtures/text-base.js';

describe('what a question measures', () => {
  const engine = passageEngine(
    [
      {
        id: 'line',
        published: '2023-08-17',
        text: 'The 260-km Zenda - Klow power transmission line is expected to be commissioned in 2026 and will increase electricity supplies from Borduria to Syldavia.',
      },
      { id: 'plant', published: '2023-03-07', text: 'The Zenda hydropower plant in Borduria has a capacity of 275 megawatts.' },
      { id: 'border', published: '2023-05-02', text: 'Borduria and Ruritania share a state border of 1,793 km.' },
      { id: 'security', published: '2023-06-12', text: 'Borduria and Syldavia discussed border security.' },
      { id: 'crossing', published: '2023-07-20', text: 'Syldavia and Ruritania opened a border crossing.' },
    ],
    [country('bo', 'Borduria'), country('sy', 'Syldavia'), country('ru', 'Ruritania')],
  );
  const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

  it('is no border when a line between the two countries has a length', () => {
    expect(ask('How long is the border between Borduria and Syldavia?').answered).toBe(false);
    expect(ask('How long is the border between Borduria and Ruritania?').citations[0]?.quote).toContain('1,793 km');
  });

  it('is no capacity when the line is only named', () => {
    const a = ask('What is the capacity of the Zenda - Klow power transmission line?');
    expect(a.answered).toBe(false);
    expect(ask('What is the capacity of the Zenda hydropower plant?').text).toContain('275 megawatts');
  });
});

describe('a measure joined to its noun in a plan', () => {
  const engine = passageEngine(
    [
      {
        id: 'line',
        published: '2023-08-17',
        text: 'Borduria and Syldavia signed a memorandum on the Zenda-Klow power line.\n\nThe 260-km line is expected to be commissioned in 2026 and will increase electricity supplies from Borduria to Syldavia.',
      },
    ],
    [country('bo', 'Borduria'), country('sy', 'Syldavia')],
  );

  it('is what the thing measures, not a goal', () => {
    const a = engine.ask('How long is the power line between Borduria and Syldavia?', { today: '2026-01-10' });
    expect(a.lead).toContain('260-km');
    expect(a.text).not.toMatch(/goal/);
  });
});
