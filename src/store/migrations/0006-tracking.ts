/** Tracked events (append-only: dials, counters, calling sessions, undos) and their daily rollups per VA, team, process, script version, list and team-local day. */
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
  await withId(db, db.schema.createTable('tracked_events'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    // Whose work it is (the VA); recorded_by is who sent it (the VA, their manager, or an API token's owner).
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('recorded_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // The client-generated UUID: the idempotency key, unique per organization.
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('dial', 'counted', 'sessionStarted', 'sessionPaused', 'sessionResumed', 'sessionStopped', 'undo')`),
    )
    .addColumn('disposition', 'text')
    .addColumn('counter', 'text')
    // JSON object metric -> amount: what the event adds to the rollups, resolved from the version's documentation at ingest (negative for an undo).
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('process_id', 'integer', (c) => c.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('process_version_id', 'integer', (c) => c.notNull().references('process_versions.id').onDelete('cascade'))
    .addColumn('run_id', 'integer', (c) => c.references('runs.id').onDelete('set null'))
    .addColumn('task_id', 'integer', (c) => c.references('tasks.id').onDelete('set null'))
    .addColumn('element_id', 'text')
    .addColumn('script_version_id', 'integer', (c) => c.references('script_versions.id').onDelete('set null'))
    // The list or lead source in use.
    .addColumn('list', 'text')
    // E.164 (+15125550100).
    .addColumn('phone_number', 'text')
    .addColumn('duration_seconds', 'integer')
    // The calling session (client id of its sessionStarted event) a session event belongs to; a sessionStarted names itself.
    .addColumn('session_client_id', 'text')
    // An undo names the event it takes back; unique, so an event is undone at most once even under concurrent requests.
    .addColumn('corrects_client_id', 'text')
    // The team-local day (YYYY-MM-DD) the event counts on: its own for most, the undone event's for an undo.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    // JSON object: anything else the client sent (lead form, notes).
    .addColumn('payload', 'text')
    .addUniqueConstraint('tracked_events_client_unique', ['organization_id', 'client_id'])
    .addUniqueConstraint('tracked_events_corrects_unique', ['organization_id', 'corrects_client_id'])
    .execute();
  // The tracker rebuilding its state (a user's recent events in a team), and a session's events.
  await db.schema.createIndex('tracked_events_user_idx').on('tracked_events').columns(['team_id', 'user_id', 'occurred_at']).execute();
  await db.schema.createIndex('tracked_events_session_idx').on('tracked_events').columns(['organization_id', 'session_client_id']).execute();
  await db.schema.createIndex('tracked_events_task_idx').on('tracked_events').columns(['task_id']).execute();

  // One row per dimension combination, team-local day and metric; "none" is 0 (script version) or '' (list) so the key has no nulls and upserts work on both databases.
  await db.schema
    .createTable('daily_rollups')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('process_id', 'integer', (c) => c.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('script_version_id', 'integer', (c) => c.notNull())
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_rollups_pk', ['team_id', 'day', 'user_id', 'process_id', 'script_version_id', 'list', 'metric'])
    .execute();
  await db.schema.createIndex('daily_rollups_user_idx').on('daily_rollups').columns(['user_id', 'day']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['daily_rollups', 'tracked_events']) await db.schema.dropTable(table).execute();
}
