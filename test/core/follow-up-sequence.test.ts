// "And before that?" after an answer: the like fact just before it between the same countries, then, past
// the first of its kind, whatever came before between them. Made-up sources.
import { describe, expect, it } from 'vitest';
import { askInThread, country, curated, person, place, source, textEngine } from '../fixtures/text-base.js';

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

  it('steps forward with "next" before the words of the question before: "and its next agreement?"', () => {
    const [, next] = thread('When did Borduria and Syldavia sign the Railway Agreement?', 'and their next agreement?');
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

describe('a continuation that is a question of its own', () => {
  const treaties = source('treaties', 'Bordurian treaties', '2021-05-01', [
    'The Klow Treaty between Borduria and Syldavia was signed on 1 June 1995.',
    'The Agreement on Trade between Borduria and Syldavia was signed on 2 July 1998.',
  ]);
  const base = textEngine([treaties], [...entities, place('klow', 'Klow')]);

  it('asks it about the subject before, and the two answers are then compared', () => {
    const [trade, klow, between] = askInThread(base, [
      'Was the Agreement on Trade between Borduria and Syldavia signed in 1999?',
      'and the Klow Treaty, that was 1995 right?',
      'how many years between the two?',
    ]);
    expect(trade!.text).toMatch(/^No\b/);
    expect(klow!.text).toMatch(/^Yes: 1 June 1995/);
    expect(between!.lead).toMatch(/^3 years/);
  });
});

describe('counts and lists of what was answered', () => {
  const commission = {
    ...curated('commission', 'cooperation', ['bo', 'sy'], 'The fisheries commission of Borduria and Syldavia met in 1998, 2001, 2004 and 2009.', 'meetings'),
    title: 'Meetings of the Bordurian-Syldavian fisheries commission',
    date: { on: '1998', also: ['2001', '2004', '2009'] },
  };
  const meetings = source('meetings', 'Fisheries', '2021-05-01', [
    'The fisheries commission of Borduria and Syldavia met in 1998, 2001, 2004 and 2009.',
    'In 1999 Syldavia’s King Ottokar paid a state visit to Borduria.',
    'King Ottokar visited Borduria again in 2003.',
  ]);
  const base = textEngine([meetings], [...entities, person('ottokar', 'King Ottokar', 'sy', 'Ottokar')], [commission]);

  it('counts the occasions of one fact dated on several', () => {
    const a = base.ask('How many meetings of the fisheries commission were there?', { today: '2026-01-10' });
    expect(a.lead).toBe('4');
  });

  it('lists what a count gave on "list them"', () => {
    const [counted, listed] = askInThread(base, ['How many visits did King Ottokar pay to Borduria?', 'list them']);
    expect(counted!.lead).toBe('2');
    expect(listed!.text.split('\n').filter((l) => l.startsWith('•'))).toHaveLength(2);
  });
});

describe('the rest of a whole', () => {
  const atlas = source('atlas', 'Bordurian geography', '2021-05-01', [
    'Borduria and Syldavia share 900 kilometres of border, of which only 300 kilometres have been delineated.',
    'About 40 kilometres of the Zemblan border are disputed.',
  ]);
  const base = textEngine([atlas], entities);

  it('is the whole less the part, said to be worked out, asked alone or as a follow-up', () => {
    const alone = base.ask('How many km of the Bordurian-Syldavian border are not delineated?', { today: '2026-01-10' });
    expect(alone.lead).toBe('600 km');
    expect(alone.text).toContain('worked out from the source: 900 kilometres less 300 kilometres');
    // "Isn't", a remainder word no sentence uses, asks the same.
    expect(base.ask("how much of the Bordurian-Syldavian border isn't delineated yet?", { today: '2026-01-10' }).lead).toBe('600 km');
    const [, rest] = askInThread(base, ['How much of the border between Borduria and Syldavia has been delineated?', "so how much isn't?"]);
    expect(rest!.lead).toBe('600 km');
  });

  it('is not worked out from a sentence without a whole and its part', () => {
    expect(base.ask('How many km of the Zemblan border are not disputed?', { today: '2026-01-10' }).lead).not.toMatch(/km/);
  });
});

describe('a bare "when?" after a decline, and the two answers after it', () => {
  const treaties = source('t', 'Bordurian treaties', '2021-05-01', [
    'The Salt Treaty between Borduria and Syldavia was signed in 2004.',
    'The Wool Agreement between Borduria and Syldavia was signed in 1999.',
  ]);
  const base = textEngine([treaties], entities);

  it('asks the declined question for that slot, and compares what came of it', () => {
    const [who, when, before, between] = askInThread(base, ['who signed the Salt Treaty?', 'when?', 'and before that?', 'how many years between the two?']);
    expect(who!.answered).toBe(false);
    expect(when!.lead).toBe('2004');
    expect(before!.lead).toBe('1999');
    expect(between!.lead).toMatch(/^5 years/);
  });
});

describe('a word alone, and a comparison with nothing to compare', () => {
  const trade = source('trade', 'Bordurian trade', '2021-05-01', [
    'Trade between Borduria and Syldavia rose by 7.4% in 2020 to $1.2 billion.',
    'Borduria and Syldavia plan to raise their trade to $2 billion.',
    'The border between Borduria and Syldavia has been disputed since 1991.',
  ]);
  const base = textEngine([trade], entities);

  it('answers "growth?" with the fact before that says it', () => {
    const [, growth] = askInThread(base, ['How large was trade between Borduria and Syldavia in 2020?', 'growth?']);
    expect(growth!.citations[0]!.quote).toBe('Trade between Borduria and Syldavia rose by 7.4% in 2020 to $1.2 billion.');
  });

  it('declines "how many years between those?" when the answer before gave one thing, rather than answer with it', () => {
    const [, between] = askInThread(base, ['Since when has the Bordurian-Syldavian border been disputed?', 'how many years between those?']);
    expect(between!.answered).toBe(false);
  });
});

describe('"what did he do after that?"', () => {
  const consul = 'From 2005 to 2009 Ivan Petrov was Borduria’s consul general in Klow, Zembla.';
  const deputy = 'Ivan Petrov served as deputy foreign minister of Borduria from January to October 2009.';
  const office = (id: string, quote: string, on: string, to: string, also: string[]) => ({
    ...curated(id, 'office', ['petrov', 'bo', ...also], quote, 'posts'),
    date: { on, to },
  });
  const posts = textEngine(
    [source('posts', 'Petrov', '2021-05-01', [consul, deputy])],
    [...entities, person('petrov', 'Ivan Petrov', 'bo', 'Petrov'), place('klow', 'Klow')],
    [office('consul', consul, '2005', '2009', ['ze', 'klow']), office('deputy', deputy, '2009-01', '2009-10', [])],
  );

  it('is his next post, wherever it was', () => {
    const [who, next] = askInThread(posts, ['Who was Borduria’s consul general in Klow from 2005 to 2009?', 'what did he do after that?']);
    expect(who!.lead).toBe('Ivan Petrov');
    expect(next!.text).toMatch(/deputy foreign minister/);
  });
});
