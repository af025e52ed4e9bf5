// Over the real documents in facts/sources: every passage quote is the exact text between its offsets,
// the passages keep document order, and none is empty.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { analysePassages, entityFinder } from '../../../src/core/passages/index.js';
import { ROOT } from '../../helpers.js';
import { EN } from './support.js';

const dir = join(ROOT, 'facts', 'sources');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));
const finder = entityFinder(YAML.parse(readFileSync(join(ROOT, 'facts', 'entities.yaml'), 'utf8')).entities);

describe('the passages of facts/sources', () => {
  it.each(ids)('source %s: every quote verbatim, in order', (id) => {
    const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
    const published = YAML.parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')).published.date as string;
    const passages = analysePassages({ id, text, published }, finder, EN);
    expect(passages.length).toBeGreaterThan(0);
    passages.forEach((p, i) => {
      expect(p.id).toBe(`${id}.${i}`);
      expect(text.slice(p.start, p.end)).toBe(p.quote);
      expect(p.quote).toBe(p.quote.trim());
      expect(p.quote).toMatch(/[\p{L}\p{N}]/u);
      if (i) expect(p.start).toBeGreaterThanOrEqual(passages[i - 1]!.end);
    });
  });
});
