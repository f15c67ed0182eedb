import type { FastifyRequest } from 'fastify';
import { FALLBACK_LANGUAGE, isSupportedLanguage, type SupportedLanguage } from '@coreteam/core';

/**
 * The language to show seeded content in (the built-in framework, the roles catalogue): the first
 * supported language of the request's Accept-Language (the web app sends the language its user
 * chose), else the caller's preferred language, else English.
 */
export function readerLanguage(request: FastifyRequest): SupportedLanguage {
  const header = request.headers['accept-language'];
  if (typeof header === 'string' && header.length <= 500) {
    const ranked = header
      .split(',')
      .map((part, index) => {
        const [tag = '', ...parameters] = part.trim().split(';');
        const quality = parameters
          .map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1])
          .find((value) => value !== undefined);
        return { tag, quality: quality === undefined ? 1 : Number(quality), index };
      })
      .filter((entry) => entry.quality > 0)
      .sort((a, b) => b.quality - a.quality || a.index - b.index);
    for (const { tag } of ranked) {
      const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
      if (isSupportedLanguage(primary)) return primary;
    }
  }
  const preferred = request.caller?.user.preferredLanguage;
  return preferred !== undefined && isSupportedLanguage(preferred) ? preferred : FALLBACK_LANGUAGE;
}
