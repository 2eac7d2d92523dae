/** Runs of published process versions, with their tasks, timers, incidents and history. */
import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (column) => column.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('runs'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('process_id', 'integer', (c) => c.notNull().references('processes.id').onDelete('cascade'))
    // A run keeps the version it started on; a newer published version affects new runs only.
    .addColumn('process_version_id', 'integer', (c) => c.notNull().references('process_versions.id').onDelete('cascade'))
    .addColumn('business_key', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('running', 'completed', 'terminated', 'cancelled', 'failed')`))
    // JSON: the engine's RunState.
    .addColumn('state', 'text', (c) => c.notNull())
    // Optimistic concurrency: every command writes `version + 1` where the version is still the one it read.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('started_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('runs_team_idx').on('runs').columns(['organization_id', 'team_id', 'id']).execute();
  await db.schema.createIndex('runs_business_key_idx').on('runs').columns(['organization_id', 'business_key']).execute();
  await db.schema.createIndex('runs_process_idx').on('runs').columns(['process_id', 'id']).execute();

  await withId(db, db.schema.createTable('tasks'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    // The candidate team (the run's): its members may claim the task while it is open.
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('engine_task_id', 'text', (c) => c.notNull())
    .addColumn('element_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    // The lane's name: a lane is a role.
    .addColumn('role', 'text')
    .addColumn('assignee_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // How the assignee was chosen: pool (claimed), person, roundRobin, completerOf, reassigned.
    .addColumn('assignment', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'claimed', 'completed', 'cancelled')`))
    .addColumn('due_at', 'text')
    // JSON object: what this instance of a multi-instance task works on (the item, loopCounter).
    .addColumn('input', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('completed_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('completed_at', 'text')
    // JSON object: the output variables the task was completed with.
    .addColumn('output', 'text')
    .addUniqueConstraint('tasks_engine_task_unique', ['run_id', 'engine_task_id'])
    .execute();
  // "Open tasks of a team" and "my tasks": the inbox queries.
  await db.schema.createIndex('tasks_team_status_idx').on('tasks').columns(['team_id', 'status', 'id']).execute();
  await db.schema.createIndex('tasks_assignee_status_idx').on('tasks').columns(['assignee_user_id', 'status', 'id']).execute();

  // Round-robin: whose turn it was last, per team and role (a row written only when a role assigns in turn, so no index on the hot tasks table).
  await db.schema
    .createTable('assignment_turns')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('last_user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assignment_turns_pk', ['team_id', 'role'])
    .execute();

  await withId(db, db.schema.createTable('timers'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('engine_timer_id', 'text', (c) => c.notNull())
    .addColumn('element_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('scheduled', 'fired', 'cancelled')`))
    // The lease: a worker claims a due timer until claimed_until; when it crashes, the timer is claimed again after that.
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('fired_at', 'text')
    .addUniqueConstraint('timers_engine_timer_unique', ['run_id', 'engine_timer_id'])
    .execute();
  await db.schema.createIndex('timers_due_idx').on('timers').columns(['status', 'due_at']).execute();

  await withId(db, db.schema.createTable('incidents'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    // The engine's incident; null for a timer that kept failing to fire (timer_id says which).
    .addColumn('engine_incident_id', 'text')
    .addColumn('timer_id', 'integer', (c) => c.references('timers.id').onDelete('cascade'))
    .addColumn('element_id', 'text', (c) => c.notNull())
    .addColumn('error', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('incidents_run_idx').on('incidents').columns(['run_id', 'id']).execute();
  await db.schema.createIndex('incidents_organization_idx').on('incidents').columns(['organization_id', 'resolved_at', 'id']).execute();

  await withId(db, db.schema.createTable('run_history'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    // Who caused the transition; null for the server itself (a timer, a service task).
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('element_id', 'text')
    // JSON object: the variables this transition set.
    .addColumn('variables', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('run_history_run_idx').on('run_history').columns(['run_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['run_history', 'incidents', 'timers', 'assignment_turns', 'tasks', 'runs']) await db.schema.dropTable(table).execute();
}
