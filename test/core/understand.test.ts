// From a question to what it asks: entities (aliases, demonyms, typos), out-of-scope names, dates and
// exclusions, the asked slot, and the intent — every example in intents/*.yaml must classify to its own intent.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/core/understand.js';
import { engine, TODAY } from '../helpers.js';
import { country, reportEngine } from '../fixtures/text-base.js';

const kb = engine().kb;
const read = (q: string) => understand(kb, q, TODAY);
const ids = (q: string) => read(q).mentions.map((m) => m.entity.id);

describe('entities', () => {
  it.each([
    ['Tajikistan', 'tajikistan'],
    ['Tadjikistan', 'tajikistan'],
    ['Tadzhikistan', 'tajikistan'],
    ['Kirghizia', 'kyrgyzstan'],
    ['the Kyrgyz Republic', 'kyrgyzstan'],
    ['kazakstan', 'kazakhstan'],
    ['Qazaqstan', 'kazakhstan'],
    ['Kazakbaev', 'ruslan-kazakbayev'],
    ['Ruslan Kazakbayev', 'ruslan-kazakbayev'],
    ['Sirojddin Muhriddin', 'sirojiddin-muhriddin'],
    ['Sirojiddin', 'sirojiddin-muhriddin'],
    ['Mukhriddin', 'sirojiddin-muhriddin'],
    ['Erdogan', 'recep-tayyip-erdogan'],
    ['Erdoğan', 'recep-tayyip-erdogan'],
    ['ERDOĞAN', 'recep-tayyip-erdogan'],
    ['Ferghana', 'ferghana-valley'],
    ['the Fergana Valley', 'ferghana-valley'],
    ['CSTO', 'csto'],
    ['the Collective Security Treaty Organization', 'csto'],
    ['the Collective Security Treaty Organisation', 'csto'],
    ['Nazarbaev', 'nursultan-nazarbayev'],
    ['Tokaev', 'kassym-jomart-tokayev'],
  ])('reads %s as %s (an alias)', (text, id) => {
    const mention = read(`What about ${text}?`).mentions.find((m) => m.entity.id === id);
    expect(mention, text).toBeDefined();
    expect(mention!.fuzzy).toBe(false);
  });

  it('reads demonyms as their country', () => {
    expect(ids('Kazakh-Tajik trade')).toEqual(['kazakhstan', 'tajikistan']);
    expect(ids('Tajiks and Kyrgyz')).toEqual(['tajikistan', 'kyrgyzstan']);
    expect(ids('Kazakhstani exports')).toEqual(['kazakhstan']);
  });

  it.each([
    ['Muhridin', 'sirojiddin-muhriddin'],
    ['Kazakbayv', 'ruslan-kazakbayev'],
    ['Tajiksitan', 'tajikistan'],
    ['Kyrgzstan', 'kyrgyzstan'],
  ])('corrects the typo %s to %s', (typo, id) => {
    const mention = read(`tell me about ${typo} please`).mentions.find((m) => m.entity.id === id);
    expect(mention, typo).toBeDefined();
    expect(mention!.fuzzy).toBe(true);
  });

  it('keeps both countries of a pair, in the order asked, typos included', () => {
    expect(ids('When did Tadjikistan and Kirghizia establish diplomatic relations?')).toEqual(['tajikistan', 'kyrgyzstan']);
    expect(ids('when did kazakstan and tajikistan establish relations')).toEqual(['kazakhstan', 'tajikistan']);
    expect(ids('when did Tajiksitan and Kyrgzstan establish relations')).toEqual(['tajikistan', 'kyrgyzstan']);
  });

  it('puts names the base has no facts about out of scope, and never corrects them to a neighbour', () => {
    const u = read('When did Russia and Germany establish diplomatic relations?');
    expect(u.outOfScope.map((m) => m.entity.id).sort()).toEqual(['germany', 'russia']);
    expect(u.mentions).toEqual([]);
    const mixed = read('Tajikistan and France');
    expect(mixed.mentions.map((m) => m.entity.id)).toEqual(['tajikistan']);
    expect(mixed.outOfScope.map((m) => m.entity.id)).toEqual(['france']);
  });

  it('leaves an unknown name as an unknown word, not a person of the base', () => {
    const u = read('Who is Vladimir Putin?');
    expect(u.mentions).toEqual([]);
    expect(u.terms.some((t) => !t.known)).toBe(true);
  });
});

describe('dates and exclusions', () => {
  it('reads a range and excludes what follows "apart from"', () => {
    const u = read('What happened between 1993 and 2013 apart from June 2000?');
    expect(u.spans.map(({ from, to }) => ({ from, to }))).toEqual([{ from: '1993-01-01', to: '2013-12-31' }]);
    expect(u.excluded.map(({ from, to }) => ({ from, to }))).toEqual([{ from: '2000-06-01', to: '2000-06-30' }]);
  });

  it('excludes without narrowing to the excluded date', () => {
    const u = read('When did Nazarbayev pay an official visit to Tajikistan apart from June 2000?');
    expect(u.spans).toEqual([]);
    expect(u.excluded.map(({ from, to }) => ({ from, to }))).toEqual([{ from: '2000-06-01', to: '2000-06-30' }]);
    expect(u.mentions.map((m) => m.entity.id)).toEqual(['nursultan-nazarbayev', 'tajikistan']);
  });

  it('knows the other exclusion phrases', () => {
    expect(read('visits except in 2007').excluded.map((s) => s.from)).toEqual(['2007-01-01']);
    expect(read('treaties other than 12 July 1996').excluded.map((s) => s.from)).toEqual(['1996-07-12']);
  });

  it('reads a day without a year as a day of any year', () => {
    const u = read('What happened on 14 January?');
    expect(u.monthDays.map((m) => m.monthDay)).toEqual(['01-14']);
    expect(u.spans).toEqual([]);
  });

  it('resolves "today" from the date it is given', () => {
    expect(read('what happened today?').spans.map((s) => s.from)).toEqual([TODAY]);
  });
});

