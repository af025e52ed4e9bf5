// The engine over the real base: one describe per intent, declines, derived and vague dates, planned facts,
// `treaty()` and `onThisDay()`. Every answer asked through `ask` is checked for its shape and for quotes that
// stand verbatim in their own sources (see test/helpers.ts). Assertions are on the asked slot, flags, fact and
// source ids and quotes — never on the wording of curated summaries.
import { describe, expect, it } from 'vitest';
import { treaty } from '../../src/core/treaty.js';
import { onThisDay } from '../../src/core/onthisday.js';
import { buildKnowledge } from '../../src/core/knowledge-build.js';
import { loadCorpus } from '../../src/core/load.js';
import { factSpans } from '../../src/core/dates.js';
import type { Answer } from '../../src/core/answer.js';
import type { Fact } from '../../src/core/schema.js';
import { ask, DAY_MONTH, engine, expectAnswer, expectDecline, expectVerbatim, fact } from '../helpers.js';

const e = engine();
const kb = e.kb;
const factIds = (a: Answer) => a.facts.map((f) => f.id);
const sourceIds = (a: Answer) => [...new Set(a.citations.map((c) => c.source.id))].sort();
const firstDay = (f: Fact) => factSpans(f.date)[0]?.from ?? '9999';
const expectDateOrder = (facts: Fact[]) => {
  const days = facts.map(firstDay);
  expect(days).toEqual([...days].sort());
};

describe('relations', () => {
  it('Tajikistan–Kyrgyzstan: 14 January 1993', () => {
    const a = ask('When did Tajikistan and Kyrgyzstan establish diplomatic relations?');
    expect(a).toMatchObject({ answered: true, intent: 'relations' });
    expect(a.lead).toMatch(/^14 January 1993\b/);
    expect(a.text).toMatch(/^14 January 1993\b/);
    expect(factIds(a)).toEqual(['tj-kg-relations-established']);
    expect(sourceIds(a)).toEqual(['000']);
  });

  it('Tajikistan–Kazakhstan: 7 January 1993, not the Kyrgyz date', () => {
    const a = ask('When did Tajikistan and Kazakhstan establish relations?');
    expect(a).toMatchObject({ answered: true, intent: 'relations' });
    expect(a.text).toMatch(/^7 January 1993\b/);
    expect(a.text).not.toMatch(/14 January/);
    expect(factIds(a)).toEqual(['tj-kz-relations-established']);
    expect(sourceIds(a)).toEqual(['002']);
  });

  it('answers through aliases and typos', () => {
    expect(ask('When did Tadjikistan and Kirghizia establish diplomatic relations?').text).toMatch(/^14 January 1993\b/);
    expect(ask('when did kazakstan and tajikistan establish relations').text).toMatch(/^7 January 1993\b/);
    expect(ask('when did Tajiksitan and Kyrgzstan establish diplomatic relations').text).toMatch(/^14 January 1993\b/);
  });
});

describe('treaty', () => {
  it('looks up one treaty and leads with its date', () => {
    const a = ask('When was the Dushanbe Agreement signed?');
    expect(a).toMatchObject({ answered: true, intent: 'treaty' });
    expect(a.text).toMatch(/^12 July 1996\b/);
    expect(factIds(a)[0]).toBe('tj-kg-dushanbe-agreement-1996');
  });

  it('lists the agreements of a pair, in date order, each of the pair', () => {
    const a = ask('Which agreements did Tajikistan and Kyrgyzstan sign?');
    expect(a).toMatchObject({ answered: true, intent: 'treaty' });
    // The protocol that established relations is a document signed too.
    expect(factIds(a)).toEqual(
      expect.arrayContaining(['tj-kg-relations-established', 'tj-kg-dushanbe-agreement-1996', 'tj-kg-good-neighborly-agreement-2004']),
    );
    for (const f of a.facts) {
      if (!['treaty', 'programme'].includes(f.kind)) expect(f.summary).toMatch(/signing of the Protocol/);
      expect(f.entities).toEqual(expect.arrayContaining(['tajikistan', 'kyrgyzstan']));
    }
    expectDateOrder(a.facts);
    expect(a.text).toMatch(/12 July 1996/);
    expect(a.text).toMatch(/26 May 2004/);
    expect(a.text).not.toMatch(/Kazakhstan/);
  });
});

