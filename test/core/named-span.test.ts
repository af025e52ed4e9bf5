// A span of years a sentence names ("the Roadmap … for 2024-2026") names what it tells of: a question giving that
// span finds it though it is dated by when it was approved, and a single year of the sentence is no such name.
import { describe, expect, it } from 'vitest';
import { country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  ['On 5 May 2023 the presidents of Borduria and Syldavia adopted a Joint Statement and approved the Roadmap of Regional Cooperation for 2024-2026.'],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  { published: '2023-05-06' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a span of years a sentence names', () => {
  it('finds the sentence for that span', () => {
    expect(ask('roadmap for 2024-2026').text).toMatch(/Roadmap of Regional Cooperation for 2024-2026/);
  });

  it('is no date of what happened in one of its years', () => {
    expect(ask('What did Borduria and Syldavia approve in 2025?').answered).toBe(false);
  });
});
