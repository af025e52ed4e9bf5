// "And before that?" after an answer: the like fact just before it between the same countries, then, past
// the first of its kind, whatever came before between them. Made-up sources.
import { describe, expect, it } from 'vitest';
import { askInThread, country, person, source, textEngine } from '../fixtures/text-base.js';

const entities = [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), country('ze', 'Zembla', 'Zemblan')];
const gazette = source('gazette', 'Bordurian diplomacy', '2021-05-01', [
  'Borduria and Syldavia established diplomatic relations on 3 January 1993.',
  'On 4 May 1999 Borduria and Syldavia signed the Fisheries Agreement.',
  'In May 1999 a Syldavian choir toured Borduria.',
  'On 2 June 2005 Borduria and Syldavia signed the Railway Agreement.',
  'On 9 March 2004 Borduria and Zembla signed the Wool Agreement.',
  'The Salt Treaty between Borduria and Syldavia was signed on 8 August 2006.',
]);
const engine = textEngine([gazette], entities);

const thread = (...questions: string[]) => askInThread(engine, questions);

describe('"and before that?"', () => {
  it('steps back through the treaties between the same two countries, then to what came before them', () => {
    const [salt, railway, fisheries, relations] = thread('When was the Salt Treaty signed?', 'and before that?', 'and before that?', 'and before that?');
    expect(salt!.lead).toBe('8 August 2006');
    // Not the Wool Agreement of 2004: that is Borduria and Zembla.
    expect(railway!.lead).toBe('2 June 2005');
    expect(railway!.citations[0]!.quote).toContain('Railway Agreement');
    // Not the choir of May 1999: a tour is no treaty, and no step from 4 May 1999.
    expect(fisheries!.lead).toBe('4 May 1999');
    expect(relations!.lead).toBe('3 January 1993');
    expect(relations!.citations[0]!.quote).toContain('diplomatic relations');
  });

  it('steps forward with "and after that?"', () => {
    const [, next] = thread('When was the Railway Agreement signed?', 'and after that?');
    expect(next!.lead).toBe('8 August 2006');
  });
});

describe('positions and the time between', () => {
  const people = [...entities, person('petrov', 'Ivan Petrov', 'bo', 'Petrov')];
  const visits = source('visits', 'Bordurian visits', '2021-05-01', [
    'In March 1999 Ivan Petrov paid his first official visit to Syldavia.',
    'In June 2005 Ivan Petrov paid another official visit to Syldavia.',
    'During his first official visit in March 1999 Ivan Petrov signed the Fisheries Agreement with Syldavia.',
  ]);
  const travel = textEngine([visits], people);

  it('reads "the second one?" as the question before at that position, and "the two visits" as the visits answered', () => {
    const [first, second, signed, between] = askInThread(travel, [
      'When did Ivan Petrov first visit Syldavia?',
      'the second one?',
      'what did he sign on the first?',
      'how many years between the two visits?',
    ]);
    expect(first!.lead).toBe('March 1999');
    expect(second!.lead).toBe('June 2005');
    expect(signed!.citations[0]!.quote).toContain('Fisheries Agreement');
    // The visits, not the agreement signed during the first (answered last, dated March 1999 too).
    expect(between!.lead).toMatch(/^6 years/);
    expect(between!.citations.map((c) => c.quote)).toEqual([
      'In March 1999 Ivan Petrov paid his first official visit to Syldavia.',
      'In June 2005 Ivan Petrov paid another official visit to Syldavia.',
    ]);
  });
});
