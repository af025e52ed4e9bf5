// A person asked about by name is answered by a unit that names them, not by one where they are only one of
// "the ministers" of the report: "what did Petrov call Syldavia?" is what Petrov said, not what the ministers did.
import { describe, expect, it } from 'vitest';
import { country, curated, person, source, textEngine } from '../fixtures/text-base.js';

const said = '“Syldavia is the most important partner for Borduria,” Petrov stated.';
const engine = textEngine(
  [
    source('talks', 'Bordurian Foreign Minister Ivan Petrov holds talks with Syldavian Foreign Minister Karl Braun', '', [
      'Bordurian Foreign Minister Ivan Petrov held talks with Syldavian Foreign Minister Karl Braun in Klow.',
      'The ministers exchanged views on pressing issues of the regional and international agenda.',
    ]),
    source('visit', 'Partnership strengthened', '2025-02-12', [said]),
  ],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
    person('braun', 'Karl Braun', 'sy', 'Braun'),
  ],
  [
    {
      ...curated('petrov-partner', 'statement', ['bo', 'sy', 'petrov'], said, 'visit'),
      title: 'Petrov on Syldavia',
      summary: 'Petrov said Syldavia is the most important partner for Borduria.',
    },
  ],
);

describe('a person asked by name', () => {
  it('is answered by what they said, and what the ministers did together is not joined to it', () => {
    const a = engine.ask('What did Petrov call Syldavia?', { today: '2026-01-10' });
    expect(a.citations.map((c) => c.source.id)).toEqual(['visit']);
    expect(a.text).toMatch(/most important partner/);
  });
});
