// A memo of what was worked out from a text, for the build: the same sentence recurs across sources (a boilerplate
// line, a quote repeated in another report), and reading it again costs the same each time.

/**
 * Values by key, at most about `2 × max` of them: past `max` new entries the older ones are dropped, save those
 * asked for again since, so a base of millions of distinct sentences holds a bounded number at any time.
 * Values are shared between every caller of the same key: callers must not change them.
 */
export class Memo<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => V): V {
    let value = this.recent.get(key);
    if (value !== undefined) return value;
    value = this.older.get(key) ?? make();
    this.recent.set(key, value);
    if (this.recent.size >= this.max) [this.older, this.recent] = [this.recent, new Map()];
    return value;
  }
}
