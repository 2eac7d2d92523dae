/** Runs the versioned migrations that have not run yet, in order, and reports what ran. */
import { Migrator, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import type { Store } from './connection.ts';
import * as foundation from './migrations/0001-foundation.ts';
import * as processes from './migrations/0002-processes.ts';
import * as runs from './migrations/0003-runs.ts';
import * as processLifecycle from './migrations/0004-process-lifecycle.ts';
import * as compliance from './migrations/0005-compliance.ts';
import * as tracking from './migrations/0006-tracking.ts';
import * as startTimers from './migrations/0007-start-timers.ts';
import * as leads from './migrations/0008-leads.ts';
import * as webhooks from './migrations/0009-webhooks.ts';
import * as notifications from './migrations/0010-notifications.ts';
import * as dailyRollupsMetricIndex from './migrations/0011-daily-rollups-metric-index.ts';
import * as stepRollups from './migrations/0012-step-rollups.ts';
import * as personTargets from './migrations/0013-person-targets.ts';

/** Listed here rather than read from disk so the same set runs from source, tests and any bundle. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-processes': processes,
  '0003-runs': runs,
  '0004-process-lifecycle': processLifecycle,
  '0005-compliance': compliance,
  '0006-tracking': tracking,
  '0007-start-timers': startTimers,
  '0008-leads': leads,
  '0009-webhooks': webhooks,
  '0010-notifications': notifications,
  '0011-daily-rollups-metric-index': dailyRollupsMetricIndex,
  '0012-step-rollups': stepRollups,
  '0013-person-targets': personTargets,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(store: Store): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String((error as Error).message ?? error)}`, {
      cause: error,
    });
  }
  return results ?? [];
}
