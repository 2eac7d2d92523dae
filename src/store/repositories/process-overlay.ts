/** What the process overlay reads: each element's entries and completions in the history of a process's runs started since a date, and its tasks' due times. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface ElementPassage {
  runId: number;
  elementId: string;
  kind: 'elementEntered' | 'elementCompleted';
  at: string;
}

export interface ElementTask {
  elementId: string;
  status: string;
  dueAt: string | null;
  completedAt: string | null;
}

/** Entries and completions in run order, oldest first; runs started at or after `since` only (the overlay's window). */
export async function listElementPassages(db: Kysely<Database>, organizationId: number, processId: number, since: string): Promise<ElementPassage[]> {
  const rows = await db
    .selectFrom('run_history')
    .innerJoin('runs', 'runs.id', 'run_history.run_id')
    .select(['run_history.run_id', 'run_history.element_id', 'run_history.kind', 'run_history.at'])
    .where('runs.organization_id', '=', organizationId)
    .where('runs.process_id', '=', processId)
    .where('runs.started_at', '>=', since)
    .where('run_history.kind', 'in', ['elementEntered', 'elementCompleted'])
    .where('run_history.element_id', 'is not', null)
    .orderBy('run_history.run_id')
    .orderBy('run_history.id')
    .execute();
  return rows.map((row) => ({ runId: row.run_id, elementId: row.element_id!, kind: row.kind as ElementPassage['kind'], at: row.at }));
}

export async function listElementTasks(db: Kysely<Database>, organizationId: number, processId: number, since: string): Promise<ElementTask[]> {
  const rows = await db
    .selectFrom('tasks')
    .innerJoin('runs', 'runs.id', 'tasks.run_id')
    .select(['tasks.element_id', 'tasks.status', 'tasks.due_at', 'tasks.completed_at'])
    .where('runs.organization_id', '=', organizationId)
    .where('runs.process_id', '=', processId)
    .where('runs.started_at', '>=', since)
    .where('tasks.due_at', 'is not', null)
    .execute();
  return rows.map((row) => ({ elementId: row.element_id, status: row.status, dueAt: row.due_at, completedAt: row.completed_at }));
}