describe('person', () => {
  it('says who someone is from their offices', () => {
    const a = ask('Who is Sirojiddin Muhriddin?');
    expect(a).toMatchObject({ answered: true, intent: 'person' });
    expect(a.text).toMatch(/Sirojiddin Muhriddin/);
    expect(a.facts.length).toBeGreaterThan(0);
    for (const f of a.facts) {
      expect(f.entities).toContain('sirojiddin-muhriddin');
      expect(['office', 'biography']).toContain(f.kind);
    }
  });

  it('finds the same person under a typo and a transliteration', () => {
    for (const q of ['Who is Muhridin?', 'Who is Sirojddin Muhriddin?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      for (const f of a.facts) expect(f.entities, q).toContain('sirojiddin-muhriddin');
    }
  });

  it('says when someone was appointed', () => {
    for (const q of ['When was Ruslan Kazakbayev appointed foreign minister?', 'When was Kazakbaev appointed foreign minister?']) {
      const a = ask(q);
      expect(a, q).toMatchObject({ answered: true, intent: 'person' });
      expect(a.text, q).toMatch(/^15 October 2020\b/);
      expect(factIds(a), q).toEqual(['ruslan-kazakbayev-foreign-minister-2020']);
    }
  });

  it('says when someone was born', () => {
    expect(ask('When was Ruslan Kazakbayev born?').text).toMatch(/^18 May 1967\b/);
  });
});

describe('on-date', () => {
  it('lists what happened on a day', () => {
    const a = ask('What happened on 12 July 1996?');
    expect(a).toMatchObject({ answered: true, intent: 'on-date' });
    expect(factIds(a)).toContain('tj-kg-dushanbe-agreement-1996');
    for (const f of a.facts) expect(f.date?.on).toBe('1996-07-12');
  });

  it('lists what happened on a day of any year', () => {
    const a = ask('What happened on 14 January?');
    expect(a).toMatchObject({ answered: true, intent: 'on-date' });
    expect(factIds(a)).toContain('tj-kg-relations-established');
  });

  it('lists what happened in a year, only what falls inside it, in date order', () => {
    const a = ask('What happened in 2007?');
    expect(a).toMatchObject({ answered: true, intent: 'on-date' });
    expect(factIds(a)).toEqual(expect.arrayContaining(['nazarbayev-official-visit-tajikistan-2007', 'kz-tj-direct-investments-fund-agreement']));
    for (const f of a.facts) {
      expect(
        factSpans(f.date).some((s) => s.from >= '2007-01-01' && s.to <= '2007-12-31'),
        f.id,
      ).toBe(true);
    }
    expectDateOrder(a.facts);
  });

  it('says plainly when nothing happened on a date', () => {
    const a = ask('What happened on 3 March 1950?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/3 March 1950/);
  });
});

describe('border', () => {
  it('shows both lengths as a conflict, each side cited from its own source', () => {
    const a = ask('How long is the Tajik-Kyrgyz border?');
    expect(a).toMatchObject({ answered: true, intent: 'border' });
    expect(a.text).toMatch(/971 km/);
    expect(a.text).toMatch(/nearly 1,000 km/);
    expect(a.conflicts).toHaveLength(1);
    const sides = a.conflicts[0]!.sides;
    expect(sides.map((s) => s.says)).toEqual(expect.arrayContaining([expect.stringMatching(/971 km/), expect.stringMatching(/nearly 1,000 km/)]));
    for (const s of sides) expect(s.citation.source.id).toBe(fact(kb, s.factId).source);
    expect(new Set(sides.map((s) => s.citation.source.id))).toEqual(new Set(['000', '001']));
    expect(sides.find((s) => /971/.test(s.says))!.citation.quote).toMatch(/971 kilometers/);
    expect(sides.find((s) => /1,000/.test(s.says))!.citation.quote).toMatch(/nearly 1,000 kilometers/);
  });

  it('answers how much is undefined with both sources', () => {
    const a = ask('How much of the Kyrgyz-Tajik border is undefined?');
    expect(a).toMatchObject({ answered: true, intent: 'border' });
    expect(sourceIds(a)).toEqual(['000', '001']);
  });
});

describe('trade', () => {
  it('gives the volume from both sources, and says they differ', () => {
    const a = ask('How large is trade between Tajikistan and Kazakhstan?');
    expect(a).toMatchObject({ answered: true, intent: 'trade' });
    expect(a.text).toMatch(/1\.2 billion/);
    expect(sourceIds(a)).toEqual(['003', '004']);
    expect(a.conflicts).toHaveLength(1);
    expect(new Set(a.conflicts[0]!.sides.map((s) => s.citation.source.id))).toEqual(new Set(['003', '004']));
  });

  it('tells exports from imports', () => {
    const a = ask('What does Tajikistan export to Kazakhstan?');
    expect(a).toMatchObject({ answered: true, intent: 'trade' });
    expect(factIds(a)[0]).toBe('tajikistan-main-exports-mfa-tj');
    expect(a.text).toMatch(/aluminum/);
  });
});

describe('visit', () => {
  it('answers when (both official visits, which the question does not tell apart), and the other when one is excluded', () => {
    const both = ask('When did Nazarbayev pay an official visit to Tajikistan?');
    expect(both).toMatchObject({ answered: true, intent: 'visit' });
    expect(both.text).toMatch(/June 2000/);
    expect(both.text).toMatch(/September 2007/);

    const other = ask('When did Nazarbayev pay an official visit to Tajikistan apart from June 2000?');
    expect(other).toMatchObject({ answered: true, intent: 'visit' });
    expect(other.lead).toMatch(/September 2007/);
    expect(other.lead).not.toMatch(/June 2000/);
    expect(factIds(other)).toEqual(['nazarbayev-official-visit-tajikistan-2007']);
  });

  it('answers who was met', () => {
    const a = ask('Who did Hakan Fidan meet in Dushanbe?');
    expect(a).toMatchObject({ answered: true, intent: 'visit' });
    expect(a.lead).toBe('Emomali Rahmon');
  });
});

describe('membership', () => {
  it('names the organisations two countries share, from every source', () => {
    const a = ask('Which organisations do Tajikistan and Kazakhstan both belong to?');
    expect(a).toMatchObject({ answered: true, intent: 'membership' });
    expect(a.text).toMatch(/CSTO|Collective Security Treaty Organi[sz]ation/);
    for (const f of a.facts) expect(f.kind).toBe('membership');
    expect(sourceIds(a)).toEqual(['002', '003', '004']);
  });

  it('answers whether both cooperate in the CSTO from a membership fact', () => {
    const a = ask('Do Kazakhstan and Tajikistan cooperate in the CSTO?');
    expect(a).toMatchObject({ answered: true, intent: 'membership' });
    expect(a.facts.length).toBeGreaterThan(0);
    for (const f of a.facts) expect(f.entities).toContain('csto');
  });
});

describe('statement', () => {
  it.each([
    ['What did Tokayev say about relations with Tajikistan?', 'kassym-jomart-tokayev', 'tokayev-statement-tajikistan-2025'],
    ['What did Muhriddin say about Kazakhstan?', 'sirojiddin-muhriddin', 'muhriddin-statement-kazakhstan-2025'],
  ])('quotes what was said: %s', (q, speaker, expected) => {
    const a = ask(q);
    expect(a).toMatchObject({ answered: true, intent: 'statement' });
    // The statement leads; what the speaker stressed at the same meeting may join it.
    expect(a.facts[0]?.kind).toBe('statement');
    for (const f of a.facts) expect(f.entities).toContain(speaker);
    expect(factIds(a)).toContain(expected);
  });
});

describe('timeline', () => {
  it('lists the dated facts of a pair in order, nothing planned', () => {
    const a = ask('Timeline of Tajikistan and Kazakhstan relations');
    expect(a).toMatchObject({ answered: true, intent: 'timeline' });
    expect(factIds(a)).toContain('tj-kz-relations-established');
    for (const f of a.facts) {
      expect(f.entities).toEqual(expect.arrayContaining(['tajikistan', 'kazakhstan']));
      expect(f.date?.on, f.id).toBeDefined();
      expect(f.status).not.toBe('planned');
    }
    expectDateOrder(a.facts);
  });

  it('reads a demonym pair', () => {
    const a = ask('History of Kyrgyz-Tajik relations');
    expect(a).toMatchObject({ answered: true, intent: 'timeline' });
    expect(factIds(a)).toContain('tj-kg-relations-established');
    expect(a.text).toMatch(/14 January 1993/);
  });
});

describe('help', () => {
  it('lists what it can answer with an example of each intent', () => {
    const a = ask('help');
    expect(a).toMatchObject({ answered: true, intent: 'help' });
    for (const intent of kb.intents.filter((i) => i.name !== 'help' && i.name !== 'fallback')) expect(a.text).toContain(intent.examples[0]);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('understands "What can you do?" as a request for help', () => {
    const a = ask('What can you do?');
    expect(a).toMatchObject({ answered: true, intent: 'help' });
  });
});

describe('declines', () => {
  it.each([
    ['another pair', 'When did Uzbekistan and Kyrgyzstan establish diplomatic relations?'],
    ['another treaty', 'When was the Treaty of Versailles signed?'],
    ['another treaty', 'When was the Treaty of Westphalia signed?'],
    ['an unknown person', 'Who is John Smith?'],
    ['an unknown person', 'Who is Vladimir Putin?'],
    ['out-of-scope countries', 'When did Russia and Germany establish diplomatic relations?'],
    ['an out-of-scope country beside a known one', 'What did Tajikistan sign with France?'],
    ['chit-chat', 'How are you?'],
    ['chit-chat', 'tell me a joke'],
    ['chit-chat', 'What is the weather like today?'],
  ])('declines %s: %s', (_kind, q) => {
    expectDecline(ask(q));
  });

  it('names the out-of-scope countries it knows nothing about', () => {
    const a = ask('When did Russia and Germany establish diplomatic relations?');
    expect(a.text).toMatch(/Russia/);
    expect(a.text).toMatch(/Germany/);
  });
});

describe('derived and vague dates', () => {
  it('says the Treaty on Allied Relations was signed in 2024, quoting "the previous year"', () => {
    const a = ask('When was the Treaty on Allied Relations signed?');
    expect(a).toMatchObject({ answered: true, intent: 'treaty' });
    expect(a.lead).toMatch(/^2024\b/);
    expect(a.text).toMatch(/the previous year/);
    expect(a.citations.some((c) => c.source.id === '003' && /the previous year/.test(c.quote))).toBe(true);
  });

  it.each([
    ['When did Hakan Fidan meet Emomali Rahmon?', 'on Monday'],
    ['When is Erdogan planning to visit Tajikistan?', 'later this year'],
    ['When will the Kyrgyz-Tajik border agreement be signed?', 'in March'],
  ])('never turns a vague time into a calendar date: %s', (q, vague) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(vague);
    expect(a.text).not.toMatch(DAY_MONTH);
    expect(a.text).not.toMatch(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/);
    expect(a.lead ?? '').not.toMatch(/\b\d{4}\b/);
  });
});

describe('planned facts', () => {
  it.each([
    'When is Erdogan planning to visit Tajikistan?',
    'When will the Kyrgyz-Tajik border agreement be signed?',
    'What is the trade target between Kazakhstan and Tajikistan?',
  ])('says a planned fact is planned: %s', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.status, 'the answer leads with a planned fact').toBe('planned');
    expect(a.lead ?? a.text).toMatch(/\b(?:planned|not yet)\b/i);
  });
});

describe('treaty()', () => {
  it('lists every treaty and programme of the base, by date', () => {
    const a = treaty(e, '');
    expectAnswer(kb, a);
    expect(a.answered).toBe(true);
    // One per treaty: facts about the same one (`about`) are listed once.
    const all = kb.facts.filter((f) => f.kind === 'treaty' || f.kind === 'programme');
    const expected = new Set(all.map((f) => f.about ?? f.id));
    expect(a.facts.map((f) => f.about ?? f.id).sort()).toEqual([...expected].sort());
    expectDateOrder(a.facts);
    for (const f of a.facts) expect(a.text).toContain(f.title);
  });

  it.each([
    ['good neighbourly', 'tj-kg-good-neighborly-agreement-2004', /26 May 2004/],
    ['fundamentls of relations', 'tj-kz-treaty-fundamentals-1993', /January 1993/],
    ['Dushanbe agreement', 'tj-kg-dushanbe-agreement-1996', /12 July 1996/],
  ])('finds "%s"', (query, id, date) => {
    const a = treaty(e, query);
    expectAnswer(kb, a);
    expect(a.answered).toBe(true);
    expect(factIds(a)[0]).toBe(id);
    expect(a.text).toMatch(date);
  });

  it('finds "allied" and gives the year it was signed, 2024', () => {
    const a = treaty(e, 'allied');
    expectAnswer(kb, a);
    expect(a.answered).toBe(true);
    expect(a.facts.every((f) => f.about === 'kz-tj-allied-treaty')).toBe(true);
    expect(a.text).toMatch(/\b2024\b/);
  });

  it.each(['treaty of Versailles', 'Treaty of Westphalia'])('declines "%s"', (query) => {
    const a = treaty(e, query);
    expectAnswer(kb, a);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/don['’]t know/i);
  });
});

describe('onThisDay()', () => {
  const MONTH_DAYS = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(5, 10));

  it('gives the day’s events with years ago counted from the given year, round anniversaries marked', () => {
    const r = onThisDay(kb, '01-14', 2023);
    expect(r).toMatchObject({ date: '01-14', year: 2023, match: 'day' });
    expect(r.items[0]).toMatchObject({ factId: 'tj-kg-relations-established', date: '1993-01-14', yearsAgo: 30, round: true });
    // Counted from the day asked about: "ago" only when that day is today.
    expect(r.text).toMatch(/30 years before 14 January 2023/);
    expect(onThisDay(kb, '01-14', 2023, '2023-01-14').text).toMatch(/30 years ago today/);
    for (const item of r.items) for (const c of item.citations) expectVerbatim(kb, c, item.factId);

    expect(onThisDay(kb, '01-14', 2024).items[0]).toMatchObject({ yearsAgo: 31, round: false });
  });

  it('puts round anniversaries first', () => {
    const corpus = loadCorpus();
    const base = fact(kb, 'tj-kg-relations-established');
    const older: Fact = { ...base, id: 'test-older-same-day', date: { on: '1990-01-14' } };
    const r = onThisDay(buildKnowledge({ ...corpus, facts: [...corpus.facts, older] }), '01-14', 2023);
    expect(r.items.map((i) => [i.factId, i.yearsAgo, i.round])).toEqual([
      ['tj-kg-relations-established', 30, true],
      ['test-older-same-day', 33, false],
    ]);
  });

  it('falls back to the week, the month or a notable fact, says so, and is never empty', () => {
    const matches = new Set<string>();
    for (const md of MONTH_DAYS) {
      const r = onThisDay(kb, md, 2025);
      matches.add(r.match);
      expect(r.items.length, md).toBeGreaterThan(0);
      expect(r.text.trim(), md).not.toBe('');
      if (r.match !== 'day') expect(r.text, md).toMatch(/^Nothing in my sources happened on/);
    }
    expect([...matches].sort()).toEqual(['day', 'month', 'notable', 'week']);
    expect(onThisDay(kb, '03-15', 2025).match).toBe('month');
  });

  it('counts years ago only for facts known to the day', () => {
    for (const md of MONTH_DAYS) {
      for (const item of onThisDay(kb, md, 2025).items) {
        if (item.yearsAgo === undefined) continue;
        const on = fact(kb, item.factId).date?.on ?? '';
        expect(on, `${md}: ${item.factId} (${on}) is said to be ${item.yearsAgo} years ago today`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('takes "the nearest that week" only from facts known to the day', () => {
    for (const md of MONTH_DAYS) {
      const r = onThisDay(kb, md, 2025);
      if (r.match !== 'week') continue;
      for (const item of r.items) {
        expect(fact(kb, item.factId).date?.on ?? '', `${md}: ${item.factId} offered as "that week"`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('never offers a planned fact', () => {
    for (const md of MONTH_DAYS) for (const item of onThisDay(kb, md, 2025).items) expect(fact(kb, item.factId).status, md).not.toBe('planned');
  });
});
