/**
 * Keeps better-sqlite3's prepared statements by SQL text, so a query Kysely sends again is not parsed and planned
 * again (DESIGN.md: Kysely costs about 60 us per statement on SQLite; preparing is a good part of it). Bounded, least
 * recently used first out. A streamed query gets a statement of its own: a statement being iterated cannot run twice.
 */
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

export function cacheSqliteStatements(sqlite: SqliteDatabase, limit = 500): KyselySqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= limit) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      const prepared = statement;
      return {
        reader: prepared.reader,
        // Parameters go as one array, as Kysely's own driver passes them (better-sqlite3 binds an array's items in order).
        all: (parameters) => prepared.all(parameters),
        run: (parameters) => prepared.run(parameters),
        iterate: (parameters) => sqlite.prepare(sql).iterate(parameters) as IterableIterator<unknown>,
      };
    },
  };
}
