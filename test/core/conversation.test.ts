// Follow-ups read against the turn before, over the real base: a step back along like facts, a correction that
// replaces the entity, and a pronoun with nothing before it.
import { describe, expect, it } from 'vitest';
import { EMPTY_CONVERSATION, readFollowUp, type Turn } from '../../src/core/conversation.js';
import { understand } from '../../src/core/understand.js';
import { askInThread } from '../fixtures/text-base.js';
import { engine, TODAY } from '../helpers.js';

const NOW = '2026-01-10T12:00:00Z';

const thread = (...questions: string[]) => askInThread(engine(), questions, NOW, TODAY);

describe('follow-ups', () => {
  it('steps back along like facts for "and before that?"', () => {
    const [second, before] = thread('When did Nazarbayev pay his second official visit to Tajikistan?', 'and before that?');
    expect(second?.lead).toBe('12–13 September 2007');
    expect(before?.lead).toBe('June 2000');
  });

  it('replaces the entity a correction names, keeping the rest of the question', () => {
    const [kyrgyz, kazakh] = thread('When did Tajikistan and Kyrgyzstan establish diplomatic relations?', 'and with Kazakhstan?');
    expect(kyrgyz?.lead).toBe('14 January 1993');
    expect(kazakh?.lead).toBe('7 January 1993');
  });

  it('asks what a pronoun means when nothing came before', () => {
    const [a] = thread('who signed it?');
    expect(a?.answered).toBe(false);
    expect(a?.text).toMatch(/what “it” refers to/);
  });

  it('forgets the turn before when an hour has passed', () => {
    const { conversation } = engine().converse('When did Tajikistan and Kyrgyzstan establish diplomatic relations?', EMPTY_CONVERSATION, NOW, {
      today: TODAY,
    });
    const later = new Date(Date.parse(NOW) + 2 * 60 * 60 * 1000).toISOString();
    const a = engine().converse('who signed it?', conversation, later, { today: TODAY }).answer;
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/what “it” refers to/);
  });

  it('reads a personal pronoun before a verb or a noun as the person the answer before named', () => {
    const kb = engine().kb;
    const before: Turn = { question: 'who held talks', mentions: [], facts: [], named: ['ruslan-kazakbayev'], answered: true, at: NOW };
    const read = (q: string) => readFollowUp(kb, understand(kb, q, TODAY), before);
    expect(read('when was he appointed minister?')).toMatchObject({ kind: 'resolved', question: 'when was Ruslan Kazakbayev appointed minister?' });
    expect(read('what was his post?')).toMatchObject({ kind: 'resolved', question: 'what was Ruslan Kazakbayev post?' });
  });
});
