import { describe, expect, it } from 'vitest';
import { pickSupportedLanguage } from './supported-languages.js';

describe('pickSupportedLanguage', () => {
  it('takes the primary subtag of the first supported preference', () => {
    expect(pickSupportedLanguage(['de-DE', 'pt-BR', 'fr'])).toBe('pt');
  });

  it('ignores case and underscores', () => {
    expect(pickSupportedLanguage(['ES_mx'])).toBe('es');
  });

  it('falls back to English when nothing matches', () => {
    expect(pickSupportedLanguage(['sw', 'am-ET'])).toBe('en');
    expect(pickSupportedLanguage([])).toBe('en');
  });
});
