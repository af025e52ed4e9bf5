// "Which organisations does the page list …": a fact whose value lists the organisations the quote names, and
// more the base has no entity for, leads with the whole value, not only the ones it knows by name.
import { describe, expect, it } from 'vitest';
import { country, curated, source, textEngine } from '../fixtures/text-base.js';
import type { Entity } from '../../src/core/schema.js';

const organisation = (id: string, name: string, ...aliases: string[]): Entity => ({ id, type: 'organisation', name, aliases });
const QUOTE = 'Borduria and Syldavia coordinate their foreign policy in the UN, the CIS and the Railway Union.';
const engine = textEngine(
  [source('gazette', 'Bordurian diplomacy', '2021-05-01', [QUOTE])],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    organisation('un', 'United Nations Organization', 'UN'),
    organisation('cis', 'Commonwealth Organization', 'CIS'),
  ],
  [{ ...curated('bo-sy-organisations', 'membership', ['bo', 'sy', 'un', 'cis'], QUOTE, 'gazette'), value: { text: 'UN, CIS and the Railway Union' } }],
);

describe('a list of organisations', () => {
  it('leads with the value that lists them all', () => {
    const a = engine.ask('In which organisations do Borduria and Syldavia coordinate their foreign policy, as listed?', { today: '2026-01-10' });
    expect(a.lead).toBe('UN, CIS and the Railway Union');
  });
});
