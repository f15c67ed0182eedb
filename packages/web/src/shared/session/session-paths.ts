import type { MeResponse } from '@coreteam/core';

/** A path inside this app, never another site (`//host`, `/\host`) or the sign-in page itself. */
export function safeNextPath(value: string | null | undefined): string | undefined {
  if (!value || !/^\/(?![/\\])/.test(value) || value.includes('\\')) return undefined;
  if (/^\/(sign-in|setup|change-password|two-factor)\b/.test(value)) return undefined;
  return value;
}

export function signInPath(from: string): string {
  return from === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(from)}`;
}

/** Where a person lands after signing in: where they were going, else their (first) team, else home. */
export function landingPath(me: MeResponse, next: string | undefined): string {
  if (me.user.mustChangePassword) {
    return next ? `/change-password?next=${encodeURIComponent(next)}` : '/change-password';
  }
  if (me.twoFactorEnrolmentRequired) {
    return next ? `/two-factor?next=${encodeURIComponent(next)}` : '/two-factor';
  }
  if (next) return next;
  const team = me.teams[0];
  return team ? `/teams/${encodeURIComponent(team.id)}` : '/';
}
