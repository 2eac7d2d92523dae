/** Timer start events of published team processes: one row per start event, rescheduled in place each time it starts a run. */
import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Each migration keeps its own small helpers, so a migration never changes when shared code does.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (column) => column.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('start_timers'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('process_id', 'integer', (c) => c.notNull().references('processes.id').onDelete('cascade'))
    // The published version whose start event this is; a newer published version replaces the process's rows.
    .addColumn('process_version_id', 'integer', (c) => c.notNull().references('process_versions.id').onDelete('cascade'))
    .addColumn('element_id', 'text', (c) => c.notNull())
    // The timer as the model gives it (PT1H, a date, R/P1D or a cron expression), for people to read.
    .addColumn('schedule', 'text', (c) => c.notNull())
    // 'scheduled' waits for due_at; 'finished' has no occurrence left; 'cancelled' was replaced or its process retired.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('scheduled', 'finished', 'cancelled')`))
    .addColumn('due_at', 'text')
    // Occurrences still to start for R<n>/ cycles; null for unbounded cycles, cron and one-off timers.
    .addColumn('repetitions_left', 'integer')
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('started_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_run_id', 'integer', (c) => c.references('runs.id').onDelete('set null'))
    .addColumn('last_started_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('start_timers_due_idx').on('start_timers').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('start_timers_process_idx').on('start_timers').columns(['process_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('start_timers').execute();
}
