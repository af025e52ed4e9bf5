// "How many / how much" answered with the figure of a sentence that the question asks for: of the unit counted,
// from the part of the sentence the question's words are in, and never a number of something else that happened.
import { describe, expect, it } from 'vitest';
import { country, curated, place, reportEngine, source, textEngine } from '../fixtures/text-base.js';

const entities = [country('kyrgyzstan', 'Kyrgyzstan', 'Kyrgyz'), country('uzbekistan', 'Uzbekistan', 'Uzbek'), place('osh', 'Osh')];
const engine = reportEngine(
  [
    'The new canal will be about 140 kilometres long, of which some 60 kilometres will run through the territory of Kyrgyzstan.',
    'The Kyrgyz-Uzbek border is marked by 1,200 boundary posts, 450 of which have been installed by the Uzbek side.',
    'Delegations of seven countries attended the Kyrgyz-Uzbek water forum in Osh.',
    'The forum participants adopted 12 documents on Kyrgyz-Uzbek water sharing.',
    'Last year, trade between Kyrgyzstan and Uzbekistan reached $2.1 billion, and the two countries intend to increase it to $5 billion.',
    'Roughly 800,000 people crossed the Kyrgyz-Uzbek border last year.',
  ],
  entities,
  { published: '2025-05-20' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('the figure a question asks for', () => {
  it('takes the figure of the part of the sentence the question is about', () => {
    expect(ask('How much of the canal will run through Kyrgyzstan?').lead).toMatch(/^some 60 kilometres/);
    expect(ask('How long will the canal be?').lead).toMatch(/^about 140 kilometres/);
    expect(ask('How many boundary posts did the Uzbek side install?').lead).toMatch(/^450/);
    expect(ask('How many boundary posts mark the Kyrgyz-Uzbek border?').lead).toMatch(/^1,200 boundary posts/);
  });

  it('gives a number of the thing counted, never of another thing in the next sentence', () => {
    expect(ask('How many countries attended the water forum in Osh?').lead).toBe('seven countries');
    expect(ask('How many documents did the water forum adopt?').lead).toBe('12 documents');
  });

  it('gives the figure reached unless a plan is asked, and the plan when it is', () => {
    expect(ask('How much did Kyrgyz-Uzbek trade reach last year?').lead).toMatch(/^\$2\.1 billion/);
    expect(ask('How much do Kyrgyzstan and Uzbekistan intend to increase trade to?').lead).toMatch(/^\$5 billion \(a goal/);
  });

  it('does not call the date of what happened a plan because the sentence goes on to a plan', () => {
    const when = ask('When did Kyrgyz-Uzbek trade reach $2.1 billion?');
    expect(when.lead).toMatch(/^2024/);
    expect(when.lead).not.toMatch(/planned|not yet|expected/i);
  });

  it('never answers what happened to some people with a number of people to whom something else happened', () => {
    expect(ask('How many people crossed the Kyrgyz-Uzbek border last year?').lead).toMatch(/800,000 people/);
    expect(ask('How many people were killed on the Kyrgyz-Uzbek border?').answered).toBe(false);
    expect(ask('How many people were arrested on the Kyrgyz-Uzbek border?').answered).toBe(false);
  });
});

describe("a curated fact's value", () => {
  const sentence = 'In May 2024, three days of fighting on the Kyrgyz-Uzbek border left dozens of people dead.';
  const floods = 'In April 2024, spring floods hit several Kyrgyz and Uzbek regions.';
  const engine = textEngine([source('s', 'Border clashes', '2024-06-01', [sentence, floods])], entities, [
    { ...curated('clashes-dead', 'event', ['kyrgyzstan', 'uzbekistan'], sentence, 's'), value: { text: 'dozens of people dead' }, date: { on: '2024-05' } },
  ]);
  const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

  it('answers a count of what it counts, and no count of another unit its quote gives', () => {
    expect(ask('How many people died in the Kyrgyz-Uzbek fighting in May 2024?').lead).toMatch(/^dozens of people dead/);
    expect(ask('How many days did the Kyrgyz-Uzbek fighting in May 2024 last?').lead ?? '').not.toMatch(/dozens/);
  });

  it('does not give the dead of one event for another the question names', () => {
    expect(ask('How many people died in the Kyrgyz and Uzbek floods in 2024?').answered).toBe(false);
  });
});
