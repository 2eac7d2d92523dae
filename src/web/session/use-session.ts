/** Reads the session context; every page below SessionProvider may call it. */
import { useContext } from 'react';
import { SessionContext, type SessionState } from './session-context.ts';

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be called below <SessionProvider>');
  return state;
}
