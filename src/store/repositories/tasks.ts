/** User tasks of runs: one row per task the engine creates, with who may do it, who does, and what they answered. */
import type { Kysely } from 'kysely';
import { compileOnce } from '../compile-once.ts';
import type { Database } from '../tables.ts';

export type TaskStatus = 'open' | 'claimed' | 'completed' | 'cancelled';
export type TaskAssignment = 'pool' | 'person' | 'roundRobin' | 'completerOf' | 'starter' | 'reassigned';

export interface TaskRecord {
  id: number;
  organizationId: number;
  runId: number;
  teamId: number;
  processId: number;
  processName: string;
  businessKey: string | null;
  engineTaskId: string;
  elementId: string;
  name: string | null;
  role: string | null;
  status: TaskStatus;
  assignee: { id: number; name: string } | null;
  assignment: TaskAssignment;
  dueAt: string | null;
  input: Record<string, unknown> | null;
  createdAt: string;
  completedAt: string | null;
  completedBy: { id: number; name: string } | null;
  output: Record<string, unknown> | null;
}

export interface NewTask {
  organizationId: number;
  runId: number;
  teamId: number;
  engineTaskId: string;
  elementId: string;
  name: string | null;
  role: string | null;
  assigneeUserId: number | null;
  assignment: TaskAssignment;
  dueAt: string | null;
  input: Record<string, unknown> | null;
}

export interface TaskFilter {
  /** Only tasks of these teams (the caller's, for a va or a viewer). */
  teamIds?: number[] | undefined;
  teamId?: number | undefined;
  runId?: number | undefined;
  assigneeUserId?: number | undefined;
  /** `active`: open or claimed. */
  status?: TaskStatus | 'active' | undefined;
  before?: number | undefined;
  limit?: number | undefined;
}

// A run command creates, reads and completes tasks: these statements are compiled once (see compile-once.ts).
const insertTaskRow = compileOnce(
  (
    db,
    organizationId: number,
    runId: number,
    teamId: number,
    engineTaskId: string,
    elementId: string,
    name: string | null,
    role: string | null,
    assigneeUserId: number | null,
    assignment: string,
    status: string,
    dueAt: string | null,
    input: string | null,
    now: string,
    claimedAt: string | null,
  ) =>
    db
      .insertInto('tasks')
      .values({
        organization_id: organizationId,
        run_id: runId,
        team_id: teamId,
        engine_task_id: engineTaskId,
        element_id: elementId,
        name,
        role,
        assignee_user_id: assigneeUserId,
        assignment,
        status,
        due_at: dueAt,
        input,
        created_at: now,
        claimed_at: claimedAt,
      })
      .returning('id'),
);

export async function insertTask(db: Kysely<Database>, task: NewTask, now: string): Promise<number> {
  const assigned = task.assigneeUserId !== null;
  const { rows } = await insertTaskRow(
    db,
    task.organizationId,
    task.runId,
    task.teamId,
    task.engineTaskId,
    task.elementId,
    task.name,
    task.role,
    task.assigneeUserId,
    task.assignment,
    assigned ? 'claimed' : 'open',
    task.dueAt,
    task.input === null ? null : JSON.stringify(task.input),
    now,
    assigned ? now : null,
  );
  return rows[0]!.id;
}

function selectTasks(db: Kysely<Database>, organizationId: number) {
  return db
    .selectFrom('tasks')
    .innerJoin('runs', 'runs.id', 'tasks.run_id')
    .innerJoin('processes', 'processes.id', 'runs.process_id')
    .leftJoin('users as assignee', 'assignee.id', 'tasks.assignee_user_id')
    .leftJoin('users as completer', 'completer.id', 'tasks.completed_by_user_id')
    .select([
      'tasks.id',
      'tasks.organization_id',
      'tasks.run_id',
      'tasks.team_id',
      'runs.process_id',
      'processes.name as process_name',
      'runs.business_key',
      'tasks.engine_task_id',
      'tasks.element_id',
      'tasks.name',
      'tasks.role',
      'tasks.status',
      'tasks.assignee_user_id',
      'assignee.name as assignee_name',
      'tasks.assignment',
      'tasks.due_at',
      'tasks.input',
      'tasks.created_at',
      'tasks.completed_at',
      'tasks.completed_by_user_id',
      'completer.name as completer_name',
      'tasks.output',
    ])
    .where('tasks.organization_id', '=', organizationId);
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['executeTakeFirstOrThrow']>>;

function taskRowToTask(row: TaskRow): TaskRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    runId: row.run_id,
    teamId: row.team_id,
    processId: row.process_id,
    processName: row.process_name,
    businessKey: row.business_key,
    engineTaskId: row.engine_task_id,
    elementId: row.element_id,
    name: row.name,
    role: row.role,
    status: row.status as TaskStatus,
    assignee: row.assignee_user_id !== null && row.assignee_name !== null ? { id: row.assignee_user_id, name: row.assignee_name } : null,
    assignment: row.assignment as TaskAssignment,
    dueAt: row.due_at,
    input: row.input === null ? null : (JSON.parse(row.input) as Record<string, unknown>),
    createdAt: row.created_at,
    completedAt: row.completed_at,
    completedBy: row.completed_by_user_id !== null && row.completer_name !== null ? { id: row.completed_by_user_id, name: row.completer_name } : null,
    output: row.output === null ? null : (JSON.parse(row.output) as Record<string, unknown>),
  };
}

const selectTask = compileOnce((db, organizationId: number, taskId: number) => selectTasks(db, organizationId).where('tasks.id', '=', taskId));

export async function findTask(db: Kysely<Database>, organizationId: number, taskId: number): Promise<TaskRecord | undefined> {
  const [row] = (await selectTask(db, organizationId, taskId)).rows;
  return row && taskRowToTask(row);
}

