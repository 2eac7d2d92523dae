/**
 * Step rollups: what the tracked events logged on a diagram element add, per process, element, team-local day and
 * metric (summed over VAs, script versions and lists), so the process overlay reads each step's counters without
 * scanning events. Kept by the ingest in the events' transaction; filled here from the events already stored, each
 * counting on the element and day it carries (an undo carries those of the entry it takes back, as in daily_rollups).
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('step_rollups')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('process_id', 'integer', (c) => c.notNull().references('processes.id').onDelete('cascade'))
    .addColumn('element_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    // The overlay reads one process over a range of days: the key leads with them.
    .addPrimaryKeyConstraint('step_rollups_pk', ['organization_id', 'process_id', 'day', 'element_id', 'metric', 'team_id'])
    .execute();

  // Events without an element (logged on no step) have no row; rows summing to 0 (a dial and its undo) are not made.
  const counts = isPostgres(db)
    ? sql`tracked_events as e cross join lateral json_each_text(e.counts::json) as c(key, value)`
    : sql`tracked_events as e, json_each(e.counts) as c`;
  const amount = isPostgres(db) ? sql`c.value::integer` : sql`c.value`;
  await sql`
    insert into step_rollups (organization_id, team_id, process_id, element_id, day, metric, value)
    select e.organization_id, e.team_id, e.process_id, e.element_id, e.day, c.key, sum(${amount})
    from ${counts}
    where e.element_id is not null
    group by e.organization_id, e.team_id, e.process_id, e.element_id, e.day, c.key
    having sum(${amount}) <> 0
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('step_rollups').execute();
}
