// An index from a key (a term, an entity id, a year …) to the ascending positions of the facts that have it.
// Built as arrays; saved and loaded as one Int32Array of all lists end to end, plus where each list starts, so a
// start reads it without parsing a number at a time. A loaded index finds a key by binary search over its sorted
// keys (no map of them is made), and a list becomes an array the first time it is asked for.

/** One index as saved: its keys in code-unit order, and for key k the positions data[starts[k]] … data[starts[k + 1] - 1]. */
export type PackedPostings = { keys: string[]; starts: Int32Array; data: Int32Array };

export class Postings {
  private readonly lists = new Map<string, number[]>();
  /** Loaded from a snapshot: the packed lists, made on first use (a snapshot parses an index's keys only when it is consulted). */
  private source?: PackedPostings | (() => PackedPostings);

  constructor(packed?: PackedPostings | (() => PackedPostings)) {
    this.source = packed;
  }

  private get packed(): PackedPostings | undefined {
    if (typeof this.source === 'function') this.source = this.source();
    return this.source;
  }

  /** The slot of a key in the packed lists (a binary search of the sorted keys), or -1. */
  private slot(key: string): number {
    const keys = this.packed?.keys;
    if (!keys) return -1;
    let [lo, hi] = [0, keys.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid]!;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Appends a position; positions must come in ascending order (a repeat of the last one is ignored). */
  add(key: string, position: number): void {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }

  get(key: string): readonly number[] | undefined {
    const list = this.lists.get(key);
    if (list || !this.source) return list;
    const slot = this.slot(key);
    if (slot < 0) return undefined;
    const { starts, data } = this.packed!;
    const unpacked = Array.from(data.subarray(starts[slot]!, starts[slot + 1]!));
    this.lists.set(key, unpacked);
    return unpacked;
  }

  has(key: string): boolean {
    return this.lists.has(key) || this.slot(key) >= 0;
  }

  /** Whether the key's list holds this position (a binary search). */
  includes(key: string, position: number): boolean {
    const list = this.get(key);
    if (!list) return false;
    let [lo, hi] = [0, list.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] === position) return true;
      if (list[mid]! < position) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Every list end to end, keys in code-unit order (a built index: the lists it was given; a loaded one: as loaded). */
  pack(): PackedPostings {
    const packed = this.packed;
    if (packed) return packed;
    const keys = [...this.lists.keys()].sort();
    const lists = keys.map((k) => this.lists.get(k)!);
    const starts = new Int32Array(keys.length + 1);
    lists.forEach((l, i) => (starts[i + 1] = starts[i]! + l.length));
    const data = new Int32Array(starts[keys.length]!);
    lists.forEach((l, i) => data.set(l, starts[i]!));
    return { keys, starts, data };
  }
}
