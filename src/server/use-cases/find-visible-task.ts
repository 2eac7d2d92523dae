/** A task the caller may see (its run's team is visible to them); anything else does not exist for them. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { findTask, type TaskRecord } from '../../store/repositories/tasks.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { canSeeTeam } from './list-visible-team-ids.ts';

export async function findVisibleTask(db: Kysely<Database>, principal: Principal, taskId: number): Promise<TaskRecord> {
  const task = await findTask(db, principal.organizationId, taskId);
  if (!task || !(await canSeeTeam(db, principal, task.teamId))) throw appError('NOT_FOUND', { field: 'taskId', message: 'There is no such task.' });
  return task;
}

/** Refuses a task that is done: completed or cancelled. */
export function assertTaskActive(task: TaskRecord): void {
  if (task.status === 'completed' || task.status === 'cancelled') throw appError('TASK_NOT_OPEN', { message: `This task is no longer open: it was ${task.status}.` });
}
