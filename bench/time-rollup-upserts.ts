/**
 * What an index on daily_rollups costs the writes: the ingest's rollup upsert (add to a row, creating it when absent)
 * on existing rows of a team's last month, timed inside a transaction that is then rolled back, so the data stays as
 * it was. Every upsert changes `value`, which a covering index holds, so each one updates the index too.
 */
import type { Kysely } from 'kysely';
import { addDays } from '../src/kpi/calendar-dates.ts';
import { addRollupTotals, type RollupTotal } from '../src/store/repositories/daily-rollup-totals.ts';
import type { Database } from '../src/store/tables.ts';
import type { AggregateWindow } from './measure-dashboard-calls.ts';
import { summarizeLatencies, type LatencySummary } from './summarize-latencies.ts';

class RolledBack extends Error {}

/** Up to `count` existing rows of the window's last two weeks as +1 deltas, in key order as the ingest writes them. */
export async function pickRollupDeltas(db: Kysely<Database>, window: AggregateWindow, count: number): Promise<RollupTotal[]> {
  const rows = await db
    .selectFrom('daily_rollups')
    .select(['organization_id', 'team_id', 'day', 'user_id', 'process_id', 'script_version_id', 'list', 'metric'])
    .where('organization_id', '=', window.organizationId)
    .where('team_id', '=', window.teamId)
    .where('day', '>=', addDays(window.to, -13))
    .where('day', '<=', window.to)
    .orderBy('day')
    .orderBy('user_id')
    .orderBy('process_id')
    .orderBy('script_version_id')
    .orderBy('list')
    .orderBy('metric')
    .limit(count)
    .execute();
  return rows.map((row) => ({ organizationId: row.organization_id, teamId: row.team_id, day: row.day, userId: row.user_id, processId: row.process_id, scriptVersionId: row.script_version_id, list: row.list, metric: row.metric, value: 1 }));
}

/** Milliseconds to upsert the deltas (500 rows a statement), `samples` times after `warmup`, each in a transaction rolled back. */
export async function timeRollupUpserts(db: Kysely<Database>, deltas: readonly RollupTotal[], samples: number, warmup: number): Promise<LatencySummary> {
  const durations: number[] = [];
  for (let index = 0; index < warmup + samples; index++) {
    try {
      await db.transaction().execute(async (trx) => {
        const started = performance.now();
        await addRollupTotals(trx, deltas);
        if (index >= warmup) durations.push(performance.now() - started);
        throw new RolledBack();
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
    }
  }
  return summarizeLatencies(durations);
}
