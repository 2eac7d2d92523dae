/**
 * Starts runs from due timer start events. A pass claims due start timers with a lease (as run timers are claimed),
 * then for each, in one transaction, starts a run of the version at that start event and moves the timer to its next
 * occurrence -- only while this worker still holds the timer, so an occurrence starts one run even when a lease
 * expires mid-way. A start that fails is retried by later passes and its error is kept on the timer.
 */
import { findTeam } from '../../store/repositories/teams.ts';
import { claimDueStartTimers, recordStartTimerFailure, rescheduleStartTimer, type StartTimerRecord } from '../../store/repositories/start-timers.ts';
import { beginRun } from './begin-run.ts';
import { computeFollowingStart } from './compute-next-start.ts';
import { DEFAULT_TIMER_LEASE_MS, MAX_TIMER_ATTEMPTS, type DueTimerPassOptions } from './due-timer-worker.ts';
import type { Runner } from './runner.ts';

export interface StartTimerPassResult {
  claimed: number;
  started: number;
  /** Timers another worker took over, or whose process was republished or retired meanwhile. */
  lost: number;
  failed: number;
}

class LostStartTimer extends Error {}

export async function runDueStartTimers(runner: Runner, options: DueTimerPassOptions): Promise<StartTimerPassResult> {
  const { now, workerId } = options;
  const leaseUntil = new Date(Date.parse(now) + (options.leaseMs ?? DEFAULT_TIMER_LEASE_MS)).toISOString();
  const timers = await claimDueStartTimers(runner.db, runner.dialect, { workerId, now, leaseUntil, limit: options.limit ?? 100, maxAttempts: MAX_TIMER_ATTEMPTS });
  const result: StartTimerPassResult = { claimed: timers.length, started: 0, lost: 0, failed: 0 };
  for (const timer of timers) result[await startFromTimer(runner, timer, workerId, now)]++;
  return result;
}

async function startFromTimer(runner: Runner, timer: StartTimerRecord, workerId: string, now: string): Promise<'started' | 'lost' | 'failed'> {
  try {
    const version = await runner.versions.get(runner.db, timer.processVersionId);
    const trigger = version.process.elements[timer.elementId]?.trigger;
    if (trigger?.kind !== 'timer') throw new Error(`${timer.elementId} is not a timer start event of version ${version.number}`);
    await runner.db.transaction().execute(async (trx) => {
      const team = await findTeam(trx, timer.organizationId, timer.teamId);
      const { runId } = await beginRun(
        trx,
        runner,
        {
          organizationId: timer.organizationId,
          teamId: timer.teamId,
          processId: timer.processId,
          processVersionId: timer.processVersionId,
          businessKey: null,
          startedByUserId: null,
          variables: {},
          startEventId: timer.elementId,
        },
        now,
      );
      const next = computeFollowingStart(trigger.timer, Date.parse(timer.dueAt!), Date.parse(now), team?.timeZone ?? 'UTC', timer.repetitionsLeft);
      if (!(await rescheduleStartTimer(trx, timer.id, workerId, { ...next, runId, now }))) throw new LostStartTimer();
    });
    return 'started';
  } catch (error) {
    if (error instanceof LostStartTimer) return 'lost';
    runner.log.error({ startTimerId: timer.id, processId: timer.processId, attempts: timer.attempts, err: error }, 'starting a run from a timer failed');
    await recordStartTimerFailure(runner.db, timer.id, workerId, error instanceof Error ? error.message : String(error));
    return 'failed';
  }
}

