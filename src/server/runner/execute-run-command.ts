/**
 * One command on an existing run, in one transaction: read the run, let the caller check and choose the engine
 * command (and its own row changes), advance, write with the version check, apply the effects, commit.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { Command } from '../../engine/index.ts';
import { findRun, type RunRecord } from '../../store/repositories/runs.ts';
import type { Database } from '../../store/tables.ts';
import { advanceRun, type AdvanceRunResult } from './advance-run.ts';
import type { CreatedTask } from './apply-effects.ts';
import type { Runner } from './runner.ts';

export interface RunCommandTarget {
  organizationId: number;
  runId: number;
  /** Who caused it, for the history; null for the server itself (a timer). */
  actorUserId: number | null;
  now: string;
}

/** What a use-case reports after a command: the run, and the tasks the command created (its next steps). */
export interface RunCommandOutcome {
  runId: number;
  createdTasks: CreatedTask[];
}

export interface PlannedCommand {
  command: Command;
  /** The command's own row changes, made after the version-checked write (e.g. the task row it completes). */
  onWritten?: ((trx: Kysely<Database>) => Promise<void>) | undefined;
}

export async function executeRunCommand(
  runner: Runner,
  target: RunCommandTarget,
  plan: (trx: Kysely<Database>, run: RunRecord) => PlannedCommand | Promise<PlannedCommand>,
): Promise<AdvanceRunResult & { run: RunRecord }> {
  return runner.db.transaction().execute(async (trx) => {
    const run = await findRun(trx, target.organizationId, target.runId);
    if (!run) throw appError('NOT_FOUND', { field: 'runId', message: 'There is no such run.' });
    if (run.status !== 'running') throw appError('RUN_NOT_RUNNING');
    await runner.hooks.afterLoad?.(trx, run);
    const { command, onWritten } = await plan(trx, run);
    const result = await advanceRun(trx, runner, run, command, { actorUserId: target.actorUserId, now: target.now, onWritten });
    await runner.hooks.beforeCommit?.(trx, run.id);
    return { ...result, run };
  });
}
