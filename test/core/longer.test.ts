// "Which is longer?" of two things: by their figures in one unit, else by the years their names span, else by their
// date ranges; each said as the source gives it, the longer (or, asked, the shorter) first.
import { describe, expect, it } from 'vitest';
import { askInThread, country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Borduria and Syldavia signed a cooperation programme for 2021-2022 on 3 March 2020.',
    'Borduria and Ruritania signed a cooperation programme for 2023-2026 on 5 May 2022.',
    'Borduria and Syldavia share 900 kilometres of border.',
    'Borduria and Ruritania share 1,200 kilometres of border.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian'), country('ru', 'Ruritania', 'Ruritanian')],
  { published: '2024-01-10' },
);
const ask = (q: string) => engine.ask(q, { today: '2026-01-10' });

describe('which is longer', () => {
  it('compares the years two programmes’ names span, not when they were signed', () => {
    const a = ask('Which covers a longer period, the Bordurian-Syldavian cooperation programme or the Bordurian-Ruritanian cooperation programme?');
    expect(a.text).toMatch(/2023-2026 on 5 May 2022 is the longer; .*2021-2022 on 3 March 2020 the shorter\.$/);
    expect(a.citations).toHaveLength(2);
  });

  it('gives the shorter when that is asked', () => {
    const a = ask('Which is shorter, the Bordurian-Syldavian cooperation programme or the Bordurian-Ruritanian cooperation programme?');
    expect(a.text).toMatch(/2021-2022 on 3 March 2020 is the shorter; /);
  });

  it('compares two figures in one unit', () => {
    expect(ask('Which is longer, the Bordurian-Syldavian border or the Bordurian-Ruritanian border?').text).toMatch(
      /^Borduria and Ruritania .*1,200 kilometres.*is the longer/,
    );
  });

  it('compares the two things of the turns before', () => {
    const [, , a] = askInThread(engine, [
      'What cooperation programme did Borduria and Syldavia sign?',
      'and Borduria and Ruritania?',
      'which of the two programmes covers the longer period?',
    ]);
    expect(a!.text).toMatch(/2023-2026 on 5 May 2022 is the longer/);
  });
});
