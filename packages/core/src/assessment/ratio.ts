/**
 * Exact rational arithmetic for scores. Scores are means of means of small integers, and the
 * product has to tell "reached the target", "unchanged since the baseline" and "the same gap" from
 * almost-equal floating-point results (3 − 7/3 and 2 − 4/3 are different doubles). Numerator and
 * denominator stay small for any real framework; should a result ever leave the safe-integer range
 * it degrades to the nearest double (d = 1) instead of failing.
 *
 * Internal to the assessment module: results leave it as plain numbers.
 */
export interface Ratio {
  readonly n: number;
  readonly d: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

export function ratio(numerator: number, denominator: number): Ratio {
  const n = denominator < 0 ? -numerator : numerator;
  const d = Math.abs(denominator);
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return { n: n / d, d: 1 };
  const divisor = gcd(n, d);
  return divisor > 1 ? { n: n / divisor, d: d / divisor } : { n, d };
}

export const ZERO: Ratio = { n: 0, d: 1 };

export function add(a: Ratio, b: Ratio): Ratio {
  if (a.d === b.d) return ratio(a.n + b.n, a.d);
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function subtract(a: Ratio, b: Ratio): Ratio {
  return add(a, { n: -b.n, d: b.d });
}

export function divide(a: Ratio, by: number): Ratio {
  return ratio(a.n, a.d * by);
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compare(a: Ratio, b: Ratio): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return Math.sign(left - right);
  return Math.sign(a.n / a.d - b.n / b.d);
}

export function toNumber(value: Ratio): number {
  return value.n / value.d;
}

export function toNumberOrNull(value: Ratio | null): number | null {
  return value === null ? null : value.n / value.d;
}

/**
 * Σ numerators[offset + d] / d for d = 1 … width − 1. Scores of categories are sums over at most a
 * few skills, so many of them are added up by keeping one integer numerator per denominator and
 * turning them into a fraction once, instead of reducing a fraction per member.
 */
export function sumByDenominator(numerators: Float64Array, offset: number, width: number): Ratio {
  let sum = ZERO;
  for (let d = 1; d < width; d++) {
    const numerator = numerators[offset + d]!;
    if (numerator !== 0) sum = add(sum, ratio(numerator, d));
  }
  return sum;
}
