/** The `swimlane` command: serve, migrate, user and token administration on this machine, and API commands against a server. */
import { Command } from 'commander';
import { registerApiCommands } from './commands/api-commands.ts';
import { registerDemoCommands } from './commands/demo-commands.ts';
import { registerMigrateCommand } from './commands/migrate-command.ts';
import { registerProcessCommands } from './commands/process-commands.ts';
import { registerRunCommands } from './commands/run-commands.ts';
import { registerServeCommand } from './commands/serve-command.ts';
import { registerTokenCommands } from './commands/token-commands.ts';
import { registerUserCommands } from './commands/user-commands.ts';
import { CliError } from './cli-error.ts';

export function buildProgram(): Command {
  const program = new Command()
    .name('swimlane')
    .description('Swimlane: model, run and measure the processes your virtual professionals carry out.')
    .showHelpAfterError()
    .addHelpText(
      'after',
      `
Environment:
  DATABASE_URL         postgres://... to use PostgreSQL (default: SQLite in the data folder)
  SWIMLANE_DATA_DIR    data folder (default: ./data)
  PORT, HOST           where serve listens (default: 127.0.0.1:3000)
  SWIMLANE_URL         server the API commands talk to (default: http://127.0.0.1:3000)
  SWIMLANE_TOKEN       API token for the API commands (create one with "swimlane token create")`,
    );
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerUserCommands(program);
  registerTokenCommands(program);
  registerApiCommands(program);
  registerRunCommands(program);
  registerProcessCommands(program);
  registerDemoCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`swimlane: ${error.message}`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}
