/**
 * Gives a task to another member of its run's team (one who may work: not a viewer). Owners, admins and managers
 * reassign any task; a va hands over only a task it holds.
 */
import { appError } from '../../api/app-error.ts';
import { canManageRuns } from '../../api/roles.ts';
import { insertHistory } from '../../store/repositories/run-history.ts';
import { reassignTask as reassignTaskRow } from '../../store/repositories/tasks.ts';
import { listTeamWorkerIds } from '../../store/repositories/teams.ts';
import type { Principal } from '../auth/access.ts';
import type { Runner } from '../runner/runner.ts';
import { assertTaskActive, findVisibleTask } from './find-visible-task.ts';

export async function reassignTask(runner: Runner, principal: Principal, taskId: number, toUserId: number, now = new Date().toISOString()): Promise<void> {
  const task = await findVisibleTask(runner.db, principal, taskId);
  const workers = await listTeamWorkerIds(runner.db, task.teamId);
  if (!workers.includes(toUserId)) {
    throw appError('VALIDATION_FAILED', { field: 'userId', message: "userId is not a member of this run's team who can do tasks" });
  }
  assertTaskActive(task);
  if (!canManageRuns(principal.role) && task.assignee?.id !== principal.userId) throw appError('TASK_NOT_YOURS');
  if (task.assignee?.id === toUserId) return;
  await runner.db.transaction().execute(async (trx) => {
    if (!(await reassignTaskRow(trx, { id: task.id, expectedAssigneeUserId: task.assignee?.id ?? null, toUserId }, now))) {
      throw appError('RUN_CHANGED', { details: { runId: task.runId } });
    }
    await insertHistory(trx, principal.organizationId, task.runId, [
      { at: now, kind: 'taskReassigned', elementId: task.elementId, userId: principal.userId, variables: null, detail: `to user ${toUserId}` },
    ]);
  });
}
