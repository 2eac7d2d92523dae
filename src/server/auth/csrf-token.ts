/** A CSRF token bound to one session: an HMAC of its id, so it needs no storage and dies with the session. */
import { signValue } from './secret-token.ts';

export function csrfTokenFor(sessionSecret: string, sessionId: string): string {
  return signValue(sessionSecret, `csrf:${sessionId}`);
}
