import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../schemas/plan.schema.js';
import {
  convertBetween,
  convertToBase,
  currencyDigits,
  divideHalfEven,
  formatMinorUnits,
  parseDecimalRate,
  rateInForce,
  splitEvenly,
  splitEvenlyFrom,
} from './money.js';

const rate = (currency: string, value: string, effectiveOn: string): ExchangeRate => ({
  currency,
  rate: value,
  effectiveOn,
});

describe('currencyDigits', () => {
  it('gives the ISO 4217 exponent of zero-, two- and three-digit currencies', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('XOF')).toBe(0);
    expect(currencyDigits('UGX')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('KES')).toBe(2);
    expect(currencyDigits('KWD')).toBe(3);
    expect(currencyDigits('TND')).toBe(3);
  });

  it('does not mind lower-case codes', () => {
    expect(currencyDigits('jpy')).toBe(0);
  });
});

describe('divideHalfEven', () => {
  it('rounds ties to the even neighbour and everything else to the nearest', () => {
    expect(divideHalfEven(5n, 2n)).toBe(2n);
    expect(divideHalfEven(7n, 2n)).toBe(4n);
    expect(divideHalfEven(10n, 4n)).toBe(2n);
    expect(divideHalfEven(14n, 4n)).toBe(4n);
    expect(divideHalfEven(11n, 4n)).toBe(3n);
    expect(divideHalfEven(9n, 4n)).toBe(2n);
    expect(divideHalfEven(-5n, 2n)).toBe(-2n);
    expect(divideHalfEven(-7n, 2n)).toBe(-4n);
    expect(divideHalfEven(-11n, 4n)).toBe(-3n);
  });
});

describe('parseDecimalRate', () => {
  it('reads a decimal string exactly as a fraction', () => {
    expect(parseDecimalRate('0.0017')).toEqual({ numerator: 17n, denominator: 10000n });
    expect(parseDecimalRate('1.08')).toEqual({ numerator: 108n, denominator: 100n });
    expect(parseDecimalRate('655')).toEqual({ numerator: 655n, denominator: 1n });
    expect(parseDecimalRate('1,08')).toBeNull();
  });
});

describe('rateInForce', () => {
  const rates = [
    rate('EUR', '1.20', '2026-07-01'),
    rate('EUR', '1.10', '2026-01-01'),
    rate('XOF', '0.0017', '2026-01-01'),
  ];

  it('takes the latest rate that has come into force on the day', () => {
    expect(rateInForce({ currency: 'EUR', rates, on: '2026-06-30' })?.rate).toBe('1.10');
    expect(rateInForce({ currency: 'EUR', rates, on: '2026-07-01' })?.rate).toBe('1.20');
    expect(rateInForce({ currency: 'EUR', rates, on: '2029-01-01' })?.rate).toBe('1.20');
  });

  it('takes the earliest rate for a day before every rate of the currency', () => {
    expect(rateInForce({ currency: 'EUR', rates, on: '2025-03-15' })?.rate).toBe('1.10');
  });

  it('finds nothing for a currency without rates', () => {
    expect(rateInForce({ currency: 'GBP', rates, on: '2026-03-15' })).toBeNull();
  });
});

