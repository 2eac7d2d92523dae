/** Lets a logged-in member through, and sends anyone else to the login page, remembering where they were going. */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session/use-session.ts';

export function RequireSession({ children }: { children: ReactNode }) {
  const { session, loggedOut } = useSession();
  const location = useLocation();
  if (!session) {
    // After an expired session the member wants to get back to the page; after logging out, the next person
    // to log in here should start at their own start page.
    const from = loggedOut ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={from ? { from } : null} />;
  }
  return children;
}
