/** Puts a claimed task back in its role's pool: its assignee may, and owners, admins and managers may for anyone. */
import { appError } from '../../api/app-error.ts';
import { canManageRuns } from '../../api/roles.ts';
import { insertHistory } from '../../store/repositories/run-history.ts';
import { releaseTask as releaseTaskRow } from '../../store/repositories/tasks.ts';
import type { Principal } from '../auth/access.ts';
import type { Runner } from '../runner/runner.ts';
import { assertTaskActive, findVisibleTask } from './find-visible-task.ts';

export async function releaseTask(runner: Runner, principal: Principal, taskId: number, now = new Date().toISOString()): Promise<void> {
  const task = await findVisibleTask(runner.db, principal, taskId);
  assertTaskActive(task);
  if (task.assignee === null) return;
  if (task.assignee.id !== principal.userId && !canManageRuns(principal.role)) throw appError('TASK_NOT_YOURS');
  const from = task.assignee.id;
  await runner.db.transaction().execute(async (trx) => {
    if (!(await releaseTaskRow(trx, task.id, from))) throw appError('RUN_CHANGED', { details: { runId: task.runId } });
    await insertHistory(trx, principal.organizationId, task.runId, [
      { at: now, kind: 'taskReleased', elementId: task.elementId, userId: principal.userId, variables: null, detail: `from user ${from}` },
    ]);
  });
}
