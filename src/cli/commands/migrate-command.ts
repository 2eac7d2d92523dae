/** `swimlane migrate`: brings the store's schema up to date. */
import type { Command } from 'commander';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply the migrations the store has not had yet (serve also does this at start)')
    .action(async () => {
      const { readConfig } = await import('../../server/config.ts');
      const { openStore } = await import('../../store/connection.ts');
      const { migrateToLatest } = await import('../../store/migrate-to-latest.ts');
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
