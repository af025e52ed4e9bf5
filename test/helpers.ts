// Shared helpers for the core and CLI tests: the real engine, answer checks, temporary copies of the base,
// and running the CLI (in this process, or the built one in a child). Nothing here knows the wording of curated summaries.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadEngine, type Engine } from '../src/core/index.js';
import type { Answer, Citation } from '../src/core/answer.js';
import type { KnowledgeBase } from '../src/core/knowledge.js';
import type { Fact } from '../src/core/schema.js';
import { run } from '../src/cli/run.js';

/** The project folder (holds facts/, intents/, bin/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** A fixed "today" so that answers do not depend on the clock. */
export const TODAY = '2026-01-10';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A calendar day with its month, in either order ("19 November", "14–15 January", "November 19"). */
export const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:[–-]\\d{1,2})?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}\\b`);

/** The five sources the base was built with: tests pinned to them are not changed by a source added to facts/. */
export const SEEDS = ['000', '001', '002', '003', '004'];

let cached: Engine | undefined;
/**
 * The engine over the seed sources and their curated facts (a copy of the base with only those, loaded once per
 * test file): adding a source or an entity file to facts/ never changes an answer a test expects.
 */
export function engine(): Engine {
  if (!cached) {
    const seeds = new TempBase({ sources: SEEDS });
    cached = loadEngine(seeds.dir);
    process.once('exit', () => seeds.cleanup());
  }
  return cached;
}

export function fact(kb: KnowledgeBase, id: string): Fact {
  const f = kb.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id} in the base`);
  return f;
}

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A citation names a real source (id, title, publisher) and quotes it verbatim, whitespace aside. */
export function expectVerbatim(kb: KnowledgeBase, c: Citation, label = ''): void {
  expect(c.source.id, label).toMatch(/\S/);
  expect(c.source.title, label).toMatch(/\S/);
  expect(c.source.publisher, label).toMatch(/\S/);
  expect(c.quote.trim(), label).not.toBe('');
  const text = ws(kb.source(c.source.id).text);
  expect(text.includes(ws(c.quote)), `${label}: quote of ${c.factId} not verbatim in source ${c.source.id}: "${c.quote}"`).toBe(true);
  // The citation's source is the source of the fact it cites.
  expect(c.source.id, `${label}: ${c.factId}`).toBe(fact(kb, c.factId).source);
}

/** The answer model's shape, and every citation (conflict sides included) verbatim in its own source. */
export function expectAnswer(kb: KnowledgeBase, a: Answer): void {
  const label = JSON.stringify(a.question.slice(0, 80));
  expect(a, label).toEqual(
    expect.objectContaining({
      question: expect.any(String),
      intent: expect.any(String),
      answered: expect.any(Boolean),
      text: expect.any(String),
      facts: expect.any(Array),
      citations: expect.any(Array),
      conflicts: expect.any(Array),
      suggestions: expect.any(Array),
    }),
  );
  expect(a.text.trim(), label).not.toBe('');
  expect(a.suggestions.length, label).toBeLessThanOrEqual(3);
  for (const c of a.citations) expectVerbatim(kb, c, label);
  for (const conflict of a.conflicts) {
    expect(conflict.sides.length, label).toBeGreaterThan(1);
    for (const side of conflict.sides) {
      expect(side.citation.factId, label).toBe(side.factId);
      expectVerbatim(kb, side.citation, `${label} (conflict ${conflict.about})`);
    }
  }
  if (a.answered) {
    if (a.intent !== 'help') expect(a.citations.length, `${label}: an answer cites its sources`).toBeGreaterThan(0);
    const factIds = new Set(a.facts.map((f) => f.id));
    for (const c of a.citations) expect(factIds.has(c.factId), `${label}: cites ${c.factId}, which is not among its facts`).toBe(true);
  } else {
    expect(a.facts, label).toEqual([]);
    expect(a.citations, label).toEqual([]);
  }
}

/** Asks the real engine (with a fixed today) and checks the answer's shape and citations. */
export function ask(question: string): Answer {
  const e = engine();
  const a = e.ask(question, { today: TODAY });
  expectAnswer(e.kb, a);
  return a;
}

