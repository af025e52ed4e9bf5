// Answers queued together start one per turn of the event loop, so that what arrives meanwhile is acknowledged.
import { expect, it } from 'vitest';
import { answerTurn } from '../../src/slack/answer-turns.js';

it('starts queued answers one per turn of the event loop, in the order they were asked', async () => {
  const order: string[] = [];
  let askedTurnOver = false;
  setImmediate(() => (askedTurnOver = true));
  const answers = [1, 2, 3].map((n) =>
    answerTurn().then(() => {
      order.push(`answer ${n}`);
      if (n === 1) expect(askedTurnOver).toBe(true);
      // Stands for the next turn's work (a request read and acknowledged): it must come before the third answer.
      setImmediate(() => order.push(`turn after ${n}`));
    }),
  );
  await Promise.all(answers);
  await new Promise((resolve) => setImmediate(resolve));
  expect(order.indexOf('turn after 1')).toBeLessThan(order.indexOf('answer 3'));
  expect(order.filter((o) => o.startsWith('answer'))).toEqual(['answer 1', 'answer 2', 'answer 3']);
});
