/** The React context that carries who is logged in, shared by every page through useSession. */
import { createContext } from 'react';
import type { ApiError } from '../../api/client.ts';
import type { Session } from '../../api/schemas/auth.ts';

/** Where the app stands before it can show a page: checking, needs setup, ready, or the server cannot be reached. */
export type SessionStatus = 'loading' | 'setup' | 'ready' | 'unavailable';

export interface SessionState {
  status: SessionStatus;
  /** Null when nobody is logged in. */
  session: Session | null;
  /** True when the member logged out here, rather than their session expiring. */
  loggedOut: boolean;
  /** Why the server could not be reached, when status is 'unavailable'. */
  bootError: ApiError | null;
  /** Call with the Session that setup, login or accepting an invitation returned. */
  signIn: (session: Session) => void;
  signOut: () => Promise<void>;
  /** Drops the session without asking the server, after it answered 401. */
  forget: () => void;
  retry: () => void;
}

export const SessionContext = createContext<SessionState | null>(null);
