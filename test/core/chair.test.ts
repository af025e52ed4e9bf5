// Chairing a meeting or a body is holding its chairmanship: "who chaired the summit?" is answered by
// "under the chairmanship of", and "for what period does Borduria chair the fund?" by its chairmanship.
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'The summit of the Lake Vals Fund met in Klow under the chairmanship of President Ivan Petrov.',
    'Borduria took over the chairmanship of the Fund for 2024-2026.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')],
  { published: '2023-10-13' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('chairing', () => {
  it('is holding the chairmanship of a meeting', () => {
    expect(ask('Who chaired the summit in Klow?').text).toMatch(/Petrov/);
  });

  it('is holding the chairmanship of a body', () => {
    expect(ask('For what period does Borduria chair the fund?').text).toMatch(/2024.2026/);
  });
});
