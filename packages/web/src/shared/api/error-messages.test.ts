import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ErrorResponse } from '@coreteam/core';
import { ApiError } from './api-client.js';
import { errorMessage, fieldErrors } from './error-messages.js';

/** Answers the key and its options, so that tests see which message was chosen. */
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

function apiError(
  status: number,
  code: string,
  details: ErrorResponse['error']['details'] = [],
  retry?: number,
) {
  return new ApiError(status, { error: { code, message: 'English text for logs', details } }, retry);
}

describe('errorMessage', () => {
  it('says the same thing for an unknown email and a wrong password', () => {
    expect(errorMessage(apiError(401, 'invalid_credentials'), t, 'en')).toBe('errors.invalidCredentials');
  });

  it('tells how long to wait after too many attempts, in the reader’s language', () => {
    expect(errorMessage(apiError(429, 'too_many_attempts', [], 840), t, 'en')).toBe(
      'errors.tooManyAttempts {"wait":"in 14 minutes"}',
    );
    expect(errorMessage(apiError(429, 'too_many_attempts', [], 840), t, 'fr')).toContain('dans 14 minutes');
  });

  it('explains a refusal to remove the last lead, and a failed network', () => {
    expect(errorMessage(apiError(409, 'last_lead'), t, 'en')).toBe('errors.lastLead');
    expect(errorMessage(new TypeError('Failed to fetch'), t, 'en')).toBe('errors.network');
    expect(errorMessage(apiError(500, 'internal_error'), t, 'en')).toBe('errors.server');
  });
});

describe('fieldErrors', () => {
  it('names each field without its body. prefix, in the reader’s words', () => {
    const error = apiError(400, 'weak_password', [
      { field: 'body.newPassword', problem: 'must be at least 12 characters long' },
      {
        field: 'body.newPassword',
        problem: 'is too common: choose a password that others are unlikely to use',
      },
    ]);
    expect(fieldErrors(error, t)).toEqual({
      newPassword: 'password.problems.too_short password.problems.common',
    });
  });

  it('uses the error code when it says more than the field problem', () => {
    const error = apiError(422, 'unknown_user', [
      { field: 'body.email', problem: 'does not belong to any account' },
    ]);
    expect(fieldErrors(error, t)).toEqual({ email: 'errors.unknownUser' });
    expect(fieldErrors(new TypeError('offline'), t)).toEqual({});
  });
});
