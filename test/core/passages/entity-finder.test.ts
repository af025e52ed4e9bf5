// The default entity finder: whole words on folded text, longest name first, acronyms only in capitals.
import { describe, expect, it } from 'vitest';
import { entityFinder } from '../../../src/core/passages/index.js';

const find = entityFinder([
  { id: 'kyrgyzstan', name: 'Kyrgyzstan', aliases: ['Kyrgyz', 'Kyrgyz Republic', 'KG'] },
  { id: 'kyrgyz-mfa', name: 'Ministry of Foreign Affairs of the Kyrgyz Republic' },
  { id: 'tajikistan', name: 'Tajikistan', aliases: ['Tajik'] },
  { id: 'erdogan', name: 'Recep Tayyip Erdoğan', aliases: ['Erdogan'] },
]);

describe('entityFinder', () => {
  it('finds names and aliases as whole words, ignoring case and diacritics, each id once in order', () => {
    expect(find('The tajik-kyrgyz border; President Recep Tayyip Erdogan met the Kyrgyz.')).toEqual(['tajikistan', 'kyrgyzstan', 'erdogan']);
  });

  it('prefers the longest name', () => {
    expect(find('The Ministry of Foreign Affairs of the Kyrgyz Republic said so.')).toEqual(['kyrgyz-mfa']);
  });

  it('does not match inside words, and matches acronyms only in capitals', () => {
    expect(find('Tajikistani traders sold 50 kg of cotton.')).toEqual([]);
    expect(find('A KG delegation arrived.')).toEqual(['kyrgyzstan']);
  });
});
