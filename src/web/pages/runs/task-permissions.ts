/** What the signed-in member may do with a task, as the server decides it: claim from the pool, release, complete. */
import { canManageRuns, WORKER_ROLES, type Role } from '../../../api/roles.ts';
import type { Task } from '../../../api/schemas/runs.ts';

export interface TaskPermissions {
  claim: boolean;
  release: boolean;
  complete: boolean;
}

export function taskPermissions(task: Pick<Task, 'status' | 'assignee'>, me: { userId: number; role: Role }): TaskPermissions {
  const active = task.status === 'open' || task.status === 'claimed';
  if (!active || !WORKER_ROLES.includes(me.role)) return { claim: false, release: false, complete: false };
  const mine = task.assignee?.id === me.userId;
  const manager = canManageRuns(me.role);
  return {
    claim: task.assignee === null,
    release: task.assignee !== null && (mine || manager),
    complete: task.assignee === null || mine || manager,
  };
}
