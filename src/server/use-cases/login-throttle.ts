/** Refuses logins after repeated failures for one email or from one address, across every server process. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { clearLoginFailures, findLoginFailures, recordLoginFailure } from '../../store/repositories/login-failures.ts';
import type { Database } from '../../store/tables.ts';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

function keysFor(email: string, address: string): Array<{ key: string; max: number }> {
  return [
    { key: `email:${email}`, max: MAX_FAILURES_PER_EMAIL },
    { key: `ip:${address}`, max: MAX_FAILURES_PER_ADDRESS },
  ];
}

export async function assertLoginAllowed(db: Kysely<Database>, email: string, address: string, now: Date): Promise<void> {
  for (const { key, max } of keysFor(email, address)) {
    const failures = await findLoginFailures(db, key);
    if (!failures) continue;
    const windowEnds = Date.parse(failures.firstFailedAt) + LOGIN_WINDOW_MS;
    if (failures.count >= max && windowEnds > now.getTime()) {
      const retryAfterSeconds = Math.ceil((windowEnds - now.getTime()) / 1000);
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw appError('TOO_MANY_ATTEMPTS', {
        message: `Too many failed attempts: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        details: { retryAfterSeconds },
      });
    }
  }
}

export async function recordFailedLogin(db: Kysely<Database>, email: string, address: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  for (const { key } of keysFor(email, address)) await recordLoginFailure(db, key, now.toISOString(), windowStart);
}

export async function recordSuccessfulLogin(db: Kysely<Database>, email: string): Promise<void> {
  await clearLoginFailures(db, `email:${email}`);
}
