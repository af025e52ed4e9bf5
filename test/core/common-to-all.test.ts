// "Which of them comes up in all three texts?" after a list gathered from three sources: what every one names.
import { describe, expect, it } from 'vitest';
import { askInThread, country, curated, source, textEngine } from '../fixtures/text-base.js';
import type { Entity } from '../../src/core/schema.js';

const org = (id: string, name: string): Entity => ({ id, type: 'organisation', name, aliases: [id.toUpperCase()] });
const a = 'Syldavia and Borduria cooperate in the UN, the CIS and the CSTO.';
const b = 'Syldavia and Borduria stressed their cooperation in the SCO and the CSTO.';
const c = 'Syldavia and Borduria praised their cooperation within the UN and the CSTO.';
const membership = (id: string, quote: string, src: string, orgs: string[]) => ({
  ...curated(id, 'membership', ['sy', 'bo', ...orgs], quote, src),
  title: `Organisations of Syldavian-Bordurian cooperation (${src})`,
});
const engine = textEngine(
  [source('s1', 'One', '2020-03-01', [a]), source('s2', 'Two', '2025-02-12', [b]), source('s3', 'Three', '2025-06-01', [c])],
  [
    country('bo', 'Borduria', 'Bordurian'),
    country('sy', 'Syldavia', 'Syldavian'),
    org('un', 'United Nations'),
    org('cis', 'Commonwealth of Independent States'),
    org('csto', 'Collective Security Treaty Organization'),
    org('sco', 'Shanghai Cooperation Organisation'),
  ],
  [membership('m1', a, 's1', ['un', 'cis', 'csto']), membership('m2', b, 's2', ['sco', 'csto']), membership('m3', c, 's3', ['un', 'csto'])],
);

describe('what all the answers before name', () => {
  it('is the one organisation every source names', () => {
    const [, common] = askInThread(engine, [
      'Which organisations do Syldavia and Borduria both belong to?',
      'which of them comes up in all three Syldavian–Bordurian texts?',
    ]);
    expect(common!.lead).toBe('Collective Security Treaty Organization');
    expect(common!.citations.length).toBe(3);
  });

  it('is no total ("how many in all?")', () => {
    const [, total] = askInThread(engine, ['Which organisations do Syldavia and Borduria both belong to?', 'how many in all?']);
    expect(total!.lead).not.toBe('Collective Security Treaty Organization');
  });
});
