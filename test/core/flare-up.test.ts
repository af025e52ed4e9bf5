// A flare-up is a sudden outbreak of fighting: "the worst flare-up on the border" asks of its clashes.
import { describe, expect, it } from 'vitest';
import { country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  ['The most violent clashes on the Syldavian-Bordurian border took place in September 2022.', 'The border is 970 kilometres long.'],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  { published: '2024-10-01' },
);

describe('a flare-up', () => {
  it('is a clash', () => {
    const a = engine.ask('What was the worst flare-up on the Syldavian-Bordurian border?', { today: '2026-01-10' });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/September 2022/);
  });
});
