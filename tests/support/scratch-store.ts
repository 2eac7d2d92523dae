/**
 * A migrated, empty store that exists only until disposed: SQLite in a temporary folder, or a fresh PostgreSQL
 * database created on the server at `adminUrl` and dropped again. Used by the tests and the benchmarks.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type DialectName, type Store } from '../../src/store/connection.ts';
import { migrateToLatest } from '../../src/store/migrate-to-latest.ts';

export interface ScratchStore {
  store: Store;
  dispose(): Promise<void>;
}

export interface ScratchOptions {
  /** The PostgreSQL server's URL with a database that exists (to create and drop the scratch one from). */
  adminUrl: string;
  /** Names the temporary folder or database, so a leftover one says where it came from. */
  prefix: string;
}

export async function openScratchStore(dialect: DialectName, options: ScratchOptions): Promise<ScratchStore> {
  if (dialect === 'sqlite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${options.prefix}-`));
    const store = openStore({ dataDir });
    await migrateToLatest(store);
    return {
      store,
      async dispose() {
        await store.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `${options.prefix.replace(/\W/g, '_')}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(options.adminUrl, (admin) => admin.query(`create database ${name}`));
  const url = new URL(options.adminUrl);
  url.pathname = `/${name}`;
  const store = openStore({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
  await migrateToLatest(store);
  return {
    store,
    async dispose() {
      await store.close();
      await withAdmin(options.adminUrl, async (admin) => {
        // Without (force): the pool is closed, and a backend still exiting only needs a moment.
        for (let attempt = 0; ; attempt++) {
          try {
            await admin.query(`drop database if exists ${name}`);
            return;
          } catch (error) {
            if (attempt >= 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
    },
  };
}

export async function isPostgresReachable(adminUrl: string): Promise<boolean> {
  try {
    await withAdmin(adminUrl, (admin) => admin.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

async function withAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end().catch(() => undefined);
  }
}
