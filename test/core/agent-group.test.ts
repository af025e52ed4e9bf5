// "Who set it?" of "the goal, set by their Heads of State": the group the passive verb names as its doer; a group
// doing another thing ("who signed it?") is no answer.
import { describe, expect, it } from 'vitest';
import { askInThread, country, curated, source, textEngine } from '../fixtures/text-base.js';

const quote = 'Syldavia and Borduria agreed to reach the goal, set by their Heads of State, of raising trade turnover to 5 billion US dollars.';
const engine = textEngine(
  [source('s', 'Trade', '2024-10-01', [quote])],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  [
    {
      ...curated('target', 'trade', ['sy', 'bo'], quote, 's'),
      title: 'Syldavian-Bordurian trade target',
      status: 'planned',
      value: { text: '5 billion US dollars' },
    },
  ],
);

describe('a group as the doer', () => {
  it('answers who did what the passive verb says', () => {
    const [, who] = askInThread(engine, ["What's the Syldavian-Bordurian trade target?", 'who set it?']);
    expect(who!.lead).toBe('their Heads of State');
  });

  it('answers no other verb', () => {
    const [, who] = askInThread(engine, ["What's the Syldavian-Bordurian trade target?", 'who signed it?']);
    expect(who!.lead).not.toBe('their Heads of State');
  });
});
