/** `swimlane user create`: adds a person directly in the store of this machine. */
import type { Command } from 'commander';
import { ROLES } from '../../api/roles.ts';
import type { UserCreateOptions } from './create-user.ts';

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage people directly in the store of this machine');
  user
    .command('create')
    .description('create a person with a password; on an empty store, also the organization (they become its owner)')
    .requiredOption('--email <email>', 'their email, used to log in')
    .requiredOption('--name <name>', 'their full name')
    .option('--role <role>', `one of ${ROLES.join(', ')} (default: owner on an empty store, else va)`)
    .option('--organization <name>', 'the organization: created when the store is empty; required when there are several')
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action(async (options: UserCreateOptions) => (await import('./create-user.ts')).createUser(options));
}
