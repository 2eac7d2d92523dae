/**
 * Completes a task with its output variables and moves the run on, in one transaction. A va completes open tasks
 * of its teams and its own; owners, admins and managers complete anyone's. Two completions at once: one wins, the
 * other is refused (RUN_CHANGED, or TASK_NOT_OPEN when it arrives after the first committed), never a double advance.
 */
import { appError } from '../../api/app-error.ts';
import { canManageRuns } from '../../api/roles.ts';
import type { Variables } from '../../api/schemas/runs.ts';
import { markTaskCompleted } from '../../store/repositories/tasks.ts';
import type { Principal } from '../auth/access.ts';
import { executeRunCommand, type RunCommandOutcome } from '../runner/execute-run-command.ts';
import type { Runner } from '../runner/runner.ts';
import { assertTaskActive, findVisibleTask } from './find-visible-task.ts';

export async function completeTask(runner: Runner, principal: Principal, taskId: number, variables: Variables, now = new Date().toISOString()): Promise<RunCommandOutcome> {
  const task = await findVisibleTask(runner.db, principal, taskId);
  assertTaskActive(task);
  if (task.assignee !== null && task.assignee.id !== principal.userId && !canManageRuns(principal.role)) {
    throw appError('TASK_ALREADY_CLAIMED', { message: `${task.assignee.name} has this task.` });
  }
  const { createdTasks } = await executeRunCommand(runner, { organizationId: principal.organizationId, runId: task.runId, actorUserId: principal.userId, now }, () => ({
    command: { type: 'completeTask', taskId: task.engineTaskId, variables },
    onWritten: async (trx) => {
      const completed = await markTaskCompleted(trx, { id: task.id, expectedAssigneeUserId: task.assignee?.id ?? null, completedByUserId: principal.userId, output: variables }, now);
      // Released, reassigned or completed since it was read: the run itself changed under us.
      if (!completed) throw appError('RUN_CHANGED', { details: { runId: task.runId } });
    },
  }));
  return { runId: task.runId, createdTasks };
}
