/** Finds out on start whether setup is needed and who is logged in, and keeps that answer for every page. */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Session } from '../../api/schemas/auth.ts';
import { ApiError } from '../../api/client.ts';
import { api } from '../api.ts';
import { toApiError } from '../hooks/to-api-error.ts';
import { SessionContext, type SessionState, type SessionStatus } from './session-context.ts';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [bootError, setBootError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [loggedOut, setLoggedOut] = useState(false);

  useEffect(() => {
    let cancelled = false;
    async function boot() {
      try {
        const { needed } = await api.setupStatus();
        if (cancelled) return;
        if (needed) return setStatus('setup');
        const current = await loadSession();
        if (cancelled) return;
        setSession(current);
        setStatus('ready');
      } catch (error) {
        if (cancelled) return;
        setBootError(toApiError(error));
        setStatus('unavailable');
      }
    }
    void boot();
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const signIn = useCallback((next: Session) => {
    setLoggedOut(false);
    setSession(next);
    setStatus('ready');
  }, []);

  const forget = useCallback(() => {
    setLoggedOut(false);
    setSession(null);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      // Even if the server could not be told, this browser must stop showing the member's pages.
      setLoggedOut(true);
      setSession(null);
    }
  }, []);

  const retry = useCallback(() => {
    setStatus('loading');
    setAttempt((count) => count + 1);
  }, []);

  const state = useMemo<SessionState>(
    () => ({ status, session, loggedOut, bootError, signIn, signOut, forget, retry }),
    [status, session, loggedOut, bootError, signIn, signOut, forget, retry],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

/** The current session, or null when the server says nobody is logged in. */
async function loadSession(): Promise<Session | null> {
  try {
    return await api.session();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
