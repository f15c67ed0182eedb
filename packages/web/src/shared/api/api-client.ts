import type { ErrorResponse } from '@coreteam/core';

/** An answer from the API that was not a success, with the server's error body when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse | undefined,
  ) {
    super(body?.error.message ?? `The server answered ${status}`);
    this.name = 'ApiError';
  }
}

/** GETs a JSON document from the Coreteam API. Network failures reject with a TypeError, as fetch does. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as ErrorResponse | undefined;
    throw new ApiError(response.status, body);
  }
  return (await response.json()) as T;
}
