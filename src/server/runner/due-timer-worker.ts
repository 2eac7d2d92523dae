/**
 * Fires due timers. A pass claims due timers with a lease (on PostgreSQL with FOR UPDATE SKIP LOCKED, so several
 * servers share them), then fires each through the same one-transaction run command as any other, which marks the
 * timer fired only while this worker still holds it: a timer fires once even when a lease expires mid-way. A worker
 * that crashes leaves its leases to expire and another pass takes the timers again; timers are rows, so they also
 * fire after a restart. `runDueTimers` is one pass with a given `now` (tests call it); `startTimerPoller` polls.
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { isAppError } from '../../api/app-error.ts';
import { insertIncident } from '../../store/repositories/incidents.ts';
import { claimDueTimers, markTimerFired, markTimerObsolete, recordTimerFailure, type TimerRecord } from '../../store/repositories/timers.ts';
import { executeRunCommand } from './execute-run-command.ts';
import type { Runner } from './runner.ts';

/** How long a claim holds: firing takes milliseconds, so a minute survives any pause and delays a crashed claimer's timers by at most that. */
export const DEFAULT_TIMER_LEASE_MS = 60_000;
/** A timer whose firing failed this often (a bug, not a conflict) stops being claimed and raises an incident to retry. */
export const MAX_TIMER_ATTEMPTS = 5;
/** Conflicts with a concurrent command on the same run are retried at once, this often. */
const CONFLICT_RETRIES = 3;

export interface DueTimerPassOptions {
  now: string;
  workerId: string;
  leaseMs?: number;
  /** Timers claimed per pass. */
  limit?: number;
}

export interface DueTimerPassResult {
  claimed: number;
  fired: number;
  /** Timers whose run moved on (the task was completed, the run ended): they will never fire. */
  obsolete: number;
  /** Timers another worker took over after this one's lease expired. */
  lost: number;
  failed: number;
}

class TimerOutcome extends Error {
  constructor(readonly outcome: 'obsolete' | 'lost') {
    super(outcome);
  }
}

export function createWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export async function runDueTimers(runner: Runner, options: DueTimerPassOptions): Promise<DueTimerPassResult> {
  const { now, workerId } = options;
  const leaseUntil = new Date(Date.parse(now) + (options.leaseMs ?? DEFAULT_TIMER_LEASE_MS)).toISOString();
  const timers = await claimDueTimers(runner.db, runner.dialect, { workerId, now, leaseUntil, limit: options.limit ?? 100, maxAttempts: MAX_TIMER_ATTEMPTS });
  const result: DueTimerPassResult = { claimed: timers.length, fired: 0, obsolete: 0, lost: 0, failed: 0 };
  for (const timer of timers) result[await fireClaimedTimer(runner, timer, workerId, now)]++;
  return result;
}

async function fireClaimedTimer(runner: Runner, timer: TimerRecord, workerId: string, now: string): Promise<'fired' | 'obsolete' | 'lost' | 'failed'> {
  for (let attempt = 0; ; attempt++) {
    try {
      await executeRunCommand(runner, { organizationId: timer.organizationId, runId: timer.runId, actorUserId: null, now }, (_trx, run) => {
        if (!run.state.timers?.[timer.engineTimerId]) throw new TimerOutcome('obsolete');
        return {
          command: { type: 'fireTimer', timerId: timer.engineTimerId },
          onWritten: async (trx) => {
            if (!(await markTimerFired(trx, timer.id, workerId, now))) throw new TimerOutcome('lost');
          },
        };
      });
      return 'fired';
    } catch (error) {
      if (error instanceof TimerOutcome) {
        if (error.outcome === 'obsolete') await markTimerObsolete(runner.db, timer.id);
        return error.outcome;
      }
      if (isAppError(error) && error.code === 'RUN_NOT_RUNNING') {
        await markTimerObsolete(runner.db, timer.id);
        return 'obsolete';
      }
      if (isAppError(error) && error.code === 'RUN_CHANGED' && attempt < CONFLICT_RETRIES) continue;
      await recordFailure(runner, timer, workerId, now, error);
      return 'failed';
    }
  }
}

async function recordFailure(runner: Runner, timer: TimerRecord, workerId: string, now: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  runner.log.error({ timerId: timer.id, runId: timer.runId, attempts: timer.attempts, err: error }, 'firing a timer failed');
  await runner.db.transaction().execute(async (trx) => {
    await recordTimerFailure(trx, timer.id, workerId, message);
    if (timer.attempts >= MAX_TIMER_ATTEMPTS) {
      await insertIncident(
        trx,
        { organizationId: timer.organizationId, runId: timer.runId, engineIncidentId: null, timerId: timer.id, elementId: timer.elementId, error: `the timer failed to fire ${timer.attempts} times: ${message}` },
        now,
      );
    }
  });
}
