/**
 * Person targets: a manager's target for one VA of a team, per KPI key and period kind (day, week or month), set
 * without publishing a new process version; where none is set the process documentation's per-VA target applies.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person_targets')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kpi_key', 'text', (c) => c.notNull())
    // day, week or month, as the documentation's targets.
    .addColumn('period', 'text', (c) => c.notNull())
    // A count for a counter, a fraction for a percentage ratio, a number per hour for a per-hour rate.
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('set_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    // A dashboard reads one team's targets: the key leads with it.
    .addPrimaryKeyConstraint('person_targets_pk', ['organization_id', 'team_id', 'user_id', 'kpi_key', 'period'])
    .addCheckConstraint('person_targets_value_check', sql`value >= 0`)
    .addCheckConstraint('person_targets_period_check', sql`period in ('day', 'week', 'month')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_targets').execute();
}
