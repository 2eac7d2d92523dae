/** Daily rollups written or read in bulk: final totals per row (a seeded history), and sums per day, metric and one dimension (the KPI series). */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';
import type { RollupFilter, RollupGroup } from './daily-rollups.ts';

export interface RollupTotal {
  organizationId: number;
  teamId: number;
  day: string;
  userId: number;
  processId: number;
  /** 0 and '' are "none", as the ingest stores them. */
  scriptVersionId: number;
  list: string;
  metric: string;
  value: number;
}

const CHUNK = 500;

/** Adds each total to its row (creating it), keeping rows that total 0, as the ingest leaves an undone dial's row. */
export async function addRollupTotals(db: Kysely<Database>, totals: readonly RollupTotal[]): Promise<void> {
  for (let index = 0; index < totals.length; index += CHUNK) {
    await db
      .insertInto('daily_rollups')
      .values(
        totals.slice(index, index + CHUNK).map((total) => ({
          organization_id: total.organizationId,
          team_id: total.teamId,
          day: total.day,
          user_id: total.userId,
          process_id: total.processId,
          script_version_id: total.scriptVersionId,
          list: total.list,
          metric: total.metric,
          value: total.value,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['team_id', 'day', 'user_id', 'process_id', 'script_version_id', 'list', 'metric']).doUpdateSet((eb) => ({ value: eb('daily_rollups.value', '+', eb.ref('excluded.value')) })),
      )
      .execute();
  }
}

export interface DailyRollupSum {
  day: string;
  /** The group's value: a user or script version id, a list ('' for none); null when not grouped. */
  group: string | number | null;
  metric: string;
  value: number;
}

const GROUP_COLUMNS = { day: 'day', user: 'user_id', process: 'process_id', scriptVersion: 'script_version_id', list: 'list' } as const;

/** Sums per team-local day and metric (and per group), over a range of days (inclusive), optionally narrowed to some metrics. */
export async function listDailyRollupSums(db: Kysely<Database>, organizationId: number, filter: RollupFilter & { metrics?: readonly string[] | undefined }, groupBy?: Exclude<RollupGroup, 'day'>): Promise<DailyRollupSum[]> {
  let query = db
    .selectFrom('daily_rollups')
    .select((eb) => ['day', 'metric', eb.fn.sum<number | string>('value').as('value')])
    .where('organization_id', '=', organizationId)
    .where('team_id', '=', filter.teamId)
    .where('day', '>=', filter.from)
    .where('day', '<=', filter.to)
    .groupBy(['day', 'metric']);
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.processId !== undefined) query = query.where('process_id', '=', filter.processId);
  if (filter.scriptVersionId !== undefined) query = query.where('script_version_id', '=', filter.scriptVersionId);
  if (filter.list !== undefined) query = query.where('list', '=', filter.list);
  if (filter.metrics) query = query.where('metric', 'in', filter.metrics.length ? [...filter.metrics] : ['']);
  if (!groupBy) return (await query.orderBy('day').execute()).map((row) => ({ day: row.day, group: null, metric: row.metric, value: Number(row.value) }));
  const column = GROUP_COLUMNS[groupBy];
  const rows = await query.select(`${column} as group_value`).groupBy(column).orderBy('day').execute();
  return rows.map((row) => {
    const raw = (row as unknown as { group_value: string | number }).group_value;
    return { day: row.day, group: groupBy === 'list' ? String(raw) : Number(raw), metric: row.metric, value: Number(row.value) };
  });
}
