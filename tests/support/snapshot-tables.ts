/** Every row of every table (found by introspection, so new tables are included), in a stable order, to compare before and after a request. */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/tables.ts';

export type TablesSnapshot = Record<string, unknown[]>;

export interface TableShape {
  name: string;
  columns: string[];
}

const shapesByDatabase = new WeakMap<Kysely<Database>, Promise<TableShape[]>>();

/** The store's tables and their columns, without Kysely's migration bookkeeping. */
export function tableShapes(db: Kysely<Database>): Promise<TableShape[]> {
  let shapes = shapesByDatabase.get(db);
  if (!shapes) {
    shapes = db.introspection.getTables().then((tables) =>
      tables.map((table) => ({ name: table.name, columns: table.columns.map((column) => column.name) })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    shapesByDatabase.set(db, shapes);
  }
  return shapes;
}

/** Rows compare as JSON, so the order the database happens to return them in does not matter. */
export function sortRows(rows: unknown[]): unknown[] {
  return rows.map((row) => JSON.stringify(row)).sort().map((row) => JSON.parse(row) as unknown);
}

export async function snapshotTables(db: Kysely<Database>, options: { except?: readonly string[] } = {}): Promise<TablesSnapshot> {
  const except = new Set(options.except ?? []);
  // Table names come from the database itself, so the untyped view is safe here.
  const untyped = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const snapshot: TablesSnapshot = {};
  for (const { name } of await tableShapes(db)) {
    if (except.has(name)) continue;
    snapshot[name] = sortRows(await untyped.selectFrom(name).selectAll().execute());
  }
  return snapshot;
}
