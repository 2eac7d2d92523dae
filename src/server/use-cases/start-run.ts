/**
 * Starts a run of a team's process at its latest published version (or the published version named), in one
 * transaction: the run row, the engine's first steps, their tasks, timers and history. The run keeps that version.
 */
import { appError } from '../../api/app-error.ts';
import type { Variables } from '../../api/schemas/runs.ts';
import { canEditProcesses } from '../../api/roles.ts';
import { findProcessToRun, findVersionToRun } from '../../store/repositories/runnable-versions.ts';
import type { Principal } from '../auth/access.ts';
import { beginRun, type RunToBegin } from '../runner/begin-run.ts';
import type { RunCommandOutcome } from '../runner/execute-run-command.ts';
import type { Runner } from '../runner/runner.ts';
import { canSeeTeam } from './list-visible-team-ids.ts';

export interface StartRunInput {
  processId: number;
  version?: number | undefined;
  variables: Variables;
  businessKey?: string | undefined;
  /** Start at the process's message start event of this name (a message from outside starts the run). */
  messageName?: string | undefined;
}

export async function startRun(runner: Runner, principal: Principal, input: StartRunInput, now = new Date().toISOString()): Promise<RunCommandOutcome> {
  const start = await resolveRunStart(runner, principal, input);
  return runner.db.transaction().execute((trx) => beginRun(trx, runner, start, now));
}

/**
 * Checks the caller may start a run of the process and finds what it starts from: the published version and, for a
 * message, its message start event. Refusals are the API's errors; nothing is written.
 */
export async function resolveRunStart(runner: Runner, principal: Principal, input: StartRunInput): Promise<RunToBegin> {
  const { db } = runner;
  // Who may see the process: editors every one of the organization, others those of their teams with a published version.
  const process = await findProcessToRun(db, principal.organizationId, input.processId);
  const editor = canEditProcesses(principal.role);
  const notFound = () => appError('NOT_FOUND', { field: 'processId', message: 'There is no such process.' });
  if (!process || (!editor && (process.teamId === null || !(await canSeeTeam(db, principal, process.teamId))))) throw notFound();
  if (process.retired) throw appError('PROCESS_RETIRED', { field: 'processId' });
  if (process.teamId === null) {
    throw appError('VERSION_NOT_RUNNABLE', { field: 'processId', message: "A library process does not run: use it as a template in a team, then run the team's copy." });
  }
  const version = await findVersionToRun(db, principal.organizationId, process.id, input.version);
  if (!version && input.version === undefined) {
    if (!editor) throw notFound();
    throw appError('VERSION_NOT_RUNNABLE', { field: 'processId', message: 'This process has no published version yet: publish it first.' });
  }
  if (!version || (version.status === 'draft' && !editor)) throw appError('NOT_FOUND', { field: 'version', message: `Version ${input.version} of this process does not exist.` });
  if (version.status !== 'published') {
    throw appError('VERSION_NOT_RUNNABLE', { field: 'version', message: `Version ${version.number} is ${version.status === 'draft' ? 'a draft' : 'retired'}: only a published version can be run.` });
  }
  const runnable = await runner.versions.get(db, version.id).catch((error: unknown) => {
    throw appError('VERSION_NOT_RUNNABLE', { message: `This version cannot be read as a process: ${error instanceof Error ? error.message : String(error)}` });
  });
  if (runnable.unsupported.length > 0) {
    const first = runnable.unsupported[0]!;
    throw appError('VERSION_NOT_RUNNABLE', {
      message: `This version has elements the engine cannot run, e.g. ${first.elementId} (${first.type}): ${first.reason}.`,
      details: { unsupported: runnable.unsupported },
    });
  }
  const startEventId = input.messageName === undefined ? undefined : runnable.process.messageStartEventIds[input.messageName];
  if (input.messageName !== undefined && !startEventId) {
    throw appError('MESSAGE_NOT_EXPECTED', { field: 'name', message: `Version ${version.number} of this process has no message start event for "${input.messageName}".` });
  }
  return {
    organizationId: principal.organizationId,
    teamId: process.teamId,
    processId: process.id,
    processVersionId: version.id,
    businessKey: input.businessKey ?? null,
    startedByUserId: principal.userId,
    variables: input.variables,
    startEventId,
  };
}
