/** `swimlane token create`: a personal API token for the CLI or an integration. */
import type { Command } from 'commander';
import type { TokenCreateOptions } from './create-token.ts';

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('manage personal API tokens');
  token
    .command('create')
    .description('create an API token acting as this person (with their role); prints the secret once')
    .requiredOption('--email <email>', 'whose token it is')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--organization <name>', 'required when there are several organizations')
    .action(async (options: TokenCreateOptions) => (await import('./create-token.ts')).createToken(options));
}
