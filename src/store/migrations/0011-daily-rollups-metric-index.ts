/**
 * The dashboards' rollup reads name a team, a few metrics and a range of days, and sum values grouped by day, VA,
 * process, script version or list: an index in that order holding every column they read answers them from the
 * index alone, skipping the other metrics' rows and the table (`npm run bench -- kpi` measures it, docs/BENCHMARKS.md).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('daily_rollups_team_metric_idx')
    .ifNotExists()
    .on('daily_rollups')
    .columns(['team_id', 'metric', 'day', 'user_id', 'process_id', 'script_version_id', 'list', 'organization_id', 'value'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('daily_rollups_team_metric_idx').ifExists().execute();
}
