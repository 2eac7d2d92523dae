/** Leads handed off from a dialing session to an agent: who, found by whom, and the follow-up run that tracks the agent's response. */
import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

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
  await withId(db, db.schema.createTable('leads'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('process_id', 'integer', (c) => c.notNull().references('processes.id').onDelete('cascade'))
    // The browser's id for the hand-off: a retry after a dropped connection finds the lead instead of making a second.
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('found_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // The dialing task the lead was found on, when it was.
    .addColumn('source_task_id', 'integer', (c) => c.references('tasks.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    // E.164.
    .addColumn('phone_number', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lead_source', 'text', (c) => c.notNull())
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('timeline', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    // The run started at the process's lead hand-off message start: the agent's follow-up task and its escalation.
    .addColumn('run_id', 'integer', (c) => c.references('runs.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('leads_client_unique', ['organization_id', 'client_id'])
    .execute();
  await db.schema.createIndex('leads_team_idx').on('leads').columns(['team_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('leads').execute();
}
