/** One organization's rows of every table, to prove that a request from another organization left them alone. */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/tables.ts';
import { sortRows, tableShapes, type TablesSnapshot } from './snapshot-tables.ts';

/**
 * A row belongs to the organization through `organization_id`, through `team_id` (one of its teams), or, for
 * `users` and `organizations`, through membership and id. A table with none of these is taken whole: a
 * change there is worth a look, and a new table shows up here without anyone remembering to add it.
 */
export async function snapshotOrganization(db: Kysely<Database>, organizationId: number): Promise<TablesSnapshot> {
  const untyped = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const teamIds = untyped.selectFrom('teams').select('id').where('organization_id', '=', organizationId);
  const userIds = untyped.selectFrom('memberships').select('user_id').where('organization_id', '=', organizationId);
  const snapshot: TablesSnapshot = {};
  for (const { name, columns } of await tableShapes(db)) {
    let query = untyped.selectFrom(name).selectAll();
    if (name === 'organizations') query = query.where('id', '=', organizationId);
    else if (name === 'users') query = query.where('id', 'in', userIds);
    else if (columns.includes('organization_id')) query = query.where('organization_id', '=', organizationId);
    else if (columns.includes('team_id')) query = query.where('team_id', 'in', teamIds);
    snapshot[name] = sortRows(await query.execute());
  }
  return snapshot;
}
