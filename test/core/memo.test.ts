import { describe, expect, it } from 'vitest';
import { Memo } from '../../src/core/memo.js';

describe('Memo', () => {
  it('works a value out once per key and gives every caller the same one', () => {
    const memo = new Memo<string[]>(10);
    let made = 0;
    const make = (key: string) => () => {
      made++;
      return [key];
    };
    const first = memo.get('a', make('a'));
    expect(memo.get('a', make('a'))).toBe(first);
    expect(memo.get('b', make('b'))).toEqual(['b']);
    expect(made).toBe(2);
  });

  it('keeps at most about twice its size, and keeps what is asked for again', () => {
    const memo = new Memo<number>(2);
    const made: string[] = [];
    const get = (key: string) => memo.get(key, () => made.push(key));
    for (const key of ['a', 'b', 'c', 'd', 'a']) get(key);
    // a and b went to the older half when the newer one filled, then c and d took their place there: a is made again.
    expect(made).toEqual(['a', 'b', 'c', 'd', 'a']);
    // c is still in the older half, and asking for it keeps it.
    get('c');
    get('a');
    expect(made).toEqual(['a', 'b', 'c', 'd', 'a']);
    get('b');
    expect(made).toEqual(['a', 'b', 'c', 'd', 'a', 'b']);
  });
});
