import { del, delMany, get, keys, set } from 'idb-keyval';
import type { MeResponse } from '@coreteam/core';
import { ApiError } from '../api/api-client.js';

/**
 * Copies of what the server last said, kept in IndexedDB so that the app still opens without a
 * network: who is signed in on this device, and the assessments they opened. Only a signed-in
 * person's own data is kept, and all of it goes at sign-out. The service worker never caches
 * /api answers; this is the only personal data the browser keeps, besides unsent answers
 * (features/assessments/pending-answers.ts), which stay until the server has them.
 *
 * Storage may be refused (private browsing, quota): then nothing is kept and the app simply needs
 * the network, as before.
 */
const PREFIX = 'coreteam.offline.';
const SESSION_KEY = `${PREFIX}session`;

export interface DeviceCopy<T> {
  value: T;
  /** When the server sent it (ISO): shown, so the person knows how old the copy is. */
  savedAt: string;
}

/** The signed-in person without the CSRF token, which lives in memory only (see api-client.ts). */
export type SessionCopy = Omit<MeResponse, 'csrfToken'>;

function assessmentKey(userId: string, assessmentId: string): string {
  return `${PREFIX}assessment.${userId}.${assessmentId}`;
}

async function write<T>(key: string, value: T): Promise<void> {
  try {
    await set(key, { value, savedAt: new Date().toISOString() } satisfies DeviceCopy<T>);
  } catch {
    // Not kept: the app needs the network for this next time.
  }
}

async function read<T>(key: string): Promise<DeviceCopy<T> | undefined> {
  try {
    const stored = await get<DeviceCopy<T>>(key);
    return stored && typeof stored.savedAt === 'string' && stored.value ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function saveSessionCopy(me: MeResponse): Promise<void> {
  const { user, teams, twoFactorEnrolmentRequired } = me;
  return write<SessionCopy>(SESSION_KEY, { user, teams, twoFactorEnrolmentRequired });
}

export function readSessionCopy(): Promise<DeviceCopy<SessionCopy> | undefined> {
  return read<SessionCopy>(SESSION_KEY);
}

export function saveAssessmentCopy<T>(userId: string, assessmentId: string, assessment: T): Promise<void> {
  return write(assessmentKey(userId, assessmentId), assessment);
}

export function readAssessmentCopy<T>(
  userId: string,
  assessmentId: string,
): Promise<DeviceCopy<T> | undefined> {
  return read<T>(assessmentKey(userId, assessmentId));
}

export async function forgetAssessmentCopy(userId: string, assessmentId: string): Promise<void> {
  try {
    await del(assessmentKey(userId, assessmentId));
  } catch {
    // Storage refused: nothing was kept either.
  }
}

/** At sign-out (or when the server says the session has ended): nothing personal stays behind. */
export async function forgetDeviceCopies(): Promise<void> {
  try {
    await del(SESSION_KEY);
    const stored = await keys();
    await delMany(stored.filter((key) => typeof key === 'string' && key.startsWith(PREFIX)));
  } catch {
    // Storage refused: nothing was kept either.
  }
}

/**
 * Whether a failed request means "the server could not be reached" (no network, or a proxy in
 * front of a server that is down) rather than an answer from the server.
 */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 0 || error.status >= 500;
  // fetch rejects with a TypeError when there is no answer at all.
  return error instanceof TypeError;
}
