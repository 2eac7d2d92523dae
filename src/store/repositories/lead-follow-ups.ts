/** Open follow-up tasks of handed-off leads past their due time: a range on the open tasks' due-time index, each with its lead and holder. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface OverdueLeadFollowUp {
  taskId: number;
  runId: number;
  /** The task's name, else its element id. */
  task: string;
  /** The lane's name. */
  role: string | null;
  dueAt: string;
  /** The lead whose run the task is in, when a saved lead started it. */
  lead: { id: number; name: string } | null;
  holder: { id: number; name: string } | null;
}

/**
 * The team's open or claimed tasks due before `now` that follow up a lead: a task of a run a saved lead started, or a
 * task of the given step (the template's follow-up, for runs started by the message without a saved lead). Oldest first.
 */
export async function listOverdueLeadFollowUps(
  db: Kysely<Database>,
  organizationId: number,
  teamId: number,
  options: { now: string; followUpElementId: string },
): Promise<OverdueLeadFollowUp[]> {
  const rows = await db
    .selectFrom('tasks')
    .leftJoin('leads', 'leads.run_id', 'tasks.run_id')
    .leftJoin('users', 'users.id', 'tasks.assignee_user_id')
    .select(['tasks.id', 'tasks.run_id', 'tasks.name', 'tasks.element_id', 'tasks.role', 'tasks.due_at', 'tasks.assignee_user_id', 'leads.id as lead_id', 'leads.name as lead_name', 'users.name as holder_name'])
    .where('tasks.team_id', '=', teamId)
    // Written as the partial index tasks_open_due_idx states it, so SQLite sees that the index covers the query.
    .where(sql<boolean>`tasks.status in ('open', 'claimed') and tasks.due_at is not null`)
    .where('tasks.due_at', '<', options.now)
    .where('tasks.organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('leads.id', 'is not', null), eb('tasks.element_id', '=', options.followUpElementId)]))
    .orderBy('tasks.due_at')
    .orderBy('tasks.id')
    .execute();
  return rows.map((row) => ({
    taskId: row.id,
    runId: row.run_id,
    task: row.name ?? row.element_id,
    role: row.role,
    dueAt: row.due_at!,
    lead: row.lead_id !== null && row.lead_name !== null ? { id: row.lead_id, name: row.lead_name } : null,
    holder: row.assignee_user_id !== null && row.holder_name !== null ? { id: row.assignee_user_id, name: row.holder_name } : null,
  }));
}
