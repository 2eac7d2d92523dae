/** Processes and their versions (draft, published, retired), and call scripts with theirs. */
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
  await withId(db, db.schema.createTable('processes'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    // null: the organization's library.
    .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_template', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('origin_process_id', 'integer', (c) => c.references('processes.id').onDelete('set null'))
    .addColumn('origin_version', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('processes_organization_idx').on('processes').columns(['organization_id', 'team_id']).execute();
  await db.schema.createIndex('processes_origin_idx').on('processes').column('origin_process_id').execute();

  await withId(db, db.schema.createTable('process_versions'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('process_id', 'integer', (c) => c.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published', 'retired')`))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('xml', 'text', (c) => c.notNull())
    /** JSON: the ProcessDocumentation. */
    .addColumn('documentation', 'text', (c) => c.notNull())
    .addColumn('svg', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('process_versions_number_unique', ['process_id', 'number'])
    .execute();
  // At most one draft per process, enforced by the database so two concurrent "new draft" saves cannot both win.
  await db.schema.createIndex('process_versions_one_draft').on('process_versions').column('process_id').unique().where(sql.ref('status'), '=', 'draft').execute();

  await withId(db, db.schema.createTable('scripts'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.references('teams.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('scripts_organization_idx').on('scripts').columns(['organization_id', 'team_id']).execute();

  await withId(db, db.schema.createTable('script_versions'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('script_id', 'integer', (c) => c.notNull().references('scripts.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addUniqueConstraint('script_versions_number_unique', ['script_id', 'number'])
    .execute();
  await db.schema.createIndex('script_versions_one_draft').on('script_versions').column('script_id').unique().where(sql.ref('status'), '=', 'draft').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['script_versions', 'scripts', 'process_versions', 'processes']) await db.schema.dropTable(table).execute();
}
