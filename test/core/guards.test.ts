// The guards that keep the engine from answering with a neighbouring fact: each case is a question
// whose words match a fact that does not answer it, and the real answer (or an honest decline).
import { describe, expect, it } from 'vitest';
import { engine, TODAY } from '../helpers.js';

const ask = (q: string) => engine().ask(q, { today: TODAY });

describe('the asked slot', () => {
  it('declines, saying what it knows, when the fact asked about lacks the slot', () => {
    const a = ask('Who signed the Dushanbe Agreement?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/don't say who/);
    expect(a.citations.length).toBeGreaterThan(0);
  });
  it('does not date one embassy with another embassy’s date', () => {
    const a = ask('When did Tajikistan open its embassy in Bishkek?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/1997|1993/);
    expect(a.text).toMatch(/Bishkek/);
  });
  it('does not answer "how many" with a number that is part of a name', () => {
    expect(ask('How many Bayraktar drones did Kyrgyzstan buy?').answered).toBe(false);
  });
  it('names only people the sources show holding the office asked about', () => {
    expect(ask('Who is the Kyrgyz foreign minister?').lead).toBe('Ruslan Kazakbayev');
    expect(ask('Who is the president of Kyrgyzstan?').answered).toBe(false);
    expect(ask('Who was the first president of Kazakhstan?').answered).toBe(false);
    expect(ask('Who was the first ruler of the Tajik state?').lead).toBe('Ismoil Somoni');
  });
  it('does not say who holds an office now', () => {
    const a = ask('Who is the Kyrgyz foreign minister now?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/now/);
  });
});

describe('word order', () => {
  it('does not answer the capital of one country with another’s', () => {
    expect(ask('What is the capital of Tajikistan?').answered).toBe(false);
  });
  it('tells one embassy from the other by its country', () => {
    expect(ask('Where is the Tajik embassy in Kyrgyzstan?').text).toMatch(/Bishkek/);
    expect(ask('Where is the Kyrgyz embassy in Tajikistan?').text).toMatch(/Dushanbe/);
  });
});

describe('ordinals and ends', () => {
  it('takes the asked one of several like facts, in date order', () => {
    expect(ask('When was Kazakbayev Kyrgyz foreign minister the first time?').lead).toMatch(/2010.*2012/);
    expect(ask('When did Nazarbayev first visit Tajikistan?').lead).toBe('June 2000');
    expect(ask('When was Nazarbayev’s last visit to Tajikistan?').lead).toMatch(/September 2007/);
  });
  it('answers "when did it end" with the end of a range, and declines when there is none', () => {
    expect(ask('When did Kazakbayev’s first term as foreign minister end?').lead).toBe('6 September 2012');
    expect(ask('When did Kazakbayev’s second term as foreign minister end?').answered).toBe(false);
  });
  it('reads an ordinal before an office as part of its name', () => {
    expect(ask('When was Kazakbayev first deputy foreign minister?').lead).toMatch(/2009/);
  });
});

describe('ties and names', () => {
  it('gives both facts when the question does not tell them apart', () => {
    const a = ask('diplomatic relations date');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/14 January 1993/);
    expect(a.text).toMatch(/7 January 1993/);
  });
  it('reads a date inside a name as part of the name', () => {
    const a = ask('When did Tajikistan and Kyrgyzstan sign the cooperation program for 2021-2022?');
    expect(a.lead).toMatch(/19 November 2020/);
  });
  it('declines a treaty of another pair rather than naming one of this pair', () => {
    expect(ask('When did Tajikistan and Kyrgyzstan sign the Treaty on Allied Relations?').answered).toBe(false);
  });
  it('counts a recurring event only in its own years', () => {
    expect(ask('When did the Tajik-Kazakh intergovernmental commission meet in 2010?').answered).toBe(false);
    expect(ask('When did the Tajik-Kazakh intergovernmental commission meet in 2009?').answered).toBe(true);
  });
});

describe('words that look like cues', () => {
  it('takes "help" as a request for help only when the question is nothing else', () => {
    expect(ask('help').intent).toBe('help');
    expect(ask('What is Turkey helping Tajikistan with?').intent).not.toBe('help');
  });
  it('does not read "last" at the end of a question as "the last one"', () => {
    const a = ask('How many days did the September 2022 fighting last?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/four days/);
  });
});

describe('one event told in several facts', () => {
  it('gives the facts of the same event together', () => {
    const a = ask("What came out of Rahmon's November 1995 working visit to Kazakhstan?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/documents/);
    expect(a.facts.length).toBeGreaterThan(1);
  });
});

describe('slips and durations', () => {
  it('takes apart two words run together', () => {
    expect(ask('when was the goodneighbourly agreement signed').lead).toMatch(/26 May 2004/);
  });
  it('answers "how long" with a span of dates when the fact has no number', () => {
    expect(ask('How long was Kazakbayev consul general in Istanbul?').lead).toMatch(/2005.*2009/);
  });
});

describe('offices at a date', () => {
  it('takes an undated office as held when its source was published, and never as the day it began', () => {
    expect(ask("Who was Kazakhstan's foreign minister in February 2025?").lead).toBe('Murat Nurtleu');
    expect(ask("Who was Kazakhstan's foreign minister in 2019?").answered).toBe(false);
    expect(ask('When was Nurtleu appointed foreign minister?').answered).toBe(false);
  });
});

describe('offices and times in passing', () => {
  it('reads two offices joined by "and" ("deputy PM and foreign minister")', () => {
    expect(ask("Who is Kazakhstan's deputy PM and foreign minister that Muhriddin met in Astana?").lead).toBe('Murat Nurtleu');
  });
  it('reads "last year" as a time, not as "the last one"', () => {
    expect(ask('KZ TJ trade last year').text).not.toMatch(/know of only/);
  });
});

describe('direction of trade', () => {
  it('answers what one country imports from the other with the other’s exports, and the reverse', () => {
    expect(ask('What does Kazakhstan import from Tajikistan?').text).toMatch(/electric power|cotton/);
    expect(ask('What does Tajikistan import from Kazakhstan?').text).toMatch(/grain/);
    expect(ask('Which country does Kazakhstan import most grain from?').answered).toBe(false);
  });
});