describe('convertToBase', () => {
  const rates = [
    rate('EUR', '1.08', '2026-01-01'),
    rate('EUR', '1.15', '2027-01-01'),
    rate('XOF', '0.001524', '2026-01-01'),
    rate('JPY', '0.005', '2026-01-01'),
  ];
  const toUsd = (amountMinor: number, currency: string, on = '2026-05-01') =>
    convertToBase({ amountMinor, currency, baseCurrency: 'USD', rates, on });

  it('leaves amounts in the base currency as they are', () => {
    expect(toUsd(12_345, 'USD')).toEqual({ baseMinor: 12_345 });
  });

  it('converts between two-digit currencies', () => {
    // EUR 100.00 × 1.08 = USD 108.00
    expect(toUsd(10_000, 'EUR')).toEqual({ baseMinor: 10_800 });
  });

  it('converts a zero-digit currency into cents, rounding once', () => {
    // XOF 655,957 × 0.001524 = USD 999.678468 → 99,967.8468 cents → 99,968
    expect(toUsd(655_957, 'XOF')).toEqual({ baseMinor: 99_968 });
  });

  it('rounds exact half cents to the even cent', () => {
    // 1 yen × 0.005 = 0.5 cent → 0; 3 yen = 1.5 cents → 2; 5 yen = 2.5 cents → 2
    expect(toUsd(1, 'JPY')).toEqual({ baseMinor: 0 });
    expect(toUsd(3, 'JPY')).toEqual({ baseMinor: 2 });
    expect(toUsd(5, 'JPY')).toEqual({ baseMinor: 2 });
  });

  it('is exact where floating-point arithmetic is not', () => {
    // 50 × 2.45 is 122.5 exactly (a float says 122.50000000000001): half-even gives 122.
    const eurRates = [rate('EUR', '2.45', '2026-01-01'), rate('GBP', '1.15', '2026-01-01')];
    const on = '2026-01-01';
    expect(
      convertToBase({ amountMinor: 50, currency: 'EUR', baseCurrency: 'USD', rates: eurRates, on }),
    ).toEqual({
      baseMinor: 122,
    });
    // 50 × 1.15 is 57.5 exactly (a float says 57.49999999999999): half-even gives 58.
    expect(
      convertToBase({ amountMinor: 50, currency: 'GBP', baseCurrency: 'USD', rates: eurRates, on }),
    ).toEqual({
      baseMinor: 58,
    });
  });

  it('uses the rate in force on the given day', () => {
    expect(toUsd(10_000, 'EUR', '2027-03-01')).toEqual({ baseMinor: 11_500 });
    expect(toUsd(10_000, 'EUR', '2025-12-31')).toEqual({ baseMinor: 10_800 });
  });

  it('converts into a three-digit base currency', () => {
    // USD 1.00 × 0.307 = KWD 0.307 = 307 fils
    const kwd = [rate('USD', '0.307', '2026-01-01')];
    expect(
      convertToBase({ amountMinor: 100, currency: 'USD', baseCurrency: 'KWD', rates: kwd, on: '2026-02-01' }),
    ).toEqual({ baseMinor: 307 });
  });

  it('converts from a three-digit currency into a zero-digit base', () => {
    // KWD 1.500 × 487.123 = JPY 730.6845 → 731
    const jpy = [rate('KWD', '487.123', '2026-01-01')];
    expect(
      convertToBase({
        amountMinor: 1_500,
        currency: 'KWD',
        baseCurrency: 'JPY',
        rates: jpy,
        on: '2026-02-01',
      }),
    ).toEqual({ baseMinor: 731 });
  });

  it('stays exact for the largest amounts accepted', () => {
    const big = [rate('EUR', '1.123456789012', '2026-01-01')];
    expect(
      convertToBase({
        amountMinor: 90_000_000_000_000,
        currency: 'EUR',
        baseCurrency: 'USD',
        rates: big,
        on: '2026-01-01',
      }),
    ).toEqual({ baseMinor: 101_111_111_011_080 });
  });

  it('reports a currency without any rate instead of guessing', () => {
    expect(toUsd(100, 'GBP')).toEqual({ currency: 'GBP', problem: 'no_rate' });
  });
});

describe('splitEvenly', () => {
  it('gives the remainder units to the first parts', () => {
    expect(splitEvenly(100, 3)).toEqual([34, 33, 33]);
    expect(splitEvenly(101, 3)).toEqual([34, 34, 33]);
    expect(splitEvenly(2, 3)).toEqual([1, 1, 0]);
    expect(splitEvenly(99, 3)).toEqual([33, 33, 33]);
  });

  it('handles zero amounts and single parts', () => {
    expect(splitEvenly(0, 2)).toEqual([0, 0]);
    expect(splitEvenly(7, 1)).toEqual([7]);
  });

  it('gives no parts when there is nothing to split between', () => {
    expect(splitEvenly(5, 0)).toEqual([]);
  });

  it('keeps large amounts exact', () => {
    expect(splitEvenly(9_007_199_254_740_991, 2)).toEqual([4_503_599_627_370_496, 4_503_599_627_370_495]);
  });

  it('splits negative amounts symmetrically', () => {
    expect(splitEvenly(-100, 3)).toEqual([-34, -33, -33]);
  });
});

