/** Each VA's own targets in a team, per KPI key and period kind; a VA without one has the documented per-VA target (applied by the server). */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export type TargetPeriod = 'day' | 'week' | 'month';

export interface PersonTarget {
  userId: number;
  kpiKey: string;
  period: TargetPeriod;
  value: number;
  setByUserId: number | null;
  setAt: string;
}

export interface PersonTargetKey {
  organizationId: number;
  teamId: number;
  userId: number;
  kpiKey: string;
  period: TargetPeriod;
}

/** A team's person targets, or one person's when userId is given, in a stable order. */
export async function listPersonTargets(db: Kysely<Database>, organizationId: number, teamId: number, userId?: number): Promise<PersonTarget[]> {
  let query = db.selectFrom('person_targets').selectAll().where('organization_id', '=', organizationId).where('team_id', '=', teamId);
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  const rows = await query.orderBy('user_id').orderBy('kpi_key').orderBy('period').execute();
  return rows.map((row) => ({ userId: row.user_id, kpiKey: row.kpi_key, period: row.period as TargetPeriod, value: Number(row.value), setByUserId: row.set_by_user_id, setAt: row.set_at }));
}

/** Sets a person's target, replacing the one they had; returns the value it replaced (null when there was none). */
export async function savePersonTarget(db: Kysely<Database>, key: PersonTargetKey, value: number, setByUserId: number | null, now: string): Promise<number | null> {
  const before = await findPersonTargetValue(db, key);
  await db
    .insertInto('person_targets')
    .values({ organization_id: key.organizationId, team_id: key.teamId, user_id: key.userId, kpi_key: key.kpiKey, period: key.period, value, set_by_user_id: setByUserId, set_at: now })
    .onConflict((conflict) => conflict.columns(['organization_id', 'team_id', 'user_id', 'kpi_key', 'period']).doUpdateSet({ value, set_by_user_id: setByUserId, set_at: now }))
    .execute();
  return before;
}

/** Removes a person's target, so the documented one applies again; returns the value removed (null when there was none). */
export async function deletePersonTarget(db: Kysely<Database>, key: PersonTargetKey): Promise<number | null> {
  const before = await findPersonTargetValue(db, key);
  await byKey(db.deleteFrom('person_targets'), key).execute();
  return before;
}

async function findPersonTargetValue(db: Kysely<Database>, key: PersonTargetKey): Promise<number | null> {
  const row = await byKey(db.selectFrom('person_targets').select('value'), key).executeTakeFirst();
  return row ? Number(row.value) : null;
}

function byKey<Q extends { where: (...args: any[]) => Q }>(query: Q, key: PersonTargetKey): Q {
  return query
    .where('organization_id', '=', key.organizationId)
    .where('team_id', '=', key.teamId)
    .where('user_id', '=', key.userId)
    .where('kpi_key', '=', key.kpiKey)
    .where('period', '=', key.period);
}
