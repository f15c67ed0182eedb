import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { MeResponse } from '@coreteam/core';
import { ApiError, getJson, onSessionSignal, postJson, setCsrfToken } from '../api/api-client.js';
import { changeLanguage, i18next } from '../i18n/i18n.js';
import {
  forgetDeviceCopies,
  isUnreachable,
  readSessionCopy,
  saveSessionCopy,
} from '../offline/device-copy.js';
import { OfflineNotice } from '../offline/offline-notice.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'signed-out'; setupRequired: boolean }
  | {
      status: 'signed-in';
      me: MeResponse;
      /**
       * The server could not be reached when the app started: `me` is the copy kept on this
       * device (without a CSRF token) until the server answers again.
       */
      offline?: boolean;
    };

export interface Session {
  state: SessionState;
  /** Asks the server again; shows the loading state only when nothing is known yet. */
  reload(): void;
  /** Re-reads the signed-in person (teams, roles) without the loading state. */
  refresh(): Promise<void>;
  /** After sign-in or first-run setup: keeps the CSRF token and applies the person's language. */
  signedIn(me: MeResponse): Promise<void>;
  /** After a write that answered with the person anew (profile, password change). */
  update(me: MeResponse): void;
  signOut(): Promise<void>;
  /**
   * Before a write: after an offline start, asks the server for the session (and so its CSRF
   * token). Rejects when the server still cannot be reached or the session has ended.
   */
  confirm(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

/**
 * Whether this browser signed in earlier. Only a hint, never a secret: it spares a first visit
 * the `GET /api/me` that would answer 401, which browsers report as a console error. When
 * storage is refused we simply always ask.
 */
const SESSION_HINT_KEY = 'coreteam.signedInBefore';

/** Whether this browser was signed in at its last visit: what a page can expect while it asks. */
export function signedInBefore(): boolean {
  return shouldAskForSession();
}

function shouldAskForSession(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) === 'yes';
  } catch {
    return true;
  }
}

function setSessionHint(signedIn: boolean): void {
  try {
    window.localStorage.setItem(SESSION_HINT_KEY, signedIn ? 'yes' : 'no');
  } catch {
    // Storage refused: shouldAskForSession() then always answers yes.
  }
}

async function readSession(probe: boolean): Promise<SessionState> {
  if (probe) {
    try {
      const me = await getJson<MeResponse>('/api/me');
      return { status: 'signed-in', me };
    } catch (error) {
      if (isUnreachable(error)) {
        // No network: someone signed in on this device opens the app from what it saved.
        const copy = await readSessionCopy();
        if (copy) return { status: 'signed-in', me: { ...copy.value, csrfToken: null }, offline: true };
      }
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
  }
  setSessionHint(false);
  const { setupRequired } = await getJson<{ setupRequired: boolean }>('/api/setup');
  return { status: 'signed-out', setupRequired };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const current = useRef(state);
  current.current = state;

  const apply = useCallback((next: SessionState) => {
    setCsrfToken(next.status === 'signed-in' ? next.me.csrfToken : null);
    if (next.status === 'signed-in') setSessionHint(true);
    if (next.status === 'signed-in' && !next.offline) void saveSessionCopy(next.me);
    setState(next);
  }, []);

  /** After an offline start: the server's answer replaces the device's copy (one request at a time). */
  const confirming = useRef<Promise<void>>();
  const confirm = useCallback((): Promise<void> => {
    const now = current.current;
    if (now.status === 'signed-in' && !now.offline) return Promise.resolve();
    confirming.current ??= getJson<MeResponse>('/api/me')
      .then((me) => apply({ status: 'signed-in', me }))
      .finally(() => (confirming.current = undefined));
    return confirming.current;
  }, [apply]);

  const offline = state.status === 'signed-in' && state.offline === true;
  useEffect(() => {
    if (!offline) return;
    // Unreachable still: keep the device's copy. Signed out meanwhile: the 401 signal handles it.
    const onOnline = () => void confirm().catch(() => undefined);
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [offline, confirm]);

  const load = useCallback(
    (probe: boolean) => {
      setState((previous) =>
        previous.status === 'signed-in' || previous.status === 'signed-out'
          ? previous
          : { status: 'loading' },
      );
      readSession(probe).then(apply, () => setState({ status: 'failed' }));
    },
    [apply],
  );

  useEffect(() => load(shouldAskForSession()), [load]);

  useEffect(
    () =>
      onSessionSignal((signal) => {
        if (signal === 'signed-out') {
          setSessionHint(false);
          void forgetDeviceCopies();
          setCsrfToken(null);
          setState({ status: 'signed-out', setupRequired: false });
        } else {
          // A temporary password to change, or a CSRF token that no longer matches the cookie
          // (signed in again in another tab): the server tells us the current state.
          load(true);
        }
      }),
    [load],
  );

  const session = useMemo<Session>(
    () => ({
      state,
      reload: () => load(true),
      refresh: async () => {
        try {
          apply({ status: 'signed-in', me: await getJson<MeResponse>('/api/me') });
        } catch {
          // Signed out meanwhile (the signal handles it) or offline: keep what we have.
        }
      },
      signedIn: async (me) => {
        apply({ status: 'signed-in', me });
        if (i18next.language !== me.user.preferredLanguage) await changeLanguage(me.user.preferredLanguage);
      },
      update: (me) => apply({ status: 'signed-in', me }),
      signOut: async () => {
        try {
          await postJson('/api/auth/logout');
        } catch {
          // Already signed out on the server, or unreachable: forget the session here anyway.
        }
        setSessionHint(false);
        setCsrfToken(null);
        await forgetDeviceCopies();
        setState({ status: 'signed-out', setupRequired: false });
      },
      confirm,
    }),
    [state, load, apply, confirm],
  );

  return (
    <SessionContext.Provider value={session}>
      <OfflineNotice signedIn={state.status === 'signed-in'} fromDeviceCopy={offline} />
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}

/** The signed-in person's answer from /api/me, for parts that render only when signed in. */
export function useMe(): MeResponse {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe() while not signed in');
  return state.me;
}
