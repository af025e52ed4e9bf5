// Draft facts from passages: which sentences become facts, their kind, lead date, recurring dates and figures.
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../../../src/core/passages/draft.js';
import { entityFinder } from '../../../src/core/passages/index.js';
import { analyse, EN } from './support.js';

const find = entityFinder([
  { id: 'kazakhstan', name: 'Kazakhstan', aliases: ['Kazakh'] },
  { id: 'tajikistan', name: 'Tajikistan', aliases: ['Tajik'] },
]);

function draft(text: string, published = '') {
  return draftFacts({ id: 's', published }, analyse(text, published, find), EN);
}

describe('draftFacts', () => {
  it('drafts only sentences with a date, a figure or a title, and gives a nameless one the document’s subjects', () => {
    const facts = draft(
      'Kazakh-Tajik relations\n\nKazakhstan and Tajikistan are close. Tajik and Kazakh officials met. In 2017, the parties began delimitation.',
    );
    expect(facts.map((f) => [f.id, f.kind, f.entities, f.date])).toEqual([
      ['s-3-in-2017-the-parties-began-delimitation', 'border', ['kazakhstan', 'tajikistan'], { on: '2017' }],
    ]);
  });

  it('leads with a calendar date over vague words, and keeps an undated source’s day and month as words only', () => {
    expect(draft('Kazakhstan signed in recent years a deal expected in March.')[0]!.date).toEqual({ text: 'in March' });
    expect(draft('Tajikistan met Kazakhstan on Feb. 27.')[0]!.date).toEqual({ text: 'on Feb. 27' });
  });

  it('records a list of years as one recurring event', () => {
    expect(draft('The Kazakh-Tajik commission met in 1998, 2001, 2004 and 2006.')[0]!.date).toEqual({ on: '1998', also: ['2001', '2004', '2006'] });
    expect(draft('Kazakhstan signed one agreement on July 12, 1996 and another on May 26, 2004.')[0]!.date).toEqual({ on: '1996-07-12' });
  });
});
