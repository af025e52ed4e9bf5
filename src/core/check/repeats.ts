// Entries listed twice in one list (keywords, stopwords, aliases): each later copy, with its position.

export function repeats<T>(list: readonly T[], key: (item: T) => unknown = (x) => x): { index: number; value: T }[] {
  const seen = new Set<unknown>();
  const out: { index: number; value: T }[] = [];
  list.forEach((value, index) => {
    const k = key(value);
    if (seen.has(k)) out.push({ index, value });
    seen.add(k);
  });
  return out;
}
