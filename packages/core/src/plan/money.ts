import type { ExchangeRate } from '../schemas/plan.schema.js';

/*
 * Money is an integer number of minor units everywhere. Conversion between currencies is done
 * with BigInt rational arithmetic and rounded once, half to even, to the base currency's minor
 * unit, so that no floating-point error can creep into an amount.
 */

const ZERO_DIGIT_CURRENCIES = new Set([
  'JPY',
  'XOF',
  'XAF',
  'UGX',
  'RWF',
  'KRW',
  'VND',
  'CLP',
  'ISK',
  'PYG',
  'GNF',
  'KMF',
  'DJF',
  'BIF',
  'VUV',
  'XPF',
]);
const THREE_DIGIT_CURRENCIES = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD']);

/** The ISO 4217 exponent: how many minor units make one major unit, as a power of ten. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (ZERO_DIGIT_CURRENCIES.has(code)) return 0;
  if (THREE_DIGIT_CURRENCIES.has(code)) return 3;
  return 2;
}

export interface RateLookupProblem {
  currency: string;
  problem: 'no_rate';
}

/** A positive rational number, numerator over denominator. */
interface ExactRate {
  numerator: bigint;
  denominator: bigint;
}

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/;

/** Reads a decimal string such as "0.0017" exactly; null when it is not one. */
export function parseDecimalRate(rate: string): ExactRate | null {
  const match = DECIMAL_PATTERN.exec(rate.trim());
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  return { numerator: BigInt(whole + fraction), denominator: 10n ** BigInt(fraction.length) };
}

/**
 * The rate of `currency` in force on `on`: the latest whose effectiveOn is on or before it, or
 * the earliest one when `on` precedes them all. Null when the currency has no (readable) rate.
 */
export function rateInForce(input: {
  currency: string;
  rates: readonly ExchangeRate[];
  on: string;
}): ExchangeRate | null {
  const code = input.currency.toUpperCase();
  const candidates = input.rates
    .filter((rate) => rate.currency.toUpperCase() === code && parseDecimalRate(rate.rate) !== null)
    .sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
  let chosen: ExchangeRate | null = candidates[0] ?? null;
  for (const rate of candidates) {
    if (rate.effectiveOn <= input.on) chosen = rate;
  }
  return chosen;
}

/** numerator / denominator rounded to the nearest integer, ties to the even one. */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideHalfEven(-numerator, -denominator);
  if (numerator < 0n) return -divideHalfEven(-numerator, denominator);
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator) return quotient + 1n;
  if (twiceRemainder === denominator && quotient % 2n === 1n) return quotient + 1n;
  return quotient;
}

/**
 * Like convertToBase, with the amount and the result as BigInt, so that a caller can check the
 * result's size before turning it into a number.
 */
export function convertToBaseExact(input: {
  amountMinor: bigint;
  currency: string;
  baseCurrency: string;
  rates: readonly ExchangeRate[];
  on: string;
}): { baseMinor: bigint } | RateLookupProblem {
  if (input.currency.toUpperCase() === input.baseCurrency.toUpperCase()) {
    return { baseMinor: input.amountMinor };
  }
  const rate = rateInForce(input);
  const exact = rate === null ? null : parseDecimalRate(rate.rate);
  if (exact === null) return { currency: input.currency, problem: 'no_rate' };
  // amount / 10^from × rate × 10^to, kept as one fraction until the single rounding.
  const numerator = input.amountMinor * exact.numerator * 10n ** BigInt(currencyDigits(input.baseCurrency));
  const denominator = exact.denominator * 10n ** BigInt(currencyDigits(input.currency));
  return { baseMinor: divideHalfEven(numerator, denominator) };
}

/**
 * Exact conversion of an amount in `currency` minor units to base minor units, half-even.
 * `amountMinor` must be a safe integer (as every validated amount is).
 */
export function convertToBase(input: {
  amountMinor: number;
  currency: string;
  baseCurrency: string;
  rates: readonly ExchangeRate[];
  on: string /* YYYY-MM-DD */;
}): { baseMinor: number } | RateLookupProblem {
  const converted = convertToBaseExact({ ...input, amountMinor: BigInt(input.amountMinor) });
  return 'problem' in converted ? converted : { baseMinor: Number(converted.baseMinor) };
}

/**
 * An amount in `from` minor units expressed in `to` minor units, through the plan's rates (each
 * says how many base units one unit of its currency is worth; the base currency is worth 1), kept
 * as one fraction and rounded once, half to even. A problem names the currency without a rate.
 */
export function convertBetween(input: {
  amountMinor: number;
  from: string;
  to: string;
  baseCurrency: string;
  rates: readonly ExchangeRate[];
  on: string;
}): { amountMinor: number } | RateLookupProblem {
  const from = input.from.toUpperCase();
  const to = input.to.toUpperCase();
  if (from === to) return { amountMinor: input.amountMinor };
  const rateOf = (currency: string) => {
    if (currency === input.baseCurrency.toUpperCase()) return { numerator: 1n, denominator: 1n };
    const rate = rateInForce({ currency, rates: input.rates, on: input.on });
    return rate === null ? null : parseDecimalRate(rate.rate);
  };
  const fromRate = rateOf(from);
  if (fromRate === null) return { currency: input.from, problem: 'no_rate' };
  const toRate = rateOf(to);
  if (toRate === null) return { currency: input.to, problem: 'no_rate' };
  // amount / 10^from × rateFrom / rateTo × 10^to
  const numerator =
    BigInt(input.amountMinor) * fromRate.numerator * toRate.denominator * 10n ** BigInt(currencyDigits(to));
  const denominator = fromRate.denominator * toRate.numerator * 10n ** BigInt(currencyDigits(from));
  return { amountMinor: Number(divideHalfEven(numerator, denominator)) };
}

/**
 * Splits `amount` into `parts` integers that add up to it, remainder to the first parts
 * (largest remainder with equal shares). No parts for a count below one.
 */
export function splitEvenly(amount: number, parts: number): number[] {
  return splitEvenlyFrom({ amount, parts, firstPart: 0 });
}

/**
 * splitEvenly, with the remainder units handed out from part `firstPart` onwards, wrapping round.
 * Splitting several amounts one after another, each starting where the previous one's remainder
 * stopped, gives every part exactly what splitting their sum would have given it.
 */
export function splitEvenlyFrom(input: { amount: number; parts: number; firstPart: number }): number[] {
  const { amount, parts } = input;
  if (!Number.isInteger(parts) || parts < 1) return [];
  const sign = amount < 0 ? -1 : 1;
  const magnitude = Math.abs(amount);
  // `%` is exact on integers; dividing the rest then is too (a float floor might not be).
  const remainder = magnitude % parts;
  const base = (magnitude - remainder) / parts;
  const first = ((input.firstPart % parts) + parts) % parts;
  const shares = new Array<number>(parts).fill(base);
  for (let unit = 0; unit < remainder; unit += 1) {
    const index = (first + unit) % parts;
    shares[index] = base + 1;
  }
  return shares.map((share) => (sign < 0 && share !== 0 ? -share : share));
}

/** An amount for messages and exports, e.g. 123450 USD → "1234.50 USD" (no grouping, exact). */
export function formatMinorUnits(amountMinor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const major = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return `${sign}${major} ${currency}`;
}
