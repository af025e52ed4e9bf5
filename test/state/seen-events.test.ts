// The memory of handled event ids behind the once-per-event middleware.
import { expect, it } from 'vitest';
import { MemorySeenEvents } from '../../src/state/seen-events.js';

it('knows an event id until its time to live has passed', () => {
  let now = 0;
  const seen = new MemorySeenEvents(1000, () => now);
  expect(seen.seen('Ev1')).toBe(false);
  expect(seen.seen('Ev1')).toBe(true);
  now = 999;
  expect(seen.seen('Ev2')).toBe(false);
  expect(seen.seen('Ev1')).toBe(true);
  now = 1000;
  // Ev1 has expired and counts as new again; Ev2 (seen at 999) is still remembered.
  expect(seen.seen('Ev1')).toBe(false);
  expect(seen.seen('Ev2')).toBe(true);
});