describe('the asked slot', () => {
  it.each([
    ['When did Tajikistan and Kyrgyzstan establish diplomatic relations?', 'date'],
    ['What year was the Treaty on Allied Relations signed?', 'date'],
    ['How many documents make up the legal base of Tajik-Kazakh relations?', 'value'],
    ['How long is the Tajik-Kyrgyz border?', 'value'],
    ['How much of the Kyrgyz-Tajik border is undefined?', 'value'],
    ['Who did Hakan Fidan meet in Dushanbe?', 'person'],
    ['Who is Sirojiddin Muhriddin?', 'person'],
    ['Where is the Kyrgyz embassy in Tajikistan?', 'place'],
    ['Where did Hakan Fidan meet Rahmon?', 'place'],
    // Years asked are a span of dates ("for 2024-2026"), not a figure.
    ['For which years was the programme of cooperation signed?', 'date'],
    ['What years does the programme cover?', 'date'],
  ])('%s → %s', (q, slot) => {
    expect(read(q).asks).toBe(slot);
  });

  it('reads "what day of the week" and a month asked for as the date, with no "week" or "month" to find', () => {
    for (const q of ['what day of the week did the ministers hold talks?', 'land deal signing month']) {
      const u = read(q);
      expect(u.asks).toBe('date');
      expect(u.terms.map((t) => t.word)).not.toContain('week');
      expect(u.terms.map((t) => t.word)).not.toContain('month');
    }
  });

  it('reads a "when" clause after the question\'s own cue as the occasion, not as asking the date', () => {
    const u = read('What was given utmost attention when the foreign ministers met in Astana?');
    expect(u.asks).toBe('summary');
    expect(u.terms.filter((t) => t.occasion).map((t) => t.word)).toContain('met');
    expect(read('who was the foreign minister when the treaty was signed?').asks).toBe('person');
    expect(read('Kazakh-Tajik relations, when were they established?').asks).toBe('date');
    expect(read('who signed it and when?').asks).toBe('date');
  });

  it('reads "what did … sign" as asking what was done, though a place noun follows ("Kazakhstan\'s capital")', () => {
    expect(read("What did Rahmon sign on his visit to Kazakhstan's capital?").asks).toBe('summary');
    expect(read('what is the capital of kazakhstan?').asks).toBe('place');
  });

  it('reads an acronym written in capitals ("IT") as its words, and "it" as a pronoun', () => {
    expect(read('cooperation in IT between Kazakhstan and Tajikistan').terms.map((t) => t.word)).toContain('technology');
    expect(read('when was it signed?').terms.map((t) => t.word)).not.toContain('technology');
  });

  it('prefers the date when a question asks both when and who', () => {
    expect(read('When and with whom did Nazarbayev visit Tajikistan?').asks).toBe('date');
  });

  it('reads "the number of …" as asking for a figure, with "number" no term the passage must hold', () => {
    const u = read('the number of people injured in the clashes');
    expect(u.asks).toBe('value');
    expect(u.terms.map((t) => t.word)).not.toContain('number');
    // A number that is a thing ("the embassy's phone number") is still a word to account for.
    expect(read("the embassy's phone number").terms.map((t) => t.word)).toContain('number');
  });

  it('reads "last" after "it" as a verb, and an ordinal after a possessive or "he" as the position', () => {
    expect(read('how many days did it last Kyrgyzstan Tajikistan').ordinal).toBeUndefined();
    expect(read('when was his last visit to Tajikistan').ordinal).toBe(-1);
    expect(read('How old was Kazakbayev when he first became foreign minister?').ordinal).toBe(1);
  });

  it('does not take cue words from inside other words', () => {
    // "whenever" and "somewhere" are not "when" and "where"
    expect(read('Kazakh trade whenever somewhere').asks).toBeUndefined();
  });
});

describe('intent choice', () => {
  it('loaded every intent file', () => {
    expect(kb.intents.map((i) => i.name).sort()).toEqual(
      ['border', 'fallback', 'help', 'membership', 'on-date', 'person', 'relations', 'statement', 'timeline', 'trade', 'treaty', 'visit'].sort(),
    );
  });

  for (const intent of kb.intents) {
    for (const example of intent.examples) {
      it(`${intent.name}: "${example}"`, () => {
        expect(read(example).intent.name).toBe(intent.name);
      });
    }
  }

  it('falls back when nothing points to an intent', () => {
    expect(read('purple elephants dancing').intent.name).toBe('fallback');
  });
});

describe('a time after "last"', () => {
  const fixture = reportEngine(
    ['Bilateral trade between Borduria and Syldavia reached $560 million last year.'],
    [country('bo', 'Borduria'), country('sy', 'Syldavia')],
  );
  const position = (q: string) => understand(fixture.kb, q, TODAY).ordinal;

  it('is a time, not the last of several, when the time unit is misspelt', () => {
    expect(position('bordurian syldavian trade volume last yaer')).toBeUndefined();
    expect(position('bordurian syldavian trade volume last year')).toBeUndefined();
    expect(position('the last trade figure of borduria')).toBe(-1);
  });
});
