import type { ErrorResponse } from '@coreteam/core';

/** An answer from the API that was not a success, with the server's error body when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse | undefined,
    /** From the Retry-After header of a 429, in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(body?.error.message ?? `The server answered ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.body?.error.code;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The session's CSRF token, sent with every state-changing request. It lives in memory only
 * (never in storage), so a script injected into another page of the origin cannot read it back
 * later; a reload fetches it again from `GET /api/me`.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What the session needs to hear about, whichever page made the request. */
export type SessionSignal =
  'signed-out' | 'password-change-required' | 'two-factor-enrolment-required' | 'csrf-stale';

const sessionListeners = new Set<(signal: SessionSignal) => void>();

export function onSessionSignal(listener: (signal: SessionSignal) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

function signalOf(error: ApiError): SessionSignal | undefined {
  if (error.status === 401 && error.code === 'unauthenticated') return 'signed-out';
  if (error.status === 403 && error.code === 'password_change_required') return 'password-change-required';
  if (error.status === 403 && error.code === 'csrf_failed') return 'csrf-stale';
  if (error.status === 403 && error.code === 'two_factor_enrolment_required')
    return 'two-factor-enrolment-required';
  return undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // Seeded content (the built-in framework) comes back in the language the person chose here.
  if (typeof document !== 'undefined' && document.documentElement.lang)
    headers['accept-language'] = document.documentElement.lang;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) {
    const errorBody = (await response.json().catch(() => undefined)) as ErrorResponse | undefined;
    const retryAfter = Number(response.headers.get('retry-after'));
    const error = new ApiError(
      response.status,
      errorBody,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
    const sessionSignal = signalOf(error);
    if (sessionSignal) for (const listener of sessionListeners) listener(sessionSignal);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** GETs a JSON document from the Coreteam API. Network failures reject with a TypeError, as fetch does. */
export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, undefined, signal);
}

export function postJson<T>(path: string, body?: unknown): Promise<T> {
  return request<T>('POST', path, body);
}

export function putJson<T>(path: string, body: unknown): Promise<T> {
  return request<T>('PUT', path, body);
}

export function patchJson<T>(path: string, body: unknown): Promise<T> {
  return request<T>('PATCH', path, body);
}

export function deleteRequest(path: string): Promise<void> {
  return request<void>('DELETE', path);
}
