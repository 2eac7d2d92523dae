/**
 * Daily counts (team-local date -> metric -> value) read from the rollups, for a team or one member, process, script
 * version or list, whole or per member, process, script version or list: the plain data the KPI math (src/kpi) takes
 * for pace, forecasts, alerts and comparisons. A va reads only their own, as with the tracking summary.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { DailyCounts } from '../../kpi/metrics.ts';
import { listDailyRollupSums } from '../../store/repositories/daily-rollup-totals.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { findVisibleTeam } from './find-visible-team.ts';

export interface DailyCountsQuery {
  teamId: number;
  /** Team-local dates, inclusive. */
  from: string;
  to: string;
  userId?: number | undefined;
  processId?: number | undefined;
  scriptVersionId?: number | undefined;
  list?: string | undefined;
  /** Only these metrics (all by default). */
  metrics?: readonly string[] | undefined;
  groupBy?: 'user' | 'process' | 'scriptVersion' | 'list' | undefined;
}

export interface DailyCountsGroup {
  /** The member, process or script version id, or the list; null for "none" (no script version, no list) and when not grouped. */
  key: string | number | null;
  daily: DailyCounts;
}

export interface DailyCountsResult {
  teamId: number;
  timeZone: string;
  groups: DailyCountsGroup[];
}

export async function readDailyCounts(db: Kysely<Database>, principal: Principal, query: DailyCountsQuery): Promise<DailyCountsResult> {
  const team = await findVisibleTeam(db, principal, query.teamId);
  let userId = query.userId;
  if (principal.role === 'va') {
    if (userId !== undefined && userId !== principal.userId) throw appError('FORBIDDEN', { field: 'userId', message: 'A virtual professional reads only their own figures.' });
    userId = principal.userId;
  }
  if (query.from > query.to) throw appError('VALIDATION_FAILED', { field: 'to', message: 'to must not be before from' });
  const sums = await listDailyRollupSums(
    db,
    principal.organizationId,
    { teamId: team.id, from: query.from, to: query.to, userId, processId: query.processId, scriptVersionId: query.scriptVersionId, list: query.list, metrics: query.metrics },
    query.groupBy,
  );
  const groups = new Map<string | number | null, Record<string, Record<string, number>>>();
  for (const sum of sums) {
    const key = query.groupBy === 'list' ? (sum.group === '' ? null : sum.group) : query.groupBy === 'scriptVersion' ? (sum.group === 0 ? null : sum.group) : sum.group;
    const daily = groups.get(key) ?? (groups.set(key, {}), groups.get(key)!);
    const day = (daily[sum.day] ??= {});
    day[sum.metric] = (day[sum.metric] ?? 0) + sum.value;
  }
  return { teamId: team.id, timeZone: team.timeZone, groups: [...groups].map(([key, daily]) => ({ key, daily })) };
}
