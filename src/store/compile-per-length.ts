/**
 * A query with `in (...)` lists, built and compiled once per dialect and list lengths, then run with each call's
 * arguments: what compile-once.ts does for fixed queries, for the lookups by a batch's ids (a single dial's lists
 * hold one id each, a thousand-event batch's a few hundred). An array argument becomes one parameter per item; the
 * builder gets placeholder strings in its place. Only for queries whose SQL depends on nothing but the lists' lengths;
 * the lists must not be empty (`in ()` is not SQL everywhere).
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './tables.ts';

interface Template {
  compiled: CompiledQuery;
  /** For each compiled parameter: [argument, item of an array argument or -1], or undefined for a constant of the query. */
  slots: Array<readonly [number, number] | undefined>;
}

/** Length combinations remembered per dialect (a batch's lists are mostly full chunks, with one remainder). */
const TEMPLATE_LIMIT = 64;

const placeholder = (argument: number, item: number) => `\u0000compile-per-length-${argument}-${item}\u0000`;

export function compilePerLength<Args extends unknown[], Row>(
  build: (db: Kysely<Database>, ...args: Args) => Compilable<Row>,
): (db: Kysely<Database>, ...args: Args) => Promise<QueryResult<Row>> {
  // Per dialect (the adapter's class; a transaction shares its database's), per list lengths.
  const templatesByDialect = new Map<unknown, Map<string, Template>>();
  return async (db, ...args) => {
    const dialectKey = db.getExecutor().adapter.constructor;
    let templates = templatesByDialect.get(dialectKey);
    if (!templates) templatesByDialect.set(dialectKey, (templates = new Map()));
    const key = args.map((arg) => (Array.isArray(arg) ? arg.length : '-')).join(' ');
    let template = templates.get(key);
    if (!template) {
      if (args.some((arg) => Array.isArray(arg) && arg.length === 0)) throw new Error('compilePerLength: a list argument is empty');
      const positions = new Map<string, readonly [number, number]>();
      const placeholders = args.map((arg, index) => {
        if (!Array.isArray(arg)) {
          positions.set(placeholder(index, -1), [index, -1]);
          return placeholder(index, -1);
        }
        return arg.map((_, item) => {
          positions.set(placeholder(index, item), [index, item]);
          return placeholder(index, item);
        });
      }) as Args;
      const compiled = build(db, ...placeholders).compile();
      const slots = compiled.parameters.map((parameter) => (typeof parameter === 'string' ? positions.get(parameter) : undefined));
      if (new Set(slots.filter((slot) => slot !== undefined)).size !== positions.size) {
        throw new Error('compilePerLength: an argument did not become a parameter of the query');
      }
      template = { compiled, slots };
      if (templates.size >= TEMPLATE_LIMIT) templates.delete(templates.keys().next().value!);
      templates.set(key, template);
    }
    const { compiled, slots } = template;
    const parameters = slots.map((slot, index) => (slot === undefined ? compiled.parameters[index] : slot[1] === -1 ? args[slot[0]] : (args[slot[0]] as unknown[])[slot[1]]));
    return db.executeQuery<Row>({ ...compiled, parameters } as CompiledQuery<Row>);
  };
}
