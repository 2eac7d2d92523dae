/** The dashboards' reads: daily-rollup sums grouped by any of team, day, user, process, script version and list; script version labels; each VA's last dial by the events' index. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export type RollupDimension = 'team' | 'day' | 'user' | 'process' | 'scriptVersion' | 'list';

export interface RollupCellFilter {
  teamIds: readonly number[];
  from: string;
  to: string;
  userId?: number | undefined;
  processId?: number | undefined;
  scriptVersionId?: number | undefined;
  list?: string | undefined;
  /** Only these metrics. */
  metrics?: readonly string[] | undefined;
}

/** One sum: the dimensions asked for are set (a script version or list of "none" is null), the others undefined. */
export interface RollupCell {
  teamId?: number;
  day?: string;
  userId?: number;
  processId?: number;
  scriptVersionId?: number | null;
  list?: string | null;
  metric: string;
  value: number;
}

const COLUMNS = { team: 'team_id', day: 'day', user: 'user_id', process: 'process_id', scriptVersion: 'script_version_id', list: 'list' } as const;

/** Sums of the rollups over a range of team-local days (both included), per metric and the dimensions named. */
export async function listRollupCells(db: Kysely<Database>, organizationId: number, filter: RollupCellFilter, dimensions: readonly RollupDimension[]): Promise<RollupCell[]> {
  if (filter.teamIds.length === 0) return [];
  const columns = dimensions.map((dimension) => COLUMNS[dimension]);
  let query = db
    .selectFrom('daily_rollups')
    .select((eb) => ['metric', eb.fn.sum<number | string>('value').as('value')])
    .where('organization_id', '=', organizationId)
    .where('team_id', 'in', filter.teamIds)
    .where('day', '>=', filter.from)
    .where('day', '<=', filter.to)
    .groupBy('metric');
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.processId !== undefined) query = query.where('process_id', '=', filter.processId);
  if (filter.scriptVersionId !== undefined) query = query.where('script_version_id', '=', filter.scriptVersionId);
  if (filter.list !== undefined) query = query.where('list', '=', filter.list);
  if (filter.metrics) query = query.where('metric', 'in', filter.metrics.length ? [...filter.metrics] : ['']);
  for (const column of columns) query = query.select(column).groupBy(column);
  const rows = (await query.execute()) as unknown as Array<Record<string, string | number> & { metric: string; value: string | number }>;
  return rows.map((row) => {
    const cell: RollupCell = { metric: row.metric, value: Number(row.value) };
    for (const dimension of dimensions) {
      const raw = row[COLUMNS[dimension]]!;
      if (dimension === 'team') cell.teamId = Number(raw);
      else if (dimension === 'day') cell.day = String(raw);
      else if (dimension === 'user') cell.userId = Number(raw);
      else if (dimension === 'process') cell.processId = Number(raw);
      else if (dimension === 'scriptVersion') cell.scriptVersionId = Number(raw) === 0 ? null : Number(raw);
      else cell.list = raw === '' ? null : String(raw);
    }
    return cell;
  });
}

/** "Cold call v2" for each script version id of the organization. */
export async function listScriptVersionLabels(db: Kysely<Database>, organizationId: number, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('script_versions')
    .innerJoin('scripts', 'scripts.id', 'script_versions.script_id')
    .select(['script_versions.id', 'script_versions.number', 'scripts.name'])
    .where('script_versions.organization_id', '=', organizationId)
    .where('script_versions.id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, `${row.name} v${row.number}`]));
}

/** The instant of each user's latest dial in the team: one index seek per user (team, user, occurred_at), never a scan. */
export async function findLastDialTimes(db: Kysely<Database>, organizationId: number, teamId: number, userIds: readonly number[]): Promise<Map<number, string>> {
  const result = new Map<number, string>();
  for (const userId of userIds) {
    const row = await db
      .selectFrom('tracked_events')
      .select('occurred_at')
      .where('team_id', '=', teamId)
      .where('user_id', '=', userId)
      .where('organization_id', '=', organizationId)
      .where('kind', '=', 'dial')
      .orderBy('occurred_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row) result.set(userId, row.occurred_at);
  }
  return result;
}
