import { describe, expect, it } from 'vitest';
import {
  activityQuarter,
  activityStartDate,
  amountInputText,
  convertToBase,
  currencyDigits,
  parseAmount,
} from './money.js';

describe('parseAmount', () => {
  it('turns typed major units into exact minor units without float arithmetic', () => {
    expect(parseAmount('12.34', 2, 'en')).toEqual({ ok: true, minor: 1234 });
    expect(parseAmount('1,250.50', 2, 'en')).toEqual({ ok: true, minor: 125050 });
    expect(parseAmount('0.29', 2, 'en')).toEqual({ ok: true, minor: 29 });
    expect(parseAmount('4.35', 2, 'en')).toEqual({ ok: true, minor: 435 });
    expect(parseAmount('80000000000.01', 2, 'en')).toEqual({ ok: true, minor: 8000000000001 });
  });

  it('reads numbers the way the reader’s language writes them', () => {
    expect(parseAmount('1 250,5', 2, 'fr')).toEqual({ ok: true, minor: 125050 });
    expect(parseAmount('1250.5', 2, 'fr')).toEqual({ ok: true, minor: 125050 });
    expect(parseAmount('1.250,50', 2, 'es')).toEqual({ ok: true, minor: 125050 });
    expect(parseAmount('1250,5', 2, 'pt')).toEqual({ ok: true, minor: 125050 });
  });

  it('respects the currency’s decimals', () => {
    expect(parseAmount('150000', 0, 'en')).toEqual({ ok: true, minor: 150000 });
    expect(parseAmount('1.5', 0, 'en')).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseAmount('1.500', 2, 'en')).toEqual({ ok: true, minor: 150 });
    expect(parseAmount('2.125', 3, 'en')).toEqual({ ok: true, minor: 2125 });
  });

  it('refuses what is not an amount', () => {
    expect(parseAmount('', 2, 'en')).toEqual({ ok: false, problem: 'empty' });
    expect(parseAmount('-5', 2, 'en')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('1.2.3', 2, 'en')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('1.5', 2, 'es')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('12abc', 2, 'en')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('999999999999999', 2, 'en')).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('writes minor units back as editable text', () => {
    expect(amountInputText(125050, 2, 'en')).toBe('1250.50');
    expect(amountInputText(5, 2, 'fr')).toBe('0,05');
    expect(amountInputText(150000, 0, 'en')).toBe('150000');
  });
});

describe('convertToBase', () => {
  const rates = [
    { currency: 'EUR', rate: '1.08', effectiveOn: '2026-01-01' },
    { currency: 'EUR', rate: '1.10', effectiveOn: '2027-01-01' },
    { currency: 'XOF', rate: '0.0017', effectiveOn: '2026-01-01' },
  ];

  it('uses the rate in force on the day, or the earliest one before every rate', () => {
    expect(
      convertToBase({ amountMinor: 10000, currency: 'EUR', baseCurrency: 'USD', rates, on: '2026-06-01' }),
    ).toBe(10800);
    expect(
      convertToBase({ amountMinor: 10000, currency: 'EUR', baseCurrency: 'USD', rates, on: '2027-03-01' }),
    ).toBe(11000);
    expect(
      convertToBase({ amountMinor: 10000, currency: 'EUR', baseCurrency: 'USD', rates, on: '2025-03-01' }),
    ).toBe(10800);
  });

  it('converts between currencies with different decimals and rounds half to even', () => {
    // 150 000 XOF × 0.0017 = 255.00 USD
    expect(
      convertToBase({ amountMinor: 150000, currency: 'XOF', baseCurrency: 'USD', rates, on: '2026-02-01' }),
    ).toBe(25500);
    // 5 XOF × 0.0017 = 0.0085 USD → 0.85 cents → 1 cent; 3 XOF → 0.51 cents → 1 cent
    expect(
      convertToBase({ amountMinor: 5, currency: 'XOF', baseCurrency: 'USD', rates, on: '2026-02-01' }),
    ).toBe(1);
    const half = [{ currency: 'EUR', rate: '0.5', effectiveOn: '2026-01-01' }];
    expect(
      convertToBase({ amountMinor: 1, currency: 'EUR', baseCurrency: 'USD', rates: half, on: '2026-01-01' }),
    ).toBe(0);
    expect(
      convertToBase({ amountMinor: 3, currency: 'EUR', baseCurrency: 'USD', rates: half, on: '2026-01-01' }),
    ).toBe(2);
  });

  it('knows no rate for a currency the plan does not list, and none is needed for the base', () => {
    expect(
      convertToBase({ amountMinor: 100, currency: 'GBP', baseCurrency: 'USD', rates, on: '2026-01-01' }),
    ).toBeUndefined();
    expect(
      convertToBase({ amountMinor: 100, currency: 'USD', baseCurrency: 'USD', rates: [], on: '2026-01-01' }),
    ).toBe(100);
  });
});

describe('activity timing', () => {
  it('starts a quarter on its first day and a year on 1 January', () => {
    expect(activityStartDate({ kind: 'quarter', year: 2027, quarter: 3 })).toBe('2027-07-01');
    expect(activityStartDate({ kind: 'quarter', year: 2027, quarter: null })).toBe('2027-01-01');
    expect(activityQuarter({ kind: 'dates', startsOn: '2026-11-30', endsOn: '2027-01-10' })).toEqual({
      year: 2026,
      quarter: 4,
    });
  });

  it('knows the ISO 4217 decimals', () => {
    expect([currencyDigits('USD'), currencyDigits('XOF'), currencyDigits('KWD')]).toEqual([2, 0, 3]);
  });
});
