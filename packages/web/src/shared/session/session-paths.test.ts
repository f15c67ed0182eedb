import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@coreteam/core';
import { landingPath, safeNextPath, signInPath } from './session-paths.js';

function me(
  overrides: { mustChangePassword?: boolean; teams?: string[]; twoFactorEnrolmentRequired?: boolean } = {},
): MeResponse {
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'amina@example.org',
      displayName: 'Amina Diallo',
      preferredLanguage: 'en',
      active: true,
      systemAdmin: false,
      mustChangePassword: overrides.mustChangePassword ?? false,
      createdAt: '2026-11-28T10:00:00.000Z',
      version: 1,
      // Only the fields these rules read; the rest of the schema does not matter here.
    } as MeResponse['user'],
    teams: (overrides.teams ?? []).map((id) => ({ id, name: id, countryCode: 'MZ', roles: ['lead'] })),
    csrfToken: 'csrf',
    twoFactorEnrolmentRequired: overrides.twoFactorEnrolmentRequired ?? false,
  };
}

describe('safeNextPath', () => {
  it('keeps a path inside the app', () => {
    expect(safeNextPath('/teams/abc/access')).toBe('/teams/abc/access');
  });

  it('refuses addresses that would leave the app, however they are written', () => {
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example', 'evil', '/a\\b', '']) {
      expect(safeNextPath(next)).toBeUndefined();
    }
    expect(safeNextPath(null)).toBeUndefined();
  });

  it('never sends a person back to sign-in, setup or the password screen', () => {
    expect(safeNextPath('/sign-in?next=/x')).toBeUndefined();
    expect(safeNextPath('/setup')).toBeUndefined();
    expect(safeNextPath('/change-password')).toBeUndefined();
  });
});

describe('where a person lands', () => {
  it('remembers where a signed-out visitor was going', () => {
    expect(signInPath('/account')).toBe('/sign-in?next=%2Faccount');
    expect(signInPath('/')).toBe('/sign-in');
  });

  it('goes first to the password screen while a temporary password is in use', () => {
    expect(landingPath(me({ mustChangePassword: true }), undefined)).toBe('/change-password');
    expect(landingPath(me({ mustChangePassword: true }), '/account')).toBe(
      '/change-password?next=%2Faccount',
    );
  });

  it('then where they were going, else their first team, else home', () => {
    expect(landingPath(me({ teams: ['t1', 't2'] }), '/account')).toBe('/account');
    expect(landingPath(me({ teams: ['t1', 't2'] }), undefined)).toBe('/teams/t1');
    expect(landingPath(me(), undefined)).toBe('/');
  });
});

describe('landingPath with a required second factor', () => {
  it('sends the person to set it up first, keeping where they were going', () => {
    expect(landingPath(me({ twoFactorEnrolmentRequired: true, teams: ['t1'] }), '/admin/teams')).toBe(
      '/two-factor?next=%2Fadmin%2Fteams',
    );
    expect(landingPath(me({ twoFactorEnrolmentRequired: true }), undefined)).toBe('/two-factor');
  });

  it('asks for the temporary password to be changed before anything else', () => {
    expect(landingPath(me({ twoFactorEnrolmentRequired: true, mustChangePassword: true }), undefined)).toBe(
      '/change-password',
    );
  });

  it('never sends anyone back to the two-factor page after it', () => {
    expect(safeNextPath('/two-factor')).toBeUndefined();
  });
});
