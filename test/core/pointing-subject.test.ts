// "Why does that matter for Syldavia?": "that" as the subject points back, though the question names a country. Made-up sources.
import { describe, expect, it } from 'vitest';
import { askInThread, country, reportEngine } from '../fixtures/text-base.js';

const entities = [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')];

describe('a pointing word as the subject', () => {
  const engine = reportEngine(
    ['Borduria has provided Syldavia with tractors and seed grain.', 'Officials of Syldavia said that the matter of fishing quotas would be settled in May.'],
    entities,
    { published: '2024-03-01' },
  );

  it('is read against the answer before, not as a question of its own', () => {
    const [given, why] = askInThread(engine, ['What has Borduria given Syldavia?', 'why does that matter for Syldavia?']);
    expect(given!.text).toMatch(/tractors/);
    expect(why!.standalone).toMatch(/tractors/);
    expect(why!.text).not.toMatch(/fishing quotas/);
  });
});
