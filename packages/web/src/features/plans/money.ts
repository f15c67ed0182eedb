import { convertToBase as convertExactly, MAX_MINOR_UNITS, type ExchangeRate } from '@coreteam/core';

// The ISO 4217 exponents and the timing rules are the domain's (core); re-exported for the pages.
export { activityQuarter, activityStartDate, currencyDigits } from '@coreteam/core';

/*
 * Money in the plan is integer minor units end to end. People type major units ("1 250,50"), so
 * the typed text is turned into minor units with string and BigInt arithmetic only: a float
 * multiplication (12.34 × 100 = 1233.9999…) would lose a cent now and then.
 */

export type ParsedAmount =
  { ok: true; minor: number } | { ok: false; problem: 'empty' | 'invalid' | 'tooManyDecimals' | 'tooLarge' };

interface Separators {
  decimal: string;
  group: string;
}

const separatorCache = new Map<string, Separators>();

export function separatorsOf(language: string): Separators {
  let separators = separatorCache.get(language);
  if (!separators) {
    const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
    separators = {
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
    };
    separatorCache.set(language, separators);
  }
  return separators;
}

/**
 * Minor units from what someone typed in major units, in their language's way of writing
 * numbers ("1,250.50" in English, "1 250,50" in French, "1.250,50" in Spanish). A point is also
 * taken as the decimal separator where the language does not group digits with points.
 */
export function parseAmount(text: string, digits: number, language: string): ParsedAmount {
  const { decimal, group } = separatorsOf(language);
  let compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  let decimalSeparator = decimal;
  if (!compact.includes(decimal) && decimal !== '.' && group !== '.' && compact.split('.').length === 2) {
    decimalSeparator = '.';
  }
  const pieces = compact.split(decimalSeparator);
  if (pieces.length > 2) return { ok: false, problem: 'invalid' };
  const [typedWhole = '', fraction = ''] = pieces;
  // Grouped digits must come in threes ("1,250" or "1.250"), so that "1.5" is never read as 15.
  const whole = /^\d*$/.test(typedWhole)
    ? typedWhole
    : /^\d{1,3}([.,'’]\d{3})+$/.test(typedWhole)
      ? typedWhole.replace(/[.,'’]/g, '')
      : undefined;
  if (whole === undefined || !/^\d*$/.test(fraction) || whole + fraction === '') {
    return { ok: false, problem: 'invalid' };
  }
  if (fraction.replace(/0+$/, '').length > digits) return { ok: false, problem: 'tooManyDecimals' };
  compact = (whole === '' ? '0' : whole) + fraction.padEnd(digits, '0').slice(0, digits);
  const minor = BigInt(compact);
  if (minor > BigInt(MAX_MINOR_UNITS)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, minor: Number(minor) };
}

/** A whole number (a quantity) from typed text; undefined unless it is one. */
export function parseWholeNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(compact)) return undefined;
  return Number(compact);
}

/** Minor units written back as major units for an input, in the reader's language, without grouping. */
export function amountInputText(minor: number, digits: number, language: string): string {
  const text = String(minor).padStart(digits + 1, '0');
  if (digits === 0) return text;
  return `${text.slice(0, -digits)}${separatorsOf(language).decimal}${text.slice(-digits)}`;
}

// Display-only formatting is shared with pages that must stay light (no plan schemas, no zod).
export { formatMoney, majorUnits } from '../../shared/format/money-format.js';

// ---------------------------------------------------------------------------------------------
// The live total shown while an activity is edited (the server computes the saved one the same way).

/** An amount in base-currency minor units, or undefined when its currency has no rate in the plan. */
export function convertToBase(input: {
  amountMinor: number;
  currency: string;
  baseCurrency: string;
  rates: readonly ExchangeRate[];
  on: string;
}): number | undefined {
  const converted = convertExactly(input);
  return 'baseMinor' in converted ? converted.baseMinor : undefined;
}
