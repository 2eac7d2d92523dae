/**
 * Delivers a message from outside (a lead replied, a document arrived) to the one run waiting for it, named by its
 * id or by its business key, with the message's variables. A business key that several waiting runs share is refused:
 * the caller names the run. Naming a process instead starts a new run at its message start event when no run of that
 * process waits for the message (BPMN's message start).
 */
import { appError } from '../../api/app-error.ts';
import type { Variables } from '../../api/schemas/runs.ts';
import type { RunState } from '../../engine/index.ts';
import { findRunningRunsByBusinessKey } from '../../store/repositories/runs.ts';
import type { Principal } from '../auth/access.ts';
import { executeRunCommand } from '../runner/execute-run-command.ts';
import type { Runner } from '../runner/runner.ts';
import { findVisibleRun } from './find-visible-run.ts';
import { listVisibleTeamIds } from './list-visible-team-ids.ts';
import { startRun } from './start-run.ts';

export interface CorrelateMessageInput {
  name: string;
  processId?: number | undefined;
  runId?: number | undefined;
  businessKey?: string | undefined;
  variables: Variables;
}

function waitsFor(state: RunState, name: string): boolean {
  return Object.values(state.subscriptions ?? {}).some((subscription) => subscription.kind === 'message' && subscription.name === name);
}

/** Returns the id of the run the message went to. */
export async function correlateMessage(runner: Runner, principal: Principal, input: CorrelateMessageInput, now = new Date().toISOString()): Promise<number> {
  let runId: number;
  if (input.runId !== undefined) {
    const run = await findVisibleRun(runner.db, principal, input.runId);
    if (input.businessKey !== undefined && run.businessKey !== input.businessKey) {
      throw appError('VALIDATION_FAILED', { field: 'businessKey', message: 'businessKey is not the business key of this run' });
    }
    runId = run.id;
  } else {
    const teamIds = await listVisibleTeamIds(runner.db, principal);
    const candidates =
      input.businessKey === undefined
        ? []
        : (await findRunningRunsByBusinessKey(runner.db, principal.organizationId, input.businessKey, teamIds)).filter((run) => input.processId === undefined || run.processId === input.processId);
    const waiting = candidates.filter((run) => waitsFor(run.state, input.name));
    if (waiting.length === 0 && input.processId !== undefined) {
      const started = await startRun(runner, principal, { processId: input.processId, variables: input.variables, businessKey: input.businessKey, messageName: input.name }, now);
      return started.runId;
    }
    if (waiting.length === 0) {
      throw candidates.length === 0
        ? appError('NOT_FOUND', { field: 'businessKey', message: 'No running run has this business key.' })
        : appError('MESSAGE_NOT_EXPECTED', { field: 'name', message: `No run with this business key waits for the message "${input.name}".` });
    }
    if (waiting.length > 1) throw appError('MESSAGE_AMBIGUOUS', { field: 'businessKey', details: { runIds: waiting.map((run) => run.id) } });
    runId = waiting[0]!.id;
  }
  await executeRunCommand(runner, { organizationId: principal.organizationId, runId, actorUserId: principal.userId, now }, () => ({
    command: { type: 'correlateMessage', name: input.name, variables: input.variables },
  }));
  return runId;
}
