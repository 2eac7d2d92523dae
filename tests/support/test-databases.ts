/** The databases every store test runs against: SQLite always, PostgreSQL on the local server (a fresh database per suite). */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type DialectName, type Store } from '../../src/store/connection.ts';
import { migrateToLatest } from '../../src/store/migrate-to-latest.ts';

export const POSTGRES_ADMIN_URL = process.env.SWIMLANE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  dialect: DialectName;
  /** Opens a new, migrated, empty store; `dispose` drops it. */
  create(): Promise<{ store: Store; dispose(): Promise<void> }>;
}

let postgresReachable: Promise<boolean> | undefined;

async function isPostgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const sqlite: TestDatabase = {
  dialect: 'sqlite',
  async create() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'swimlane-test-'));
    const store = openStore({ dataDir });
    await migrateToLatest(store);
    return {
      store,
      async dispose() {
        await store.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: TestDatabase = {
  dialect: 'postgres',
  async create() {
    const name = `swimlane_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const store = openStore({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
    await migrateToLatest(store);
    return {
      store,
      async dispose() {
        await store.close();
        const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
        await cleanup.connect();
        try {
          // Without (force): the pool is closed, and a backend still exiting only needs a moment.
          for (let attempt = 0; ; attempt++) {
            try {
              await cleanup.query(`drop database if exists ${name}`);
              break;
            } catch (error) {
              if (attempt >= 20) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        } finally {
          await cleanup.end();
        }
      },
    };
  },
};

/**
 * SQLite and PostgreSQL. Outside CI an unreachable PostgreSQL is skipped with a clear message;
 * in CI (CI=true) it is an error, so the PostgreSQL run can never be silently lost.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  postgresReachable ??= isPostgresReachable();
  if (await postgresReachable) return [sqlite, postgres];
  if (process.env.CI) throw new Error(`PostgreSQL is required in CI but ${POSTGRES_ADMIN_URL} is not reachable`);
  console.warn(`\n  SKIPPED on PostgreSQL: ${POSTGRES_ADMIN_URL} is not reachable (start it to run the store suite on both databases)\n`);
  return [sqlite];
}
