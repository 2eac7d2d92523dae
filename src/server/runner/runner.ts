/** What every run command needs: the store, compiled versions, the service handlers, a logger, and test seams. */
import type { Kysely } from 'kysely';
import type { DialectName, Store } from '../../store/connection.ts';
import type { RunRecord } from '../../store/repositories/runs.ts';
import type { Database } from '../../store/tables.ts';
import { registerBuiltInServiceHandlers } from './built-in-service-handlers.ts';
import { RunnableVersionCache } from './runnable-version-cache.ts';
import { ServiceHandlerRegistry } from './service-handler-registry.ts';

export interface RunnerLogger {
  info(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

/** Test seams inside a command's transaction; production leaves them empty. */
export interface RunnerHooks {
  /** After the run is read, before the engine advances it (a test makes a second writer act here). */
  afterLoad?: ((trx: Kysely<Database>, run: RunRecord) => Promise<void>) | undefined;
  /** After every row is written, before commit (a test throws here to prove nothing half-written stays). */
  beforeCommit?: ((trx: Kysely<Database>, runId: number) => Promise<void>) | undefined;
}

export interface Runner {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly versions: RunnableVersionCache;
  readonly handlers: ServiceHandlerRegistry;
  readonly log: RunnerLogger;
  hooks: RunnerHooks;
}

export function createRunner(store: Pick<Store, 'db' | 'dialect'>, log: RunnerLogger): Runner {
  return {
    db: store.db,
    dialect: store.dialect,
    versions: new RunnableVersionCache(),
    handlers: registerBuiltInServiceHandlers(new ServiceHandlerRegistry(), log),
    log,
    hooks: {},
  };
}
