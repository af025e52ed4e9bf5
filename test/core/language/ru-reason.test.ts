// "Из-за чего …?" ("because of what") asks why, as "почему" does, not what: the death toll of the clashes, which
// tells what they left, is no answer to it.
import { describe, expect, it } from 'vitest';
import { country, reportEngine } from '../../fixtures/text-base.js';
import type { Trace } from '../../../src/core/engine.js';

const engine = reportEngine(
  ['The clashes on the Syldavian-Bordurian border in September 2022 left dozens of people dead on both sides.'],
  [country('bo', 'Borduria', 'Bordurian', 'Бордурия'), country('sy', 'Syldavia', 'Syldavian', 'Сильдавия')],
  { published: '2022-10-01' },
);

describe('a Russian question of what caused something', () => {
  it('asks for a reason', () => {
    const trace: Trace = {};
    engine.ask('из-за чего начались столкновения между Сильдавией и Бордурией?', { today: '2026-01-10', trace });
    expect(trace.understanding?.asks).toBe('reason');
  });
});
