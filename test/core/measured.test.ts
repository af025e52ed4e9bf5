// What a question measures ("how long is the border …", "what is the capacity of …") must be said by the unit that
// answers: the words of the thing's name, or the countries it joins, cannot stand in for it; and of a sentence's
// figures, the one in a unit that measures what is asked answers.
import { describe, expect, it } from 'vitest';
import { country, passageEngine, person, type Text } from '../fixtures/text-base.js';

const entities = [country('bo', 'Borduria'), country('sy', 'Syldavia'), country('ru', 'Ruritania'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')];
/** An engine over these one-sentence reports (id, date, text), and how it answers. */
function asker(reports: [string, string, string][]): (q: string) => ReturnType<ReturnType<typeof passageEngine>['ask']> {
  const engine = passageEngine(
    reports.map(([id, published, text]): Text => ({ id, published, text })),
    entities,
  );
  return (q) => engine.ask(q, { today: '2026-01-10' });
}
const LINE = 'The 260-km line is expected to be commissioned in 2026 and will increase electricity supplies from Borduria to Syldavia.';

describe('what a question measures', () => {
  const ask = asker([
    ['line', '2023-08-17', `Borduria and Syldavia signed a memorandum on the Zenda-Klow power transmission line.\n\n${LINE}`],
    ['plant', '2023-03-07', 'The Zenda hydropower plant in Borduria has a capacity of 275 megawatts.'],
    ['border', '2023-05-02', 'Borduria and Ruritania share a state border of 1,793 km.'],
    ['security', '2023-06-12', 'Borduria and Syldavia discussed border security.'],
    ['crossing', '2023-07-20', 'Syldavia and Ruritania opened a border crossing.'],
  ]);

  it('is no border when a line between the two countries has a length', () => {
    expect(ask('How long is the border between Borduria and Syldavia?').answered).toBe(false);
    expect(ask('How long is the border between Borduria and Ruritania?').citations[0]?.quote).toContain('1,793 km');
  });

  it('is no capacity when the line is only named', () => {
    expect(ask('What is the capacity of the Zenda-Klow power transmission line?').answered).toBe(false);
    expect(ask('What is the capacity of the Zenda hydropower plant?').text).toContain('275 megawatts');
  });

  it('is, of a measure joined to its noun in a plan, what the thing measures, not a goal', () => {
    const a = ask('How long is the power line between Borduria and Syldavia?');
    expect(a.lead).toContain('260-km');
    expect(a.text).not.toMatch(/goal/);
  });
});

describe('a volume or size asked', () => {
  const ask = asker([
    ['trade', '2023-03-07', 'The sides noted that bilateral trade between Borduria and Syldavia grew by 21 per cent last year and reached $560 million.'],
    ['visit', '2023-08-17', 'Ivan Petrov arrived in Syldavia on Wednesday at the head of a delegation of 15 people.'],
  ]);

  it('is met by a figure of money or of people, not by a growth in per cent', () => {
    expect(ask('borduria syldavia trade volume').lead).toMatch(/^\$560 million/);
    expect(ask('petrov delegation size').lead).toMatch(/^15 people/);
  });
});
