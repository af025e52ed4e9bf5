// An array whose elements are made on first read: a snapshot's units are decoded one at a time, when a question
// first touches them, so a start costs nothing per unit. It behaves as an ordinary array (length, indexing,
// iteration, map and filter); each element is made once and kept.

/** Whether a property key is an array index (a canonical non-negative integer). */
function indexOf(key: string | symbol): number | undefined {
  if (typeof key !== 'string') return undefined;
  const code = key.charCodeAt(0);
  if (code < 48 || code > 57) return undefined;
  const i = Number(key);
  return Number.isInteger(i) && String(i) === key ? i : undefined;
}

/** A read-only array of `length` elements, element i made by `make(i)` the first time it is read. */
export function lazyArray<T>(length: number, make: (i: number) => T): T[] {
  const made: T[] = new Array(length);
  // Elements may be undefined (a unit with no bindings), so whether one is made is kept apart.
  const isMade = new Uint8Array(length);
  const get = (i: number): T => {
    if (!isMade[i]) {
      made[i] = make(i);
      isMade[i] = 1;
    }
    return made[i]!;
  };
  return new Proxy(made, {
    get(target, key, receiver) {
      const i = indexOf(key);
      return i !== undefined && i < length ? get(i) : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      const i = indexOf(key);
      return i !== undefined ? i < length : Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key);
      if (i === undefined || i >= length) return Reflect.getOwnPropertyDescriptor(target, key);
      return { value: get(i), writable: false, enumerable: true, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
