/** Takes an open task from its role's pool; claiming one's own task again changes nothing, someone else's is refused. */
import { appError } from '../../api/app-error.ts';
import { insertHistory } from '../../store/repositories/run-history.ts';
import { claimTask as claimTaskRow } from '../../store/repositories/tasks.ts';
import type { Principal } from '../auth/access.ts';
import type { Runner } from '../runner/runner.ts';
import { assertTaskActive, findVisibleTask } from './find-visible-task.ts';

export async function claimTask(runner: Runner, principal: Principal, taskId: number, now = new Date().toISOString()): Promise<void> {
  const task = await findVisibleTask(runner.db, principal, taskId);
  assertTaskActive(task);
  if (task.assignee?.id === principal.userId) return;
  if (task.assignee !== null) throw appError('TASK_ALREADY_CLAIMED', { message: `${task.assignee.name} has this task.` });
  await runner.db.transaction().execute(async (trx) => {
    if (!(await claimTaskRow(trx, task.id, principal.userId, now))) throw appError('TASK_ALREADY_CLAIMED');
    await insertHistory(trx, principal.organizationId, task.runId, [
      { at: now, kind: 'taskClaimed', elementId: task.elementId, userId: principal.userId, variables: null, detail: null },
    ]);
  });
}