/** A decline: not answered, says plainly it does not know, and offers 1–3 questions it can answer. */
export function expectDecline(a: Answer): void {
  const label = JSON.stringify(a.question);
  expect(a.answered, label).toBe(false);
  expect(a.text, label).toMatch(/don['’]t know/i);
  expect(a.suggestions.length, label).toBeGreaterThanOrEqual(1);
  expect(a.suggestions.length, label).toBeLessThanOrEqual(3);
  for (const s of a.suggestions) expect(ask(s).answered, `suggestion ${JSON.stringify(s)} (offered for ${label})`).toBe(true);
}

/**
 * A copy of facts/, intents/ and lang/ in a fresh temporary folder, to break without touching the real base.
 * With `sources`, facts/ holds only those sources with their curated facts, beside entities.yaml and world.yaml
 * (no facts/entities/*.yaml): what a source pack adds to facts/ is not in it.
 */
export class TempBase {
  readonly dir = mkdtempSync(join(tmpdir(), 'attache-base-'));
  constructor(opts: { sources?: string[] } = {}) {
    if (opts.sources) {
      mkdirSync(join(this.dir, 'facts', 'sources'), { recursive: true });
      mkdirSync(join(this.dir, 'facts', 'curated'), { recursive: true });
      for (const file of ['entities.yaml', 'world.yaml']) cpSync(join(ROOT, 'facts', file), join(this.dir, 'facts', file));
      for (const id of opts.sources) {
        for (const file of [`sources/${id}.txt`, `sources/${id}.yaml`, `curated/${id}.yaml`])
          if (existsSync(join(ROOT, 'facts', file))) cpSync(join(ROOT, 'facts', file), join(this.dir, 'facts', file));
      }
    } else cpSync(join(ROOT, 'facts'), join(this.dir, 'facts'), { recursive: true });
    cpSync(join(ROOT, 'intents'), join(this.dir, 'intents'), { recursive: true });
    cpSync(join(ROOT, 'lang'), join(this.dir, 'lang'), { recursive: true });
  }
  /** Replaces the first occurrence of `from` in a file of the copy; fails loudly when `from` is not there. */
  edit(file: string, from: string | RegExp, to: string): void {
    const path = join(this.dir, file);
    const text = readFileSync(path, 'utf8');
    if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`${file} has no ${String(from)}: the fixture needs updating`);
    writeFileSync(path, text.replace(from, to));
  }
  /** Replaces `from` inside one fact's block of a curated file (so the change cannot land in another fact). */
  editFact(file: string, id: string, from: string | RegExp, to: string): void {
    const text = readFileSync(join(this.dir, file), 'utf8');
    const block = factBlock(text, id);
    if (typeof from === 'string' ? !block.includes(from) : !from.test(block))
      throw new Error(`fact ${id} in ${file} has no ${String(from)}: the fixture needs updating`);
    this.write(file, text.replace(block, block.replace(from, to)));
  }
  append(file: string, text: string): void {
    this.write(file, readFileSync(join(this.dir, file), 'utf8').replace(/\n*$/, '\n') + text);
  }
  write(file: string, text: string): void {
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), text);
  }
  remove(file: string): void {
    rmSync(join(this.dir, file));
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The lines of a curated fact's YAML block, from its `- id:` line up to the next fact. */
export function factBlock(yamlText: string, id: string): string {
  const m = new RegExp(`^  - id: ${id}\\n(?:(?!  - id: ).*\\n?)*`, 'm').exec(yamlText);
  if (!m) throw new Error(`no fact ${id} in the YAML`);
  return m[0];
}

export type CliResult = { status: number | null; stdout: string; stderr: string };

const BIN = join(ROOT, 'bin', 'attache.js');

/** The environment every CLI run sees: this one with Slack settings cleared and a fixed time zone. */
function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('SLACK_')) env[k] = v;
  return Object.assign(env, { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', TZ_NAME: 'Asia/Dushanbe', PUBLIC_BASE_URL: '' }, extra);
}

/**
 * Runs `attache …` in this process, as the built CLI would (no .env is read), with its output captured and
 * standard input given. Commands that answer questions share this file's engine over the real base.
 */
export async function cli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<CliResult & { status: number }> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([opts.input ?? '']),
    env: cliEnv(opts.env),
    loadEngine: engine,
  });
  return { status, stdout, stderr };
}

/**
 * Runs the built CLI (`node bin/attache.js …`) with Slack settings cleared and a fixed time zone,
 * from a temporary folder so that no .env file is read. Standard input is a pipe (never a TTY).
 */
export function runCli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): CliResult {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it)');
  const env = cliEnv(opts.env);
  const cwd = mkdtempSync(join(tmpdir(), 'attache-cwd-'));
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, input: opts.input ?? '', encoding: 'utf8', timeout: 15_000 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
