/**
 * A multi-row statement (an insert, an upsert) built and compiled once per dialect and row count, then run with each
 * call's rows: Kysely builds and compiles a node per value, which for a batch of a thousand tracked events costs more
 * CPU than the database spends storing them. Like compile-once.ts, the builder gets placeholder strings; each
 * placeholder's position in the compiled parameters is where that row's column goes. Only for statements whose SQL
 * depends on nothing but the number of rows.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './tables.ts';

interface Template {
  compiled: CompiledQuery;
  /** For each compiled parameter: row * columns + column of the value that goes there, or -1 for a constant of the statement. */
  slots: number[];
}

/** Row counts remembered per dialect (a batch's chunks are mostly full, with one remainder). */
const TEMPLATE_LIMIT = 32;

const placeholder = (row: number, column: number) => `\u0000multi-row-${row}-${column}\u0000`;

export function compileMultiRow<Row extends object, Out>(
  columns: ReadonlyArray<keyof Row & string>,
  build: (db: Kysely<Database>, rows: Row[]) => Compilable<Out>,
): (db: Kysely<Database>, rows: readonly Row[]) => Promise<QueryResult<Out>> {
  const templates = new Map<string, Template>();
  return async (db, rows) => {
    // The adapter's class tells the dialects apart; a transaction shares its database's.
    const adapter = db.getExecutor().adapter.constructor as { name: string };
    const key = `${adapter.name} ${rows.length}`;
    let template = templates.get(key);
    if (!template) {
      const positions = new Map<string, number>();
      const placeholderRows = rows.map((_, row) =>
        Object.fromEntries(
          columns.map((column, index) => {
            positions.set(placeholder(row, index), row * columns.length + index);
            return [column, placeholder(row, index)];
          }),
        ),
      ) as unknown as Row[];
      const compiled = build(db, placeholderRows).compile();
      const slots = compiled.parameters.map((parameter) => (typeof parameter === 'string' ? (positions.get(parameter) ?? -1) : -1));
      if (new Set(slots.filter((slot) => slot !== -1)).size !== rows.length * columns.length) {
        throw new Error('compileMultiRow: a value did not become a parameter of the statement');
      }
      template = { compiled, slots };
      if (templates.size >= TEMPLATE_LIMIT) templates.delete(templates.keys().next().value!);
      templates.set(key, template);
    }
    const { compiled, slots } = template;
    const width = columns.length;
    const parameters = slots.map((slot, index) => (slot === -1 ? compiled.parameters[index] : (rows[Math.floor(slot / width)] as Record<string, unknown>)[columns[slot % width]!]));
    return db.executeQuery<Out>({ ...compiled, parameters } as CompiledQuery<Out>);
  };
}
