/** Opens the store: SQLite (WAL) in the data folder by default, PostgreSQL when a URL is given. */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { cacheSqliteStatements } from './cache-sqlite-statements.ts';
import type { Database } from './tables.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface StoreOptions {
  /** postgres://... selects PostgreSQL; otherwise SQLite in dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** SQLite file name inside dataDir; ':memory:' for a throwaway store. */
  sqliteFile?: string;
}

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for logs (never contains a password). */
  location: string;
  close(): Promise<void>;
}

export function openStore(options: StoreOptions): Store {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openSqlite(options.dataDir, options.sqliteFile ?? 'swimlane.db');
}

function openSqlite(dataDir: string, file: string): Store {
  const location = file === ':memory:' ? ':memory:' : path.resolve(dataDir, file);
  if (location !== ':memory:') fs.mkdirSync(path.dirname(location), { recursive: true });
  const sqlite = new SqliteDatabase(location);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cacheSqliteStatements(sqlite) }) });
  return { db, dialect: 'sqlite', location, close: () => db.destroy() };
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparseable URL)';
  }
}
