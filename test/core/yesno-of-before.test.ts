// "Was it signed in 2023?": a yes/no follow-up that points back is said of what the answer before gave. Made-up sources.
import { describe, expect, it } from 'vitest';
import { askInThread, country, reportEngine } from '../fixtures/text-base.js';

const entities = [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')];

describe('a yes/no follow-up on "it"', () => {
  const engine = reportEngine(
    [
      'Syldavia and Borduria signed the Treaty on Friendship in January 1993.',
      'Syldavia and Borduria signed the Agreement on Fisheries in June 2000.',
      'Syldavia and Borduria signed the Treaty on Allied Relations in August 2024.',
    ],
    entities,
    { published: '2025-02-12' },
  );

  it('is answered by the treaty the answer before gave, not by every signing of the same countries', () => {
    const [first, , asked] = askInThread(engine, [
      'when was the Treaty on Allied Relations between Syldavia and Borduria signed?',
      'which treaty did Syldavia and Borduria sign in August 2024?',
      'was it signed in 2023?',
    ]);
    expect(first!.lead).toMatch(/2024/);
    expect(asked!.lead).toMatch(/^No/);
    expect(asked!.text).toMatch(/2024/);
    expect(asked!.text).not.toMatch(/1993|2000/);
  });
});
