import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson, isAbortError } from './api-client.js';

export type ResourceState<T> =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'loaded'; data: T };

export interface ApiResource<T> {
  state: ResourceState<T>;
  /** Fetches again; what is on screen stays until the new answer arrives. */
  reload: () => void;
  /** Replaces the data with what a write returned, without asking the server again. */
  replace: (data: T) => void;
}

/** One GET, with loading and failure states, cancelled when the page goes away or the path changes. */
export function useApiResource<T>(path: string): ApiResource<T> {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // Seeded content (framework, roles, terms of reference) comes in the chosen language: a new
  // choice asks again, keeping what is on screen until the answer arrives.
  const { i18n } = useTranslation();
  const language = i18n.language;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    getJson<T>(path, controller.signal).then(
      (data) => setState({ status: 'loaded', data }),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [path, generation, language]);

  // A new path is a new resource: do not show the previous one's data meanwhile.
  const [shownPath, setShownPath] = useState(path);
  if (shownPath !== path) {
    setShownPath(path);
    setState({ status: 'loading' });
  }

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const replace = useCallback((data: T) => setState({ status: 'loaded', data }), []);
  return { state, reload, replace };
}
