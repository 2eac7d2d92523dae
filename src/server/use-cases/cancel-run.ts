/** Cancels a running run: its open tasks and timers go, its open incidents close, and the history says who and why. */
import type { Principal } from '../auth/access.ts';
import { executeRunCommand } from '../runner/execute-run-command.ts';
import type { Runner } from '../runner/runner.ts';
import { findVisibleRun } from './find-visible-run.ts';
import { recordAudit } from './record-audit.ts';

export async function cancelRun(runner: Runner, principal: Principal, runId: number, reason: string | undefined, now = new Date().toISOString()): Promise<void> {
  const run = await findVisibleRun(runner.db, principal, runId);
  await executeRunCommand(runner, { organizationId: principal.organizationId, runId: run.id, actorUserId: principal.userId, now }, () => ({
    command: { type: 'cancel', ...(reason ? { reason } : {}) },
    onWritten: (trx) => recordAudit(trx, principal, 'run.cancelled', { type: 'run', id: run.id }, reason ? { reason } : {}),
  }));
}
