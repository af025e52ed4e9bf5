// `attache facts check`: the real base passes; a copy broken many ways fails with every problem in one run,
// each naming file, record, field, value and fix, and a non-zero exit. `--source` narrows it; `--help` works.
import { describe, expect, it } from 'vitest';
import { cli, runCli, SEEDS, TempBase } from '../helpers.js';
import { BREAKAGES, problemLines } from '../fixtures/breakages.js';

describe('attache facts check', () => {
  it('passes the real base (the built CLI, in a child process)', () => {
    const r = runCli(['facts', 'check']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^facts check: OK — \d+ sources, \d+ entities \(\d+ cited by facts\), \d+ facts, \d+ quotes verbatim, \d+ intents/);
    // Warnings only: no line of the output is an error.
    for (const line of r.stderr.split('\n').filter((l) => l && !l.startsWith('    fix: '))) expect(line).toMatch(/^warning: /);
  });

  it('names every problem of a broken copy in one run and exits non-zero', async () => {
    const base = new TempBase({ sources: SEEDS });
    try {
      for (const b of BREAKAGES) b.apply(base);
      const r = await cli(['facts', 'check', '--dir', base.dir]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      for (const b of BREAKAGES) expect(r.stderr, b.name).toMatch(problemLines(b.expect));
      expect(r.stderr).toMatch(new RegExp(`^facts check: ${BREAKAGES.length} errors(, \\d+ warnings)?$`, 'm'));
    } finally {
      base.cleanup();
    }
  });

  it('--source ID reports that source only, and how many errors are elsewhere', async () => {
    const base = new TempBase({ sources: SEEDS });
    try {
      for (const b of BREAKAGES) b.apply(base);
      const r = await cli(['facts', 'check', '--source', '002', '--dir', base.dir]);
      expect(r.status).toBe(1);
      // Of the breakages, only the duplicate id is in a fact of source 002.
      expect(r.stderr).toMatch(problemLines(BREAKAGES.find((b) => b.name === 'a duplicate id')!.expect));
      expect(r.stderr).not.toMatch(/^(warning: )?(facts\/curated\/00[013]\.yaml|facts\/entities\.yaml)/m);
      expect(r.stderr).toMatch(
        new RegExp(`^facts check: 1 error, .*${BREAKAGES.length - 1} errors elsewhere in the base \\(run facts check without --source\\)$`, 'm'),
      );
      const none = await cli(['facts', 'check', '--source', 'q99', '--dir', base.dir]);
      expect(none.status).toBe(2);
      expect(none.stderr).toBe('attache facts check: no source "q99" in facts/sources (the sources are 000, 001, 002, 003, 004)\n');
    } finally {
      base.cleanup();
    }
  });

  it('warns about a capitalised name no entity knows, without failing', async () => {
    const base = new TempBase({ sources: SEEDS });
    try {
      base.edit('facts/sources/003.txt', /\n*$/, '\nThe talks were attended by Zarina Qodirova.\n');
      const r = await cli(['facts', 'check', '--source', '003', '--dir', base.dir]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(
        'warning: facts/sources/003.txt: "Zarina Qodirova" is a name no entity knows, as in: "The talks were attended by Zarina Qodirova."\n    fix: add it as an entity or an alias',
      );
    } finally {
      base.cleanup();
    }
  });
});

describe('--help and unknown options', () => {
  it('every command prints its usage for --help, and exits 0', async () => {
    for (const args of [['facts', 'check'], ['sources', 'add'], ['ask'], ['treaty'], ['onthisday'], ['chat'], ['start'], ['post-onthisday']]) {
      const r = await cli([...args, '--help']);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(new RegExp(`^Usage:\\n  attache ${args.join(' ')}\\b`));
      expect(r.stderr).toBe('');
    }
    const group = await cli(['facts', '--help']);
    expect(group.stdout).toMatch(/^Usage:\n {2}attache facts check /);
  });

  it('an unknown option gets a plain message and the usage, not a stack trace', async () => {
    const r = await cli(['facts', 'check', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^attache facts check: Unknown option '--bogus'\n\nUsage:\n {2}attache facts check \[--source ID\] \[--dir DIR\]\n {6}validate facts\/ and intents\//,
    );
    expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS| {4}at /);
  });

  it('a subcommand the command lacks names the ones it has', async () => {
    const r = await cli(['facts', 'chekc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^attache: unknown command "facts chekc"\n\nUsage:\n {2}attache facts check /);
  });
});