describe('splitEvenlyFrom', () => {
  it('hands the remainder out from the given part, wrapping round', () => {
    expect(splitEvenlyFrom({ amount: 5, parts: 3, firstPart: 2 })).toEqual([2, 1, 2]);
  });

  it('gives each part what a split of the sum would when chained', () => {
    // 7 secured + 5 pledged + 4 unfunded between 3 parts; their sum 16 splits as [6, 5, 5].
    const secured = splitEvenlyFrom({ amount: 7, parts: 3, firstPart: 0 }); // [3, 2, 2]
    const pledged = splitEvenlyFrom({ amount: 5, parts: 3, firstPart: 1 }); // [1, 2, 2]
    const unfunded = splitEvenlyFrom({ amount: 4, parts: 3, firstPart: 0 }); // [2, 1, 1]
    expect(secured).toEqual([3, 2, 2]);
    expect(pledged).toEqual([1, 2, 2]);
    expect(unfunded).toEqual([2, 1, 1]);
    expect(secured.map((s, i) => s + (pledged[i] ?? 0) + (unfunded[i] ?? 0))).toEqual(splitEvenly(16, 3));
  });
});

describe('formatMinorUnits', () => {
  it('writes an amount in major units with the currency', () => {
    expect(formatMinorUnits(123_450, 'USD')).toBe('1234.50 USD');
    expect(formatMinorUnits(5, 'EUR')).toBe('0.05 EUR');
    expect(formatMinorUnits(1_500, 'JPY')).toBe('1500 JPY');
    expect(formatMinorUnits(307, 'KWD')).toBe('0.307 KWD');
    expect(formatMinorUnits(-250, 'USD')).toBe('-2.50 USD');
  });
});

describe('convertBetween', () => {
  const rates: ExchangeRate[] = [
    { currency: 'XOF', rate: '0.0016', effectiveOn: '2026-01-01' },
    { currency: 'EUR', rate: '1.08', effectiveOn: '2026-01-01' },
  ];
  const convert = (amountMinor: number, from: string, to: string) =>
    convertBetween({ amountMinor, from, to, baseCurrency: 'USD', rates, on: '2026-06-01' });

  it('leaves an amount in the same currency as it is', () => {
    expect(convert(12_345, 'EUR', 'EUR')).toEqual({ amountMinor: 12_345 });
  });

  it('converts to and from the base currency with the rate in force', () => {
    // 1,000.00 EUR × 1.08 = 1,080.00 USD; 1,080.00 USD / 0.0016 = 675,000 XOF (no minor unit)
    expect(convert(100_000, 'EUR', 'USD')).toEqual({ amountMinor: 108_000 });
    expect(convert(108_000, 'USD', 'XOF')).toEqual({ amountMinor: 675_000 });
  });

  it('goes between two foreign currencies through the base in one rounding, half to even', () => {
    // 1.00 EUR = 1.08 USD = 675 XOF exactly; 0.01 EUR = 0.0108 USD = 6.75 XOF → 7
    expect(convert(100, 'EUR', 'XOF')).toEqual({ amountMinor: 675 });
    expect(convert(1, 'EUR', 'XOF')).toEqual({ amountMinor: 7 });
    // 2 XOF = 0.0032 USD = 0.002962… EUR → 0 cents
    expect(convert(2, 'XOF', 'EUR')).toEqual({ amountMinor: 0 });
  });

  it('names the currency that has no rate', () => {
    expect(convert(100, 'GBP', 'USD')).toEqual({ currency: 'GBP', problem: 'no_rate' });
    expect(convert(100, 'USD', 'MZN')).toEqual({ currency: 'MZN', problem: 'no_rate' });
  });
});
