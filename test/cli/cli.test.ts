// The CLI's commands, run in this process over one loaded base; a plain `ask` and `start` also run as the built
// CLI (`node bin/attache.js …`, built by `npm test`'s pretest) in a child, end to end. Slack settings are cleared.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import type { OnThisDay } from '../../src/core/onthisday.js';
import { cli, engine, expectAnswer, runCli } from '../helpers.js';

const kb = engine().kb;
const LIST_MODULES = fileURLToPath(new URL('../fixtures/list-modules.mjs', import.meta.url));
const RELATIONS_TJ_KG = 'When did Tajikistan and Kyrgyzstan establish diplomatic relations?';

function json<T>(stdout: string): T {
  try {
    return JSON.parse(stdout) as T;
  } catch {
    throw new Error(`not JSON: ${stdout.slice(0, 300)}`);
  }
}

describe('attache ask', () => {
  it('prints the answer, the quote and the source title (the built CLI, in a child process)', () => {
    const r = runCli(['ask', RELATIONS_TJ_KG]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^14 January 1993\b/);
    expect(r.stdout).toContain('Diplomatic relations between the Republic of Tajikistan and the Kyrgyz Republic were established on January 14, 1993');
    expect(r.stdout).toContain(kb.source('000').title);
    expect(r.stdout).toContain(kb.source('000').url);
  });

  it('answers from the knowledge snapshot on a later start, without importing yaml, zod or chrono-node (the built CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-snapshot-'));
    const packagesOf = (run: string) => {
      const modules = join(dir, `${run}.txt`);
      const r = runCli(['ask', RELATIONS_TJ_KG], { env: { DATA_DIR: join(dir, 'data'), MODULES_FILE: modules, NODE_OPTIONS: `--import ${LIST_MODULES}` } });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^14 January 1993\b/);
      const names = readFileSync(modules, 'utf8').match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/g) ?? [];
      return new Set(names.map((n) => n.slice('node_modules/'.length)));
    };
    try {
      const first = packagesOf('first');
      expect(['yaml', 'zod', 'chrono-node'].filter((p) => first.has(p))).toEqual(['yaml', 'zod', 'chrono-node']);
      const later = packagesOf('later');
      expect(['yaml', 'zod', 'chrono-node'].filter((p) => later.has(p))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--json prints the answer model', async () => {
    const r = await cli(['ask', '--json', 'When did Tajikistan and Kazakhstan establish relations?']);
    expect(r.status, r.stderr).toBe(0);
    const a = json<Answer>(r.stdout);
    expectAnswer(kb, a);
    expect(a).toMatchObject({ answered: true, intent: 'relations', lead: '7 January 1993' });
    expect(a.facts.map((f) => f.id)).toEqual(['tj-kz-relations-established']);
    expect(a.citations[0]).toMatchObject({ factId: 'tj-kz-relations-established', source: { id: '002', title: kb.source('002').title } });
  });

  it('--jsonl answers one JSON line for each line in, odd lines included', async () => {
    const r = await cli(['ask', '--jsonl'], { input: `${RELATIONS_TJ_KG}\n\n😀 <!channel> ${'?'.repeat(10_000)}\n` });
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(3);
    const answers = out.map((line) => json<Answer>(line));
    for (const a of answers) expectAnswer(kb, a);
    expect(answers[0]).toMatchObject({ answered: true, intent: 'relations', lead: '14 January 1993' });
    expect(answers[1]!.answered).toBe(false);
    expect(answers[2]!.answered).toBe(false);
    expect(answers[2]!.text).not.toContain('<!channel>');
  });
});

describe('attache treaty', () => {
  it('lists every treaty and programme', async () => {
    const r = await cli(['treaty']);
    expect(r.status, r.stderr).toBe(0);
    const treaties = kb.facts.filter((f) => f.kind === 'treaty' || f.kind === 'programme');
    const distinct = new Set(treaties.map((f) => f.about ?? f.id));
    expect(r.stdout).toMatch(new RegExp(`^${distinct.size} treaties`));
    for (const f of treaties) expect(r.stdout).toContain(f.title);
  });

  it('allied --json finds the Treaty on Allied Relations', async () => {
    const r = await cli(['treaty', 'allied', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const a = json<Answer>(r.stdout);
    expectAnswer(kb, a);
    expect(a).toMatchObject({ answered: true, intent: 'treaty' });
    expect(a.facts.length).toBeGreaterThan(0);
    for (const f of a.facts) expect(f.about).toBe('kz-tj-allied-treaty');
  });

  it('versailles --json declines', async () => {
    const r = await cli(['treaty', 'versailles', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const a = json<Answer>(r.stdout);
    expectAnswer(kb, a);
    expect(a).toMatchObject({ answered: false, intent: 'treaty', facts: [], citations: [] });
    expect(a.text).toMatch(/don['’]t know/i);
  });
});

describe('attache onthisday', () => {
  it('01-14 prints the 1993 relations with the years since', async () => {
    const r = await cli(['onthisday', '01-14']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^On 14 January:/);
    expect(r.stdout).toMatch(/14 January 1993/);
    // Counted from 14 January of this year, which is not today (the run is not on 14 January, or says "ago").
    expect(r.stdout).toMatch(/\d+ years (?:before 14 January \d{4}|ago)/);
    // Each event comes with its quote and source.
    expect(r.stdout).toMatch(/“[^”]*January 14, 1993[^”]*”\n\s+— /);
  });

  it('1996-07-12 --json gives the date and its items', async () => {
    const r = await cli(['onthisday', '1996-07-12', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const d = json<OnThisDay>(r.stdout);
    expect(d).toMatchObject({ date: '07-12', year: 1996, match: 'day' });
    expect(d.items.map((i) => i.factId)).toContain('tj-kg-dushanbe-agreement-1996');
    for (const i of d.items) {
      expect(i.date).toBe('1996-07-12');
      expect(i.citations.length).toBeGreaterThan(0);
      expect(i.yearsAgo).toBeUndefined();
    }
  });

  it('02-30 is refused, naming the date', async () => {
    const r = await cli(['onthisday', '02-30']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('02-30');
    expect(r.stdout).toBe('');
  });
});

describe('other commands', () => {
  it('an unknown command exits non-zero with the usage', async () => {
    const r = await cli(['frobnicate']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('frobnicate');
    expect(r.stderr).toMatch(/Usage:\n {2}attache ask /);
    for (const command of ['ask', 'treaty', 'onthisday', 'facts check', 'chat', 'start']) expect(r.stderr).toContain(command);
  });

  it('start without Slack settings and without a terminal exits 1 naming SLACK_BOT_TOKEN', () => {
    const r = runCli(['start']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN');
    expect(r.stdout).not.toMatch(/^>/m);
  });

  it('chat answers each line of its input and exits 0 at the end of input', async () => {
    const r = await cli(['chat'], { input: 'help\nwhen did tajikistan and kazakhstan establish relations\n' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(kb.intents.find((i) => i.name === 'relations')!.examples[0]);
    expect(r.stdout).toMatch(/7 January 1993/);
    expect(r.stdout).toContain(kb.source('002').title);
  });
});
