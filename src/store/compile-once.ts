/**
 * A query built and compiled once per dialect, then run again with new parameters: for the few statements on the
 * hottest path (a run command), where building and compiling through Kysely costs more CPU than SQLite spends
 * running them (DESIGN.md). The builder is called with placeholder strings; each placeholder's position in the
 * compiled parameters is where the caller's argument goes. Only for queries whose SQL does not depend on the
 * arguments: no `in (list)`, no optional clauses, no arguments in `limit` on PostgreSQL's typed casts.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './tables.ts';

interface Template {
  compiled: CompiledQuery;
  /** For each compiled parameter: the index of the caller's argument, or -1 for a constant of the query itself. */
  slots: number[];
}

const placeholder = (index: number) => `\u0000compile-once-argument-${index}\u0000`;

export function compileOnce<Args extends unknown[], Row>(
  build: (db: Kysely<Database>, ...args: Args) => Compilable<Row>,
): (db: Kysely<Database>, ...args: Args) => Promise<QueryResult<Row>> {
  const templates = new Map<unknown, Template>();
  return async (db, ...args) => {
    // The adapter's class tells the dialects apart; a transaction shares its database's.
    const dialectKey = db.getExecutor().adapter.constructor;
    let template = templates.get(dialectKey);
    if (!template) {
      const placeholders = args.map((_, index) => placeholder(index)) as Args;
      const compiled = build(db, ...placeholders).compile();
      const slots = compiled.parameters.map((parameter) => (typeof parameter === 'string' ? placeholders.indexOf(parameter) : -1));
      const used = new Set(slots);
      if (args.some((_, index) => !used.has(index))) throw new Error('compileOnce: an argument did not become a parameter of the query');
      template = { compiled, slots };
      templates.set(dialectKey, template);
    }
    const { compiled, slots } = template;
    const parameters = slots.map((slot, index) => (slot === -1 ? compiled.parameters[index] : args[slot]));
    return db.executeQuery<Row>({ ...compiled, parameters } as CompiledQuery<Row>);
  };
}
