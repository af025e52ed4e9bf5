// Words that carry nothing a source must say ("make", "already") and derived forms ("consular") do not make a
// question unanswerable. Over a made-up source.
import { describe, expect, it } from 'vitest';
import { country, curated, person, place, reportEngine, source, textEngine } from '../fixtures/text-base.js';

const entities = [
  country('bo', 'Borduria', 'Bordurian'),
  country('sy', 'Syldavia', 'Syldavian'),
  person('petrov', 'Ivan Petrov', 'bo', 'Petrov'),
  place('klow', 'Klow'),
];
const engine = textEngine(
  [
    source('news', 'Bordurian news', '2021-05-01', [
      'From 2005 to 2009 Ivan Petrov was the Bordurian consul in Klow.',
      'In June 2000 Ivan Petrov paid his first official visit to Syldavia.',
    ]),
  ],
  entities,
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('neutral and derived words', () => {
  it('reads "consular" as the consul', () => {
    expect(ask('Where did Petrov serve as a consular officer?').lead).toBe('Klow');
  });

  it('leaves "make" and "already" out of what must be found', () => {
    expect(ask('When did Petrov make his first official visit to Syldavia?').lead).toBe('June 2000');
    expect(ask('has Petrov already visited Syldavia?').answered).toBe(true);
  });
});

describe('a measure after "what"', () => {
  const atlas = source('atlas', 'Bordurian geography', '2021-05-01', [
    'Borduria and Syldavia share 900 kilometres of border.',
    'Only 300 kilometres of the Bordurian-Syldavian border have been delineated.',
  ]);
  const length = {
    ...curated('length', 'border', ['bo', 'sy'], 'Borduria and Syldavia share 900 kilometres of border.', 'atlas'),
    title: 'Length of the Bordurian-Syldavian border',
    value: { amount: 900, unit: 'km', text: '900 km' },
  };
  const base = textEngine([atlas], entities, [length]);

  it('asks for the figure of what the other words say, not for the fact titled by the measure', () => {
    const a = base.ask('What length of the Bordurian-Syldavian border counts as delineated?', { today: '2026-01-10' });
    expect(a.citations[0]!.quote).toBe('Only 300 kilometres of the Bordurian-Syldavian border have been delineated.');
  });
});

describe('"which <thing>" beside a place noun', () => {
  const trip = source('trip', 'Bordurian news', '2021-05-01', [
    'Ivan Petrov visited the Syldavian capital in June 2000, and the visit resulted in the signing of the Treaty of Klow.',
  ]);
  const base = textEngine([trip], entities);

  it('asks for the thing, not for a place: "which treaty came out of the trip to the capital?"', () => {
    const a = base.ask("Which treaty came out of Petrov's June 2000 trip to the Syldavian capital?", { today: '2026-01-10' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Treaty of Klow');
  });
});

describe('words of how a quantity is asked', () => {
  const base = textEngine(
    [source('border', 'Bordurian news', '2023-01-10', ['Approximately one-third of the Bordurian-Syldavian border remains undefined.'])],
    entities,
  );
  it('answers "what portion of …" and "what proportion of …" like "what share of …"', () => {
    expect(base.ask('What portion of the Bordurian-Syldavian border is undefined?').answered).toBe(true);
    expect(base.ask('what proportion of the Bordurian-Syldavian border remains undefined?').answered).toBe(true);
  });
});

describe('words the lexicon gives one meaning', () => {
  const report = source('report', 'Bordurian report', '2021-05-01', [
    'The most recent and violent outbreak of fighting on the Bordurian-Syldavian border occurred in May 2001.',
    'Ivan Petrov commended the Treaty of Klow, which he described as a milestone.',
    'Borduria and Syldavia discussed expanding cooperation in artificial intelligence.',
    'The Bordurian-Syldavian cooperation programme was designed for 2021-2022.',
  ]);
  const words = textEngine([report], entities);
  const ask = (q: string) => words.ask(q, { today: '2026-01-10' });

  it('reads "the worst outbreak" as the most violent one', () => {
    expect(ask('When was the worst outbreak of fighting between Borduria and Syldavia?').lead).toBe('May 2001');
  });

  it('reads "praise" as commending', () => {
    expect(ask('What treaty did Petrov praise?').text).toMatch(/Treaty of Klow/);
  });

  it('reads "tech" as technology, which artificial intelligence is', () => {
    expect(ask('What tech cooperation did Borduria and Syldavia discuss?').text).toMatch(/artificial intelligence/);
  });

  it('reads "what period" as asking for the figure, not as a word the source must hold', () => {
    const quote = 'The Bordurian-Syldavian cooperation programme was designed for 2021-2022.';
    const programme = { ...curated('programme', 'programme', ['bo', 'sy'], quote, 'report'), value: { text: 'covering 2021–2022' } };
    const a = textEngine([report], entities, [programme]).ask('What period does the Bordurian-Syldavian cooperation programme cover?');
    expect(a.lead).toBe('covering 2021–2022');
  });
});

describe('a word the sources use only with a derivational ending', () => {
  it('is the word they use ("invest" of "investment")', () => {
    const fund = source('fund', 'Bordurian fund', '2021-05-01', ['The Bordurian-Syldavian fund finances investment projects in the mining sector.']);
    const a = textEngine([fund], entities).ask('Which sector does the Bordurian-Syldavian fund invest in?', { today: '2026-01-10' });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/mining sector/);
  });
});

describe('a unit that says the ordinal asked', () => {
  it('leads alone, without a like fact beside it as a choice', () => {
    const visits = source('visits', 'Bordurian visits', '2021-05-01', [
      'In June 2000 Ivan Petrov paid his first official visit to Syldavia.',
      'In September 2007 Ivan Petrov paid an official visit to Syldavia.',
    ]);
    const a = textEngine([visits], entities).ask('When did Petrov first visit Syldavia officially?', { today: '2026-01-10' });
    expect(a.lead).toBe('June 2000');
    expect(a.text).not.toMatch(/Depending on which you mean/);
  });
});

describe('a broad word no source uses stands for the one kind of it the sources use', () => {
  const BORVIA_ = country('borvia', 'Borvia', 'Borvian');
  const ARLAND_ = country('arland', 'Arland', 'Arlandian');

  it('reads "disaster" as the floods a report tells of', () => {
    const engine = reportEngine(['Arland sent aid to Borvia after large spring floods hit several regions of Borvia.'], [ARLAND_, BORVIA_]);
    const answer = engine.ask('what disaster did Arland help Borvia with?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/floods/);
  });

  it('keeps the broad word when the sources use two kinds of it', () => {
    const engine = reportEngine(
      ['Arland sent aid to Borvia after large spring floods hit several regions of Borvia.', 'A drought hit Arland in 2019.'],
      [ARLAND_, BORVIA_],
    );
    expect(engine.ask('what disaster did Arland help Borvia with?').answered).toBe(false);
  });
});
