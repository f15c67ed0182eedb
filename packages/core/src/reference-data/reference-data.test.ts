import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from './countries.js';
import { CURRENCY_CODES, isCurrencyCode } from './currencies.js';

describe('reference data', () => {
  it('knows the countries of ISO 3166-1 (and Kosovo), each once', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    for (const code of ['MZ', 'SN', 'LA', 'BR', 'XK']) expect(isCountryCode(code)).toBe(true);
    for (const code of ['UK', 'EU', 'ZZ', 'mz', 'MOZ']) expect(isCountryCode(code)).toBe(false);
  });

  it('knows the ISO 4217 currencies DHIS2 countries budget in', () => {
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    for (const code of ['USD', 'EUR', 'XOF', 'MZN', 'LAK', 'NOK']) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['usd', 'XYZ', 'EURO']) expect(isCurrencyCode(code)).toBe(false);
  });
});
