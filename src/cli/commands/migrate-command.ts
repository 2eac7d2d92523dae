/** `swimlane migrate`: brings the store's schema up to date. */
import type { Command } from 'commander';
import { readConfig } from '../../server/config.ts';
import { openStore } from '../../store/connection.ts';
import { migrateToLatest } from '../../store/migrate-to-latest.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply the migrations the store has not had yet (serve also does this at start)')
    .action(async () => {
      const store = openStore(readConfig());
      try {
        const results = await migrateToLatest(store);
        if (results.length === 0) console.log(`${store.dialect} (${store.location}): already up to date`);
        for (const result of results) console.log(`${result.migrationName}: ${result.status}`);
      } finally {
        await store.close();
      }
    });
}
