/** Alerts as notifications: each fired alert stored once per team, rule, subject and period, who has read which, the periodic check's mark per team, and the indexes behind the lead follow-up rule. */
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
  await withId(db, db.schema.createTable('notifications'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    // What the alert is about, as a key: user:<id>, list:<name> or team.
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    // The VA the alert is about, who sees it too; null for a list or the team.
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('list', 'text')
    // The task behind it (the oldest overdue lead follow-up), for a link.
    .addColumn('task_id', 'integer', (c) => c.references('tasks.id').onDelete('set null'))
    // day:YYYY-MM-DD or week:YYYY-MM-DD (its Monday), team-local: an alert is stored once per period.
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('fired_at', 'text', (c) => c.notNull())
    // Several servers checking at once store an alert once: the second insert does nothing.
    .addUniqueConstraint('notifications_alert_unique', ['team_id', 'rule', 'subject_key', 'period'])
    .execute();
  await db.schema.createIndex('notifications_organization_idx').on('notifications').columns(['organization_id', 'id']).execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'id']).execute();

  // One row per person and notification read; organization_id keeps each organization's rows its own.
  await db.schema
    .createTable('notification_reads')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('notification_id', 'integer', (c) => c.notNull().references('notifications.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_reads_pk', ['notification_id', 'user_id'])
    .execute();

  // When each team's rules were last evaluated: a server claims a team by moving this forward, so a team is checked once per interval whatever the number of servers.
  await db.schema
    .createTable('alert_checks')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();

  // The lead follow-up rule reads a team's open tasks past their due time: a range on this index, whatever the number of open tasks without one.
  await db.schema
    .createIndex('tasks_open_due_idx')
    .on('tasks')
    .columns(['team_id', 'due_at'])
    .where(sql<boolean>`status in ('open', 'claimed') and due_at is not null`)
    .execute();
  // ... and finds each task's lead by its run.
  await db.schema.createIndex('leads_run_idx').on('leads').column('run_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('leads_run_idx').execute();
  await db.schema.dropIndex('tasks_open_due_idx').execute();
  await db.schema.dropTable('alert_checks').execute();
  await db.schema.dropTable('notification_reads').execute();
  await db.schema.dropTable('notifications').execute();
}
