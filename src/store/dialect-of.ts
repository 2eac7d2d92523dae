/** Which database a Kysely connection talks to, for code handed only the connection. */
import { PostgresAdapter, type Kysely } from 'kysely';
import type { DialectName } from './connection.ts';

export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
