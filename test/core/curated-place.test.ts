// "Since when does Syldavia have a mission in Borduria?" is not answered by Borduria's mission in Klow, a Syldavian
// city, though the curated quote is a clause without the city: the places the curator gave the fact place it.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/schema.js';
import { country, curated, source, textEngine } from '../fixtures/text-base.js';

const klow: Entity = { id: 'klow', type: 'place', name: 'Klow', aliases: [], country: 'sy' };
const engine = textEngine(
  [
    source('s', 'Relations of Syldavia with Borduria', '2020-03-01', [
      'The diplomatic mission of Syldavia in Borduria started its functioning in June, 1993.',
      'The diplomatic mission of Borduria, which received the Embassy status in January 2001, operates in Klow since April, 1998.',
    ]),
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), klow],
  [
    {
      ...curated('syldavian-mission', 'mission', ['sy', 'bo'], 'The diplomatic mission of Syldavia in Borduria started its functioning in June, 1993.', 's'),
      date: { on: '1993-06' },
    },
    {
      ...curated(
        'bordurian-embassy',
        'mission',
        ['sy', 'bo', 'klow'],
        'The diplomatic mission of Borduria, which received the Embassy status in January 2001',
        's',
      ),
      date: { on: '2001-01' },
    },
  ],
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('a curated fact placed by its entities', () => {
  it('is no answer about another country', () => {
    expect(ask('Since when does Syldavia have a diplomatic mission in Borduria?').text).toMatch(/^June 1993/);
  });

  it('still answers about its own', () => {
    expect(ask('When did the Bordurian mission in Syldavia get embassy status?').text).toMatch(/^January 2001/);
  });
});
