// "Up 12 percent" after a figure says by how much it grew: "by how much did trade grow?" takes that figure, not
// the level reached; and a figure of another thing (trade within a bloc) is no other source's figure of it.
import { describe, expect, it } from 'vitest';
import { country, passageEngine, person } from '../fixtures/text-base.js';

const entities = [
  country('kyrgyzstan', 'Kyrgyzstan', 'Kyrgyz'),
  country('uzbekistan', 'Uzbekistan', 'Uzbek'),
  { id: 'sco', type: 'organisation' as const, name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
  person('ivanov', 'Pyotr Ivanov', 'uzbekistan', 'Ivanov'),
];
const engine = passageEngine(
  [
    {
      id: 'a',
      text: 'Trade between Kyrgyzstan and Uzbekistan reached $2.1 billion in January-October, up 14 percent on the same period of the previous year.',
    },
    {
      id: 'b',
      text: 'Uzbek officials met their Kyrgyz counterparts in Tashkent.\n\nIvanov said that mutual trade within the SCO had grown by 5 percent in the first half of the year.',
    },
  ],
  entities,
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('the figure of a change', () => {
  it('reads "up N percent" as the growth, and gives it for "by how much did it grow"', () => {
    const a = ask('By how much did Kyrgyz-Uzbek trade grow?');
    expect(a.lead).toMatch(/^14 percent/);
    expect(a.text).not.toMatch(/5 percent|differ/);
  });

  it('still gives the level reached when the question asks for it', () => {
    expect(ask('How much was Kyrgyz-Uzbek trade in January-October?').lead).toMatch(/^\$2\.1 billion/);
  });
});
