/**
 * Timer start events of published team processes as rows: one per start event of the process's current published
 * version, rescheduled in place each time it starts a run, claimed with a lease like run timers.
 */
import type { Kysely } from 'kysely';
import { claimDueRows, type DueClaim } from '../claim-due-rows.ts';
import type { DialectName } from '../connection.ts';
import type { Database, StartTimerTable } from '../tables.ts';

export type StartTimerStatus = 'scheduled' | 'finished' | 'cancelled';

export interface StartTimerRecord {
  id: number;
  organizationId: number;
  teamId: number;
  processId: number;
  processVersionId: number;
  elementId: string;
  schedule: string;
  status: StartTimerStatus;
  dueAt: string | null;
  repetitionsLeft: number | null;
  attempts: number;
  lastError: string | null;
  startedCount: number;
  lastRunId: number | null;
  lastStartedAt: string | null;
}

export interface PlannedStartTimer {
  elementId: string;
  schedule: string;
  dueAt: string | null;
  repetitionsLeft: number | null;
}

type StartTimerRow = { [K in keyof StartTimerTable]: K extends 'id' | 'attempts' | 'started_count' ? number : StartTimerTable[K] };

function rowToStartTimer(row: StartTimerRow): StartTimerRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    teamId: row.team_id,
    processId: row.process_id,
    processVersionId: row.process_version_id,
    elementId: row.element_id,
    schedule: row.schedule,
    status: row.status as StartTimerStatus,
    dueAt: row.due_at,
    repetitionsLeft: row.repetitions_left,
    attempts: row.attempts,
    lastError: row.last_error,
    startedCount: row.started_count,
    lastRunId: row.last_run_id,
    lastStartedAt: row.last_started_at,
  };
}

/** Makes `timers` the process's start timers: the previous version's scheduled ones are cancelled. */
export async function replaceStartTimers(
  db: Kysely<Database>,
  owner: { organizationId: number; teamId: number; processId: number; processVersionId: number },
  timers: readonly PlannedStartTimer[],
  now: string,
): Promise<void> {
  await cancelStartTimers(db, owner.organizationId, owner.processId);
  if (timers.length === 0) return;
  await db
    .insertInto('start_timers')
    .values(
      timers.map((timer) => ({
        organization_id: owner.organizationId,
        team_id: owner.teamId,
        process_id: owner.processId,
        process_version_id: owner.processVersionId,
        element_id: timer.elementId,
        schedule: timer.schedule,
        status: timer.dueAt === null ? 'finished' : 'scheduled',
        due_at: timer.dueAt,
        repetitions_left: timer.repetitionsLeft,
        created_at: now,
      })),
    )
    .execute();
}

/** Stops a process's scheduled starts (a newer version replaces them, or the process is retired). */
export async function cancelStartTimers(db: Kysely<Database>, organizationId: number, processId: number): Promise<void> {
  await db
    .updateTable('start_timers')
    .set({ status: 'cancelled', claimed_by: null, claimed_until: null })
    .where('organization_id', '=', organizationId)
    .where('process_id', '=', processId)
    .where('status', '=', 'scheduled')
    .execute();
}

/** The start timers of a process's current published version (scheduled or finished), with that version's number. */
export async function listStartTimers(db: Kysely<Database>, organizationId: number, processId: number): Promise<Array<StartTimerRecord & { versionNumber: number }>> {
  const rows = await db
    .selectFrom('start_timers')
    .innerJoin('process_versions', 'process_versions.id', 'start_timers.process_version_id')
    .selectAll('start_timers')
    .select('process_versions.number as version_number')
    .where('start_timers.organization_id', '=', organizationId)
    .where('start_timers.process_id', '=', processId)
    .where('start_timers.status', '!=', 'cancelled')
    .orderBy('start_timers.element_id')
    .execute();
  return rows.map((row) => ({ ...rowToStartTimer(row), versionNumber: row.version_number }));
}

/** A team's scheduled start timers with a cron schedule: their due time depends on the team's time zone. */
export async function listScheduledCronStartTimers(db: Kysely<Database>, organizationId: number, teamId: number): Promise<StartTimerRecord[]> {
  const rows = await db.selectFrom('start_timers').selectAll().where('organization_id', '=', organizationId).where('team_id', '=', teamId).where('status', '=', 'scheduled').execute();
  // A cron schedule has spaces; durations, dates and R/ cycles never do.
  return rows.map(rowToStartTimer).filter((timer) => timer.schedule.includes(' '));
}

/** Moves a scheduled start timer to another due time, leaving a timer being started (claimed) to its claimer. */
export async function moveStartTimer(db: Kysely<Database>, timerId: number, dueAt: string | null, now: string): Promise<void> {
  await db
    .updateTable('start_timers')
    .set({ due_at: dueAt, status: dueAt === null ? 'finished' : 'scheduled' })
    .where('id', '=', timerId)
    .where('status', '=', 'scheduled')
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .execute();
}

/** Claims due start timers for `workerId`, in one short transaction of its own. */
export async function claimDueStartTimers(db: Kysely<Database>, dialect: DialectName, claim: DueClaim): Promise<StartTimerRecord[]> {
  return db.transaction().execute(async (trx) => {
    const ids = await claimDueRows(trx, dialect, 'start_timers', claim);
    if (ids.length === 0) return [];
    const rows = await trx.selectFrom('start_timers').selectAll().where('id', 'in', ids).orderBy('due_at').orderBy('id').execute();
    return rows.map(rowToStartTimer);
  });
}

/**
 * Records that a claimed start timer started `runId` and sets its next occurrence (none: finished), only while
 * `workerId` still holds it and it is still scheduled: false when the lease was lost or the process moved on.
 */
export async function rescheduleStartTimer(
  db: Kysely<Database>,
  timerId: number,
  workerId: string,
  next: { dueAt: string | null; repetitionsLeft: number | null; runId: number; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('start_timers')
    .set((eb) => ({
      status: next.dueAt === null ? 'finished' : 'scheduled',
      due_at: next.dueAt,
      repetitions_left: next.repetitionsLeft,
      claimed_by: null,
      claimed_until: null,
      attempts: 0,
      last_error: null,
      started_count: eb('started_count', '+', 1),
      last_run_id: next.runId,
      last_started_at: next.now,
    }))
    .where('id', '=', timerId)
    .where('status', '=', 'scheduled')
    .where('claimed_by', '=', workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Remembers why starting failed and frees the lease, so a later pass tries again (until the attempts run out). */
export async function recordStartTimerFailure(db: Kysely<Database>, timerId: number, workerId: string, error: string): Promise<void> {
  await db
    .updateTable('start_timers')
    .set({ last_error: error.slice(0, 2000), claimed_until: null, claimed_by: null })
    .where('id', '=', timerId)
    .where('claimed_by', '=', workerId)
    .execute();
}
