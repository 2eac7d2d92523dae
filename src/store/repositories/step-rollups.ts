/**
 * Step rollups: one row per process, diagram element, team-local day and metric (with its team), holding what the
 * tracked events logged on that element add; kept by upsert in the events' transaction and read by the process overlay.
 */
import type { Kysely } from 'kysely';
import { compileMultiRow } from '../compile-multi-row.ts';
import type { Database, StepRollupTable } from '../tables.ts';

/** What an event counts and where: its dimensions and amounts per metric (an undo's are negative, on its entry's day). */
export interface StepCountSource {
  organizationId: number;
  teamId: number;
  processId: number;
  /** The step it was logged on; an event on no step has no step rollup. */
  elementId: string | null;
  day: string;
  counts: Readonly<Record<string, number>>;
}

/** Amounts summed per row, by key; rows are created as they are first met and added to after. */
export type StepRollupSums = Map<string, StepRollupTable>;

export interface StepCounterSum {
  elementId: string;
  metric: string;
  value: number;
}

/** 7 columns a row. */
const UPSERT_CHUNK = 500;

/**
 * Adds the counts of an event logged on a step to the sums. The key's prefix is built once per event, and a row object
 * once per distinct row of the batch (not per amount): this runs for every event the ingest stores.
 */
export function sumStepCounts(sums: StepRollupSums, event: StepCountSource): void {
  const elementId = event.elementId;
  if (elementId === null) return;
  // \u0000 cannot occur in an element id (control characters are refused), so the key is unambiguous.
  const prefix = `${event.teamId}\u0000${event.processId}\u0000${event.day}\u0000${elementId}\u0000`;
  for (const metric in event.counts) {
    const amount = event.counts[metric]!;
    if (amount === 0) continue;
    const key = prefix + metric;
    const row = sums.get(key);
    if (row) row.value += amount;
    else
      sums.set(key, {
        organization_id: event.organizationId,
        team_id: event.teamId,
        process_id: event.processId,
        element_id: elementId,
        day: event.day,
        metric,
        value: amount,
      });
  }
}

/** Adds a batch's sums to the rows, leaving out those that sum to 0; a row that comes back to 0 later stays, holding 0. */
export async function addToStepRollups(db: Kysely<Database>, sums: StepRollupSums): Promise<void> {
  await upsertInKeyOrder(db, sums, false);
}

/**
 * Adds final totals, rows that total 0 included (a history written in bulk keeps the rows its batches made, as the
 * ingest leaves an undone dial's row holding 0).
 */
export async function addStepRollupTotals(db: Kysely<Database>, totals: StepRollupSums): Promise<void> {
  await upsertInKeyOrder(db, totals, true);
}

/** Adds the batch's non-zero sums into running totals: the rows the ingest would have made or added to for it. */
export function addBatchToTotals(totals: StepRollupSums, batch: StepRollupSums): void {
  for (const [key, row] of batch) {
    if (row.value === 0) continue;
    const total = totals.get(key);
    if (total) total.value += row.value;
    else totals.set(key, row);
  }
}

/** Rows go in key order, so concurrent transactions lock them in one order (no deadlock on PostgreSQL). */
async function upsertInKeyOrder(db: Kysely<Database>, sums: StepRollupSums, keepZero: boolean): Promise<void> {
  if (sums.size === 0) return;
  const rows = [...sums.entries()]
    .filter(([, row]) => keepZero || row.value !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
  for (let index = 0; index < rows.length; index += UPSERT_CHUNK) await upsertStepRows(db, rows.slice(index, index + UPSERT_CHUNK));
}

const STEP_COLUMNS: ReadonlyArray<keyof StepRollupTable> = ['organization_id', 'team_id', 'process_id', 'element_id', 'day', 'metric', 'value'];

// Every batch with events on a step ends with these: compiled once per row count (see compile-multi-row.ts).
const upsertStepRows = compileMultiRow(STEP_COLUMNS, (db, rows: StepRollupTable[]) =>
  db
    .insertInto('step_rollups')
    .values(rows)
    .onConflict((conflict) =>
      conflict
        .columns(['organization_id', 'process_id', 'day', 'element_id', 'metric', 'team_id'])
        .doUpdateSet((eb) => ({ value: eb('step_rollups.value', '+', eb.ref('excluded.value')) })),
    ),
);

/** Sums per element and metric of a process over a range of team-local days (inclusive); sums of 0 are left out. */
export async function sumStepRollups(db: Kysely<Database>, organizationId: number, processId: number, from: string, to: string): Promise<StepCounterSum[]> {
  const rows = await db
    .selectFrom('step_rollups')
    .select((eb) => ['element_id', 'metric', eb.fn.sum<number | string>('value').as('value')])
    .where('organization_id', '=', organizationId)
    .where('process_id', '=', processId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['element_id', 'metric'])
    .orderBy('element_id')
    .orderBy('metric')
    .execute();
  return rows.map((row) => ({ elementId: row.element_id, metric: row.metric, value: Number(row.value) })).filter((row) => row.value !== 0);
}
