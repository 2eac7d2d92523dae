/** What the periodic webhook checks mark so each event fires once: tasks reported overdue, team-local days reported. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface OverdueTaskRecord {
  id: number;
  organizationId: number;
  runId: number;
  teamId: number;
  processId: number;
  businessKey: string | null;
  elementId: string;
  name: string | null;
  role: string | null;
  assigneeUserId: number | null;
  status: string;
  dueAt: string;
}

/**
 * Marks up to `limit` open or claimed tasks past their due time as reported and returns them; a task is returned by
 * one call only, even when several servers check at once (the update re-checks the mark under the row's lock).
 */
export async function markOverdueTasksReported(db: Kysely<Database>, now: string, limit: number): Promise<OverdueTaskRecord[]> {
  const due = db
    .selectFrom('tasks')
    .select('id')
    .where(sql<boolean>`overdue_reported_at is null and status in ('open', 'claimed')`)
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .limit(limit);
  const marked = await db
    .updateTable('tasks')
    .set({ overdue_reported_at: now })
    .where('id', 'in', due)
    .where('overdue_reported_at', 'is', null)
    .returning(['id', 'organization_id', 'run_id', 'team_id', 'element_id', 'name', 'role', 'assignee_user_id', 'status', 'due_at'])
    .execute();
  if (marked.length === 0) return [];
  const runs = await db
    .selectFrom('runs')
    .select(['id', 'process_id', 'business_key'])
    .where('id', 'in', [...new Set(marked.map((task) => task.run_id))])
    .execute();
  const runById = new Map(runs.map((run) => [run.id, run]));
  return marked
    .map((task) => ({
      id: task.id,
      organizationId: task.organization_id,
      runId: task.run_id,
      teamId: task.team_id,
      processId: runById.get(task.run_id)!.process_id,
      businessKey: runById.get(task.run_id)!.business_key,
      elementId: task.element_id,
      name: task.name,
      role: task.role,
      assigneeUserId: task.assignee_user_id,
      status: task.status,
      dueAt: task.due_at!,
    }))
    .sort((a, b) => a.id - b.id);
}

/** Marks the team's day as reported; false when it already was (by this server or another). */
export async function markDayReported(db: Kysely<Database>, day: { organizationId: number; teamId: number; day: string }, now: string): Promise<boolean> {
  const inserted = await db
    .insertInto('webhook_day_reports')
    .values({ organization_id: day.organizationId, team_id: day.teamId, day: day.day, created_at: now })
    .onConflict((conflict) => conflict.columns(['team_id', 'day']).doNothing())
    .returning('team_id')
    .executeTakeFirst();
  return inserted !== undefined;
}
