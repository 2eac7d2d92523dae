/**
 * Timers of runs as rows, so they survive a restart. A worker claims due timers with a lease (claimed_by,
 * claimed_until); on PostgreSQL with FOR UPDATE SKIP LOCKED so several servers share the work without waiting on
 * each other. A claimer that crashes leaves its lease to expire, and the timer is claimed again.
 */
import type { Kysely } from 'kysely';
import { claimDueRows, type DueClaim } from '../claim-due-rows.ts';
import type { DialectName } from '../connection.ts';
import type { Database } from '../tables.ts';

export interface TimerRecord {
  id: number;
  organizationId: number;
  runId: number;
  engineTimerId: string;
  elementId: string;
  dueAt: string;
  attempts: number;
}

export interface NewTimer {
  organizationId: number;
  runId: number;
  engineTimerId: string;
  elementId: string;
  dueAt: string;
}

export async function insertTimer(db: Kysely<Database>, timer: NewTimer): Promise<void> {
  await db
    .insertInto('timers')
    .values({
      organization_id: timer.organizationId,
      run_id: timer.runId,
      engine_timer_id: timer.engineTimerId,
      element_id: timer.elementId,
      due_at: timer.dueAt,
      status: 'scheduled',
    })
    .execute();
}

export async function markTimerCancelled(db: Kysely<Database>, runId: number, engineTimerId: string): Promise<void> {
  await db.updateTable('timers').set({ status: 'cancelled' }).where('run_id', '=', runId).where('engine_timer_id', '=', engineTimerId).where('status', '=', 'scheduled').execute();
}

/**
 * Claims up to `limit` timers due at `now` whose lease is free or expired, for `workerId` until `leaseUntil`, in one
 * short transaction of its own. Each claim counts as an attempt.
 */
export async function claimDueTimers(db: Kysely<Database>, dialect: DialectName, claim: DueClaim): Promise<TimerRecord[]> {
  return db.transaction().execute(async (trx) => {
    const ids = await claimDueRows(trx, dialect, 'timers', claim);
    if (ids.length === 0) return [];
    const rows = await trx.selectFrom('timers').select(['id', 'organization_id', 'run_id', 'engine_timer_id', 'element_id', 'due_at', 'attempts']).where('id', 'in', ids).execute();
    return rows
      .map((row) => ({
        id: row.id,
        organizationId: row.organization_id,
        runId: row.run_id,
        engineTimerId: row.engine_timer_id,
        elementId: row.element_id,
        dueAt: row.due_at,
        attempts: row.attempts,
      }))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id - b.id);
  });
}

/** Marks a claimed timer fired, only if this worker still holds it: false when its lease expired and another worker took it. */
export async function markTimerFired(db: Kysely<Database>, timerId: number, workerId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('timers')
    .set({ status: 'fired', fired_at: now, claimed_until: null })
    .where('id', '=', timerId)
    .where('status', '=', 'scheduled')
    .where('claimed_by', '=', workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A timer that no longer exists in its run's state (the run moved on): it will never fire. */
export async function markTimerObsolete(db: Kysely<Database>, timerId: number): Promise<void> {
  await db.updateTable('timers').set({ status: 'cancelled', claimed_until: null }).where('id', '=', timerId).where('status', '=', 'scheduled').execute();
}

/** Remembers why firing failed and frees the lease, so the next pass tries again. */
export async function recordTimerFailure(db: Kysely<Database>, timerId: number, workerId: string, error: string): Promise<void> {
  await db
    .updateTable('timers')
    .set({ last_error: error.slice(0, 2000), claimed_until: null, claimed_by: null })
    .where('id', '=', timerId)
    .where('claimed_by', '=', workerId)
    .execute();
}

/** Gives a timer that kept failing its attempts back (its incident was retried). */
export async function resetTimerAttempts(db: Kysely<Database>, timerId: number): Promise<void> {
  await db.updateTable('timers').set({ attempts: 0, last_error: null, claimed_by: null, claimed_until: null }).where('id', '=', timerId).execute();
}

export async function findTimer(db: Kysely<Database>, timerId: number): Promise<{ id: number; status: string; attempts: number; lastError: string | null } | undefined> {
  const row = await db.selectFrom('timers').select(['id', 'status', 'attempts', 'last_error']).where('id', '=', timerId).executeTakeFirst();
  return row && { id: row.id, status: row.status, attempts: row.attempts, lastError: row.last_error };
}
