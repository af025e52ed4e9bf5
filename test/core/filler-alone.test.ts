// "Fine — who founded Syldavia?" after a declined question: the word that only acknowledges is no part of a
// question that stands alone either.
import { describe, expect, it } from 'vitest';
import { askInThread, country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(['King Ottokar was the founder and first ruler of the Syldavian state.'], [country('sy', 'Syldavia', 'Syldavian')], {
  published: '2024-05-10',
});

describe('an acknowledgement before a question of its own', () => {
  it('is dropped', () => {
    const [, a] = askInThread(engine, ['What is the population of Klow?', 'fine — who founded the Syldavian state?']);
    expect(a!.text).toMatch(/Ottokar/);
  });
});
