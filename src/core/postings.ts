// An index from a key (a term, an entity id, a year …) to the ascending positions of the facts that have it.
// Built as arrays; saved and loaded as one Int32Array of all lists end to end, plus where each list starts, so a
// start reads it without parsing a number at a time. A loaded list becomes an array the first time it is asked for.

/** One index as saved: its keys in order, and for key k the positions data[starts[k]] … data[starts[k + 1] - 1]. */
export type PackedPostings = { keys: string[]; starts: Int32Array; data: Int32Array };

export class Postings {
  private readonly lists = new Map<string, number[]>();
  /** Loaded from a snapshot: key → its slot in `packed`, materialised into `lists` on first use. */
  private readonly slots?: Map<string, number>;
  private readonly packed?: PackedPostings;

  constructor(packed?: PackedPostings) {
    if (!packed) return;
    this.packed = packed;
    this.slots = new Map(packed.keys.map((k, i) => [k, i]));
  }

  /** Appends a position; positions must come in ascending order (a repeat of the last one is ignored). */
  add(key: string, position: number): void {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }

  get(key: string): readonly number[] | undefined {
    const list = this.lists.get(key);
    if (list || !this.packed) return list;
    const slot = this.slots!.get(key);
    if (slot === undefined) return undefined;
    const { starts, data } = this.packed;
    const unpacked = Array.from(data.subarray(starts[slot]!, starts[slot + 1]!));
    this.lists.set(key, unpacked);
    return unpacked;
  }

  has(key: string): boolean {
    return this.lists.has(key) || !!this.slots?.has(key);
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

  /** Every list end to end (a built index: the lists it was given; a loaded one: as loaded). */
  pack(): PackedPostings {
    if (this.packed && this.lists.size === 0) return this.packed;
    const keys = this.packed ? this.packed.keys : [...this.lists.keys()];
    const lists = keys.map((k) => this.get(k)!);
    const starts = new Int32Array(keys.length + 1);
    lists.forEach((l, i) => (starts[i + 1] = starts[i]! + l.length));
    const data = new Int32Array(starts[keys.length]!);
    lists.forEach((l, i) => data.set(l, starts[i]!));
    return { keys, starts, data };
  }
}
