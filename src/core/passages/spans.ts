// Stretches of a sentence already taken by one reading (a date), which another (a quantity) must leave alone.

export type Stretch = { start: number; end: number };

/** Whether [start, end) overlaps one of `spans`, which are sorted and do not overlap each other (binary search). */
export function overlapsAny(spans: readonly Stretch[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < end;
}
