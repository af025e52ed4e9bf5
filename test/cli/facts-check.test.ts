// `attache facts check`: the real base passes; a copy broken six ways fails with one line a problem, each
// naming the file, the fact id and the field, and a non-zero exit.
import { describe, expect, it } from 'vitest';
import { runCli, TempBase } from '../helpers.js';
import { BREAKAGES, problemLine } from '../fixtures/breakages.js';

describe('attache facts check', () => {
  it('passes the real base', () => {
    const r = runCli(['facts', 'check']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/facts check: OK/);
    expect(r.stderr).toBe('');
  });

  it('names every problem of a broken copy and exits non-zero', () => {
    const base = new TempBase();
    try {
      for (const b of BREAKAGES) b.apply(base);
      const r = runCli(['facts', 'check', '--dir', base.dir]);
      expect(r.status).not.toBe(0);
      expect(r.stdout).not.toMatch(/OK/);
      for (const b of BREAKAGES) expect(r.stderr, b.name).toMatch(problemLine(b.expect));
      expect(r.stderr).toMatch(new RegExp(`facts check: ${BREAKAGES.length} problems`));
    } finally {
      base.cleanup();
    }
  });
});
