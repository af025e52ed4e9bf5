import { describe, expect, it } from 'vitest';
import { lazyArray } from '../../src/core/lazy-array.js';

describe('lazyArray', () => {
  it('makes each element once, on its first read, and behaves as an array', () => {
    const made: number[] = [];
    const xs = lazyArray(4, (i) => {
      made.push(i);
      return i === 3 ? undefined : `x${i}`;
    });
    expect(made).toEqual([]);
    expect([xs[2], xs[2], xs.length, Array.isArray(xs)]).toEqual(['x2', 'x2', 4, true]);
    expect(made).toEqual([2]);
    expect([xs[3], xs[3], xs[4]]).toEqual([undefined, undefined, undefined]);
    expect(made).toEqual([2, 3]);
    expect(xs.filter((x) => x !== undefined)).toEqual(['x0', 'x1', 'x2']);
    expect([[...xs], xs.concat(['y']), JSON.stringify(xs), 1 in xs, 4 in xs]).toEqual([
      ['x0', 'x1', 'x2', undefined],
      ['x0', 'x1', 'x2', undefined, 'y'],
      '["x0","x1","x2",null]',
      true,
      false,
    ]);
    expect(made).toEqual([2, 3, 0, 1]);
  });

  it('is read-only', () => {
    const xs = lazyArray(2, (i) => i);
    expect(() => {
      xs[0] = 5;
    }).toThrow(TypeError);
    expect(() => xs.push(1)).toThrow(TypeError);
    expect([...xs]).toEqual([0, 1]);
  });
});
