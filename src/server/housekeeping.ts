/** Deletes expired sessions and stale login-failure counters at start and then every hour. */
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/connection.ts';
import { deleteStaleLoginFailures } from '../store/repositories/login-failures.ts';
import { deleteExpiredSessions } from '../store/repositories/sessions.ts';
import { LOGIN_WINDOW_MS } from './use-cases/login-throttle.ts';

const INTERVAL_MS = 60 * 60_000;

export async function runHousekeeping(store: Store, now: Date): Promise<{ sessions: number; loginFailures: number }> {
  const sessions = await deleteExpiredSessions(store.db, now.toISOString());
  const loginFailures = await deleteStaleLoginFailures(store.db, new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString());
  return { sessions, loginFailures };
}

/** Returns a function that stops the schedule; the timer never keeps the process alive. */
export function scheduleHousekeeping(store: Store, log: FastifyBaseLogger): () => void {
  const run = () =>
    runHousekeeping(store, new Date()).then(
      (deleted) => log.debug({ deleted }, 'housekeeping done'),
      (error: unknown) => log.warn({ err: error }, 'housekeeping failed'),
    );
  void run();
  const timer = setInterval(run, INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
