/** The compliance guard: each team's do-not-call list and its settings (guard mode, calling window, default country). */
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
  await withId(db, db.schema.createTable('dnc_numbers'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    // E.164 (+13125550143): every spelling of a number is stored, searched and compared as one.
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('callRequest', 'import', 'manual')`))
    .addColumn('note', 'text')
    .addColumn('added_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    // One entry per number and team: adding it again changes nothing (the first entry says who and when).
    .addUniqueConstraint('dnc_numbers_team_number_unique', ['team_id', 'number'])
    .execute();
  // Newest first, paged by id.
  await db.schema.createIndex('dnc_numbers_team_idx').on('dnc_numbers').columns(['team_id', 'id']).execute();

  // A team without a row has the defaults (DEFAULT_COMPLIANCE_SETTINGS in src/api/schemas/compliance.ts).
  await db.schema
    .createTable('team_compliance_settings')
    .addColumn('team_id', 'integer', (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('guard_mode', 'text', (c) => c.notNull().check(sql`guard_mode in ('off', 'warn', 'block')`))
    // 'HH:MM' in the called party's local time; a dial is inside when start <= local time < end.
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    // ISO 3166 alpha-2: how a number written without its country code is read.
    .addColumn('default_country', 'text', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['team_compliance_settings', 'dnc_numbers']) await db.schema.dropTable(table).execute();
}
