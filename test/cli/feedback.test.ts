// `attache feedback`: the curators' list, from whatever store the app writes to.
import { expect, it } from 'vitest';
import { MemoryFeedbackStore } from '../../src/state/feedback.js';
import { feedbackReport, formatFeedbackReport } from '../../src/cli/feedback.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers.js';

it('lists the answers marked wrong, newest first with the reader’s note, and the most-declined questions', async () => {
  const store = new MemoryFeedbackStore();
  const base = { teamId: 'T1', channelId: 'C1', userId: 'U1', answered: true, answerText: '7 January 1993.' };
  await store.recordFeedback({
    ...base,
    messageTs: '1.1',
    question: 'When did A and B establish relations?',
    verdict: 'down',
    comment: 'It was 1992.',
    at: '2026-01-02T10:00:00.000Z',
  });
  await store.recordFeedback({ ...base, messageTs: '1.2', question: 'Who signed it?', verdict: 'up', at: '2026-01-03T10:00:00.000Z' });
  await store.recordFeedback({
    ...base,
    messageTs: '1.3',
    question: 'Where?',
    answered: false,
    answerText: "I don't know that.",
    verdict: 'down',
    at: '2026-01-04T10:00:00.000Z',
  });
  for (const q of ['Capital of France?', 'capital of  FRANCE?', 'Who is Napoleon?'])
    await store.recordAsked({ teamId: 'T1', question: q, answered: false, at: '2026-01-01T00:00:00.000Z' });
  expect(formatFeedbackReport(await feedbackReport(store, 10))).toBe(
    [
      'Answers marked wrong (2):',
      '  2026-01-04T10:00:00.000Z  Where?',
      "    answer: I don't know that.",
      '    (U1 in C1, T1, message 1.3; it was declined)',
      '  2026-01-02T10:00:00.000Z  When did A and B establish relations?',
      '    answer: 7 January 1993.',
      '    reader: It was 1992.',
      '    (U1 in C1, T1, message 1.1)',
      '',
      'Questions declined most often (2):',
      '     2×  capital of france?',
      '     1×  who is napoleon?',
      '',
    ].join('\n'),
  );
});

it('runs from the command line, and refuses a limit that is not a whole number', async () => {
  const ok = await cli(['feedback'], { env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'attache-feedback-')) } });
  expect([ok.status, ok.stdout]).toEqual([0, 'Answers marked wrong (0):\n  none\n\nQuestions declined most often (0):\n  none\n']);
  const bad = await cli(['feedback', '--limit', 'x']);
  expect([bad.status, bad.stderr]).toEqual([2, 'attache feedback: --limit must be a whole number above 0, not "x"\n']);
});
