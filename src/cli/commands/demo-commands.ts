/** `swimlane demo`: an agency with clients, VAs and a year of history, generated in the store of this machine. */
import type { Command } from 'commander';
import type { DemoCommandOptions } from './run-demo.ts';

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description('create a demo agency (clients, team leads, VAs) with realistic calling history and planted anomalies, deterministic for a seed')
    .option('--vas <count>', 'virtual assistants', '50')
    .option('--days <count>', 'days of history, ending now', '365')
    .option('--seed <number>', 'the same seed gives the same organization and rollups', '1')
    .option('--organization <name>', 'the agency (found again when it exists: nothing is counted twice)', 'Demo Agency')
    .option('--email <email>', "the owner's email; every demo person signs in with the owner's password", 'owner@demo.test')
    .option('--password-stdin', 'read the password from standard input (otherwise a strong one is generated and printed once)')
    .option('--end <instant>', 'end the history at this ISO-8601 instant instead of now')
    .option('--through-ingest', 'send every batch through the tracked-event ingest (slower; the default fast path stores the same rows)')
    .action(async (options: DemoCommandOptions) => (await import('./run-demo.ts')).runDemo(options));
}
