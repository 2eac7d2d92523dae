/** The databases every store test runs against: SQLite always, PostgreSQL on the local server (a fresh database per suite). */
import type { DialectName, Store } from '../../src/store/connection.ts';
import { isPostgresReachable, openScratchStore } from './scratch-store.ts';

export const POSTGRES_ADMIN_URL = process.env.SWIMLANE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  dialect: DialectName;
  /** Opens a new, migrated, empty store; `dispose` drops it. */
  create(): Promise<{ store: Store; dispose(): Promise<void> }>;
}

let postgresReachable: Promise<boolean> | undefined;

const database = (dialect: DialectName): TestDatabase => ({ dialect, create: () => openScratchStore(dialect, { adminUrl: POSTGRES_ADMIN_URL, prefix: 'swimlane_test' }) });
const sqlite = database('sqlite');
const postgres = database('postgres');

/**
 * SQLite and PostgreSQL. Outside CI an unreachable PostgreSQL is skipped with a clear message;
 * in CI (CI=true) it is an error, so the PostgreSQL run can never be silently lost.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  postgresReachable ??= isPostgresReachable(POSTGRES_ADMIN_URL);
  if (await postgresReachable) return [sqlite, postgres];
  if (process.env.CI) throw new Error(`PostgreSQL is required in CI but ${POSTGRES_ADMIN_URL} is not reachable`);
  console.warn(`\n  SKIPPED on PostgreSQL: ${POSTGRES_ADMIN_URL} is not reachable (start it to run the store suite on both databases)\n`);
  return [sqlite];
}