/** Oldest first within a run; newest first across runs (an inbox shows the latest work on top, paged by `before`). */
export async function listTasks(db: Kysely<Database>, organizationId: number, filter: TaskFilter = {}): Promise<TaskRecord[]> {
  if (filter.teamIds && filter.teamIds.length === 0) return [];
  let query = selectTasks(db, organizationId);
  if (filter.teamIds) query = query.where('tasks.team_id', 'in', filter.teamIds);
  if (filter.teamId !== undefined) query = query.where('tasks.team_id', '=', filter.teamId);
  if (filter.runId !== undefined) query = query.where('tasks.run_id', '=', filter.runId);
  if (filter.assigneeUserId !== undefined) query = query.where('tasks.assignee_user_id', '=', filter.assigneeUserId);
  if (filter.status === 'active') query = query.where('tasks.status', 'in', ['open', 'claimed']);
  else if (filter.status !== undefined) query = query.where('tasks.status', '=', filter.status);
  if (filter.before !== undefined) query = query.where('tasks.id', '<', filter.before);
  query = filter.runId !== undefined ? query.orderBy('tasks.id', 'asc') : query.orderBy('tasks.id', 'desc');
  return (await query.limit(filter.limit ?? 200).execute()).map(taskRowToTask);
}

/** The run's task for an engine task id, with what a completion checks: its row id, status and assignee. */
export async function findTaskByEngineId(
  db: Kysely<Database>,
  runId: number,
  engineTaskId: string,
): Promise<{ id: number; status: TaskStatus; assigneeUserId: number | null } | undefined> {
  const row = await db
    .selectFrom('tasks')
    .select(['id', 'status', 'assignee_user_id'])
    .where('run_id', '=', runId)
    .where('engine_task_id', '=', engineTaskId)
    .executeTakeFirst();
  return row && { id: row.id, status: row.status as TaskStatus, assigneeUserId: row.assignee_user_id };
}

/**
 * Marks a task completed, only if it is still open or claimed by the assignee the caller saw: a release or a
 * reassignment that committed meanwhile makes this false, and the command rolls back.
 */
function completeTaskRow(db: Kysely<Database>, id: number, completedByUserId: number | null, now: string, output: string) {
  return db
    .updateTable('tasks')
    .set({ status: 'completed', completed_by_user_id: completedByUserId, completed_at: now, output })
    .where('id', '=', id)
    .where('status', 'in', ['open', 'claimed']);
}
const completePoolTask = compileOnce((db, id: number, completedByUserId: number | null, now: string, output: string) =>
  completeTaskRow(db, id, completedByUserId, now, output).where('assignee_user_id', 'is', null),
);
const completeAssignedTask = compileOnce((db, id: number, completedByUserId: number | null, now: string, output: string, assigneeUserId: number) =>
  completeTaskRow(db, id, completedByUserId, now, output).where('assignee_user_id', '=', assigneeUserId),
);

export async function markTaskCompleted(
  db: Kysely<Database>,
  task: { id: number; expectedAssigneeUserId: number | null; completedByUserId: number | null; output: Record<string, unknown> },
  now: string,
): Promise<boolean> {
  const output = JSON.stringify(task.output);
  const result =
    task.expectedAssigneeUserId === null
      ? await completePoolTask(db, task.id, task.completedByUserId, now, output)
      : await completeAssignedTask(db, task.id, task.completedByUserId, now, output, task.expectedAssigneeUserId);
  return Number(result.numAffectedRows) === 1;
}

export async function markTaskCancelled(db: Kysely<Database>, runId: number, engineTaskId: string): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ status: 'cancelled' })
    .where('run_id', '=', runId)
    .where('engine_task_id', '=', engineTaskId)
    .where('status', 'in', ['open', 'claimed'])
    .execute();
}

/** Takes an open task; false when someone took it first (or it is no longer open). */
export async function claimTask(db: Kysely<Database>, taskId: number, userId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('tasks')
    .set({ status: 'claimed', assignee_user_id: userId, assignment: 'pool', claimed_at: now })
    .where('id', '=', taskId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts a claimed task back in the pool; false when it is no longer held by `fromUserId`. */
export async function releaseTask(db: Kysely<Database>, taskId: number, fromUserId: number): Promise<boolean> {
  const result = await db
    .updateTable('tasks')
    .set({ status: 'open', assignee_user_id: null, assignment: 'pool', claimed_at: null })
    .where('id', '=', taskId)
    .where('status', '=', 'claimed')
    .where('assignee_user_id', '=', fromUserId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a task to someone else; false when it changed since the caller read it (completed, or taken by another). */
export async function reassignTask(
  db: Kysely<Database>,
  task: { id: number; expectedAssigneeUserId: number | null; toUserId: number },
  now: string,
): Promise<boolean> {
  let query = db
    .updateTable('tasks')
    .set({ status: 'claimed', assignee_user_id: task.toUserId, assignment: 'reassigned', claimed_at: now })
    .where('id', '=', task.id)
    .where('status', 'in', ['open', 'claimed']);
  query = task.expectedAssigneeUserId === null ? query.where('assignee_user_id', 'is', null) : query.where('assignee_user_id', '=', task.expectedAssigneeUserId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whoever completed the latest task of `elementId` in the run, for "the person who did step X". */
export async function findLastCompleterOf(db: Kysely<Database>, runId: number, elementId: string): Promise<number | null> {
  const row = await db
    .selectFrom('tasks')
    .select('completed_by_user_id')
    .where('run_id', '=', runId)
    .where('element_id', '=', elementId)
    .where('status', '=', 'completed')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.completed_by_user_id ?? null;
}
