/**
 * Inserts a run of a published version and takes its first steps (from the named start event, else the process's
 * start), inside the caller's transaction: the run row, the engine's first steps, their tasks, timers and history.
 */
import type { Kysely } from 'kysely';
import type { Variables } from '../../api/schemas/runs.ts';
import { insertRun } from '../../store/repositories/runs.ts';
import type { Database } from '../../store/tables.ts';
import { advanceRun } from './advance-run.ts';
import type { RunCommandOutcome } from './execute-run-command.ts';
import type { Runner } from './runner.ts';

export interface RunToBegin {
  organizationId: number;
  teamId: number;
  processId: number;
  processVersionId: number;
  businessKey: string | null;
  /** null: started by the system (a timer start event). */
  startedByUserId: number | null;
  variables: Variables;
  startEventId?: string | undefined;
}

export async function beginRun(trx: Kysely<Database>, runner: Runner, run: RunToBegin, now: string): Promise<RunCommandOutcome> {
  const { organizationId, teamId, processId, processVersionId, businessKey, startedByUserId } = run;
  const runId = await insertRun(trx, { organizationId, teamId, processId, processVersionId, businessKey, startedByUserId }, now);
  const { createdTasks } = await advanceRun(
    trx,
    runner,
    { id: runId, organizationId, teamId, processVersionId, state: null, version: 0 },
    { type: 'start', variables: run.variables, ...(run.startEventId ? { startEventId: run.startEventId } : {}) },
    { actorUserId: startedByUserId, now },
  );
  await runner.hooks.beforeCommit?.(trx, runId);
  return { runId, createdTasks };
}
