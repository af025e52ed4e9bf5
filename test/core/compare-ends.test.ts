// "How many years between the end of his first term as foreign minister and his reappointment?": from the end of
// the earlier range, and of that office only (not "First Deputy Foreign Minister").
import { describe, expect, it } from 'vitest';
import { country, person, reportEngine } from '../fixtures/text-base.js';

const entities = [country('bo', 'Borduria', 'Bordurian'), person('petrov', 'Ivan Petrov', 'bo', 'Petrov')];
const TERM = 'From 15 April 2010 to 6 September 2012 Ivan Petrov was Foreign Minister of Borduria.';
const AGAIN = 'On 15 October 2020 Ivan Petrov was appointed Foreign Minister of Borduria again.';
const ask = (sentences: string[], q: string) => reportEngine(sentences, entities, { published: '2021-01-10' }).ask(q, { today: '2026-01-10' });

describe('the time between two offices', () => {
  it('counts from the end of the earlier term when the end is asked', () => {
    expect(ask([TERM, AGAIN], 'How many years passed between the end of Petrov’s first term as foreign minister and his reappointment?').lead).toBe('8 years');
  });

  it('takes the first term of the office asked, not of a deputy’s office', () => {
    const deputy = 'In January 2009 Ivan Petrov became First Deputy Foreign Minister of Borduria.';
    expect(ask([deputy, TERM, AGAIN], 'How many years between Petrov’s first term as foreign minister and his 2020 appointment?').lead).toBe('10 years');
  });
});
