// "And the rest?" after a figure of part of a whole: the question before, asked of what remains.
import { describe, expect, it } from 'vitest';
import { askInThread, country, reportEngine } from '../fixtures/text-base.js';

const engine = reportEngine(
  [
    'Syldavia and Borduria share 900 kilometers of border, of which only 500 kilometers has been properly delineated.',
    'Fighting broke out on the border in September 2022.',
  ],
  [country('bo', 'Borduria', 'Bordurian'), country('sy', 'Syldavia', 'Syldavian')],
  { published: '2024-01-10' },
);

describe('"and the rest?"', () => {
  it('asks the figure before of what remains', () => {
    const [part, rest] = askInThread(engine, ['How much of the Syldavian-Bordurian border is delineated?', 'and the rest?']);
    expect(part!.text).toMatch(/500/);
    expect(rest!.text).toMatch(/^400 km/);
  });
});
