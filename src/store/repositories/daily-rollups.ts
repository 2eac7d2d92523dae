/** Daily rollups of tracked events: one row per team, team-local day, user, process, script version, list and metric, kept by upsert in the event's transaction. */
import type { Kysely } from 'kysely';
import { compileMultiRow } from '../compile-multi-row.ts';
import { listRollupCells, type RollupCell } from './dashboard-rollups.ts';
import type { Database, DailyRollupTable } from '../tables.ts';

/** An amount to add to one rollup row; null dimensions are stored as the "none" sentinels (0 and ''). */
export interface RollupDelta {
  organizationId: number;
  teamId: number;
  day: string;
  userId: number;
  processId: number;
  scriptVersionId: number | null;
  list: string | null;
  metric: string;
  amount: number;
}

export interface RollupFilter {
  teamId: number;
  from: string;
  to: string;
  userId?: number | undefined;
  processId?: number | undefined;
  scriptVersionId?: number | undefined;
  list?: string | undefined;
}

export type RollupGroup = 'day' | 'user' | 'process' | 'scriptVersion' | 'list';

export interface RollupSum {
  /** The group's value (null for no script version or list), or null when not grouped. */
  group: string | number | null;
  metric: string;
  value: number;
}

const NO_SCRIPT_VERSION = 0;
const NO_LIST = '';
/** 10 columns a row. */
const UPSERT_CHUNK = 500;

function keyOf(delta: RollupDelta): string {
  // \u0000 cannot occur in a list name (control characters are refused), so the key is unambiguous.
  return `${delta.teamId}\u0000${delta.day}\u0000${delta.userId}\u0000${delta.processId}\u0000${delta.scriptVersionId ?? NO_SCRIPT_VERSION}\u0000${delta.list ?? NO_LIST}\u0000${delta.metric}`;
}

/**
 * Adds the deltas, summed per row first; rows are written in key order so concurrent transactions lock them in one
 * order. A row that comes back to 0 (an undone dial) stays, holding 0.
 */
export async function addToRollups(db: Kysely<Database>, deltas: readonly RollupDelta[]): Promise<void> {
  const summed = new Map<string, RollupDelta>();
  for (const delta of deltas) {
    if (delta.amount === 0) continue;
    const key = keyOf(delta);
    const existing = summed.get(key);
    if (existing) existing.amount += delta.amount;
    else
      summed.set(key, {
        organizationId: delta.organizationId,
        teamId: delta.teamId,
        day: delta.day,
        userId: delta.userId,
        processId: delta.processId,
        scriptVersionId: delta.scriptVersionId,
        list: delta.list,
        metric: delta.metric,
        amount: delta.amount,
      });
  }
  const rows = [...summed.entries()]
    .filter(([, delta]) => delta.amount !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, delta]) => ({
      organization_id: delta.organizationId,
      team_id: delta.teamId,
      day: delta.day,
      user_id: delta.userId,
      process_id: delta.processId,
      script_version_id: delta.scriptVersionId ?? NO_SCRIPT_VERSION,
      list: delta.list ?? NO_LIST,
      metric: delta.metric,
      value: delta.amount,
    }));
  for (let index = 0; index < rows.length; index += UPSERT_CHUNK) await upsertRollupRows(db, rows.slice(index, index + UPSERT_CHUNK));
}

type RollupRow = DailyRollupTable;

const ROLLUP_COLUMNS: ReadonlyArray<keyof RollupRow> = ['organization_id', 'team_id', 'day', 'user_id', 'process_id', 'script_version_id', 'list', 'metric', 'value'];

// Every batch of events ends with these: compiled once per row count (see compile-multi-row.ts).
const upsertRollupRows = compileMultiRow(ROLLUP_COLUMNS, (db, rows: RollupRow[]) =>
  db
    .insertInto('daily_rollups')
    .values(rows)
    .onConflict((conflict) =>
      conflict
        .columns(['team_id', 'day', 'user_id', 'process_id', 'script_version_id', 'list', 'metric'])
        .doUpdateSet((eb) => ({ value: eb('daily_rollups.value', '+', eb.ref('excluded.value')) })),
    ),
);

/** Sums per metric over a range of team-local days (inclusive), optionally per group, in the group's order (none first). */
export async function sumRollups(db: Kysely<Database>, organizationId: number, filter: RollupFilter, groupBy?: RollupGroup): Promise<RollupSum[]> {
  const { teamId, ...narrowing } = filter;
  const cells = await listRollupCells(db, organizationId, { ...narrowing, teamIds: [teamId] }, groupBy ? [groupBy] : []);
  const groupOf = (cell: RollupCell): string | number | null => {
    if (groupBy === 'day') return cell.day!;
    if (groupBy === 'user') return cell.userId!;
    if (groupBy === 'process') return cell.processId!;
    if (groupBy === 'scriptVersion') return cell.scriptVersionId ?? null;
    if (groupBy === 'list') return cell.list ?? null;
    return null;
  };
  const sums = cells.map((cell) => ({ group: groupOf(cell), metric: cell.metric, value: cell.value }));
  return sums.sort((x, y) => (x.group === y.group ? 0 : x.group === null ? -1 : y.group === null ? 1 : x.group < y.group ? -1 : 1));
}
