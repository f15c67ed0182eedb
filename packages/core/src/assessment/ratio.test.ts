import { describe, expect, it } from 'vitest';
import { add, compare, divide, ratio, subtract, toNumber } from './ratio.js';

describe('ratio', () => {
  it('keeps fractions in lowest terms with a positive denominator', () => {
    expect(ratio(4, 6)).toEqual({ n: 2, d: 3 });
    expect(ratio(3, -6)).toEqual({ n: -1, d: 2 });
    expect(add(ratio(1, 3), ratio(1, 6))).toEqual({ n: 1, d: 2 });
    expect(subtract(ratio(4, 3), ratio(2, 1))).toEqual({ n: -2, d: 3 });
    expect(divide(ratio(13, 3), 2)).toEqual({ n: 13, d: 6 });
  });

  it('compares exactly where doubles differ', () => {
    const a = subtract(ratio(3, 1), ratio(7, 3));
    const b = subtract(ratio(2, 1), ratio(4, 3));
    expect(compare(a, b)).toBe(0);
    expect(compare(ratio(1, 3), ratio(1, 2))).toBe(-1);
  });

  it('degrades to the nearest double instead of failing beyond the safe-integer range', () => {
    const huge = ratio(1, 2 ** 52 + 1);
    const sum = add(huge, ratio(1, 2 ** 52 - 1));
    expect(sum.d).toBe(1);
    expect(toNumber(sum)).toBeCloseTo(2 / 2 ** 52, 25);
    expect(compare(sum, huge)).toBe(1);
  });
});
