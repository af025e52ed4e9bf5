// Slack in its own room: only src/slack/ may import @slack/* (Bolt, its types, its Web API and logger).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Static imports and re-exports, `import type`, and dynamic import() of a @slack package. */
const SLACK_IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"]@slack\//;

it('finds @slack/* imported nowhere outside src/slack/', () => {
  const files = sources(join(ROOT, 'src')).map((f) => relative(ROOT, f));
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.filter((f) => !f.startsWith('src/slack/') && SLACK_IMPORT.test(readFileSync(join(ROOT, f), 'utf8')));
  expect(offenders).toEqual([]);
  // The check can see an import: src/slack/ has plenty.
  expect(files.filter((f) => f.startsWith('src/slack/') && SLACK_IMPORT.test(readFileSync(join(ROOT, f), 'utf8'))).length).toBeGreaterThan(10);
});
