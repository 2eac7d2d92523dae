/** Every transition of a run (who, when, which element, the variables it set): the run's timeline. */
import type { Kysely } from 'kysely';
import { compileOnce } from '../compile-once.ts';
import type { Database } from '../tables.ts';

export interface HistoryRecord {
  id: number;
  at: string;
  kind: string;
  elementId: string | null;
  by: { id: number; name: string } | null;
  variables: Record<string, unknown> | null;
  detail: string | null;
}

export interface NewHistoryEntry {
  at: string;
  kind: string;
  elementId: string | null;
  userId: number | null;
  variables: Record<string, unknown> | null;
  detail: string | null;
}

/** One statement per number of rows (a command writes from one to a few dozen), compiled once each (see compile-once.ts). */
const insertRowsByCount = new Map<number, ReturnType<typeof compileInsert>>();
const COLUMNS_PER_ROW = 8;
type HistoryRowValues = [number, number, string, number | null, string, string | null, string | null, string | null];

function compileInsert(count: number) {
  return compileOnce((db, ...values: unknown[]) =>
    db.insertInto('run_history').values(
      Array.from({ length: count }, (_, row) => {
        const [organization_id, run_id, at, user_id, kind, element_id, variables, detail] = values.slice(row * COLUMNS_PER_ROW, (row + 1) * COLUMNS_PER_ROW) as HistoryRowValues;
        return { organization_id, run_id, at, user_id, kind, element_id, variables, detail };
      }),
    ),
  );
}

/** Appends a command's entries in one statement, in order. */
export async function insertHistory(db: Kysely<Database>, organizationId: number, runId: number, entries: readonly NewHistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // Long bursts (a big multi-instance) go through the builder rather than compiling a statement for each size.
  if (entries.length > 32) {
    await db.insertInto('run_history').values(entries.map((entry) => historyRow(organizationId, runId, entry))).execute();
    return;
  }
  let insert = insertRowsByCount.get(entries.length);
  if (!insert) {
    insert = compileInsert(entries.length);
    insertRowsByCount.set(entries.length, insert);
  }
  await insert(db, ...entries.flatMap((entry) => Object.values(historyRow(organizationId, runId, entry))));
}

function historyRow(organizationId: number, runId: number, entry: NewHistoryEntry) {
  return {
    organization_id: organizationId,
    run_id: runId,
    at: entry.at,
    user_id: entry.userId,
    kind: entry.kind,
    element_id: entry.elementId,
    variables: entry.variables === null ? null : JSON.stringify(entry.variables),
    detail: entry.detail,
  };
}

/** Oldest first. */
export async function listHistory(db: Kysely<Database>, organizationId: number, runId: number, options: { limit?: number } = {}): Promise<HistoryRecord[]> {
  const rows = await db
    .selectFrom('run_history')
    .leftJoin('users', 'users.id', 'run_history.user_id')
    .select(['run_history.id', 'run_history.at', 'run_history.kind', 'run_history.element_id', 'run_history.user_id', 'users.name as user_name', 'run_history.variables', 'run_history.detail'])
    .where('run_history.organization_id', '=', organizationId)
    .where('run_history.run_id', '=', runId)
    .orderBy('run_history.id')
    .limit(options.limit ?? 5000)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    kind: row.kind,
    elementId: row.element_id,
    by: row.user_id !== null && row.user_name !== null ? { id: row.user_id, name: row.user_name } : null,
    variables: row.variables === null ? null : (JSON.parse(row.variables) as Record<string, unknown>),
    detail: row.detail,
  }));
}
