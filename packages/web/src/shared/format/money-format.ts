import { currencyDigits } from '@coreteam/core';

/*
 * Amounts for reading only. The plans feature's money module also parses typed amounts, which
 * brings the plan schemas (and zod) into the page; the dashboard only shows figures, so it keeps
 * to this much and stays light.
 */

const formats = new Map<string, Intl.NumberFormat>();

/** "MZN 1,250.50", "1 250,50 MZN"… in the reader's language, from integer minor units. */
export function formatMoney(minor: number, currency: string, language: string): string {
  const digits = currencyDigits(currency);
  const key = `${language} ${currency}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(language, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    } catch {
      format = new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    }
    formats.set(key, format);
  }
  return format.format(minor / 10 ** digits);
}

/** Major units as a plain number, for chart heights only (never for sums). */
export function majorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}
