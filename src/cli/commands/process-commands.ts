/** `swimlane processes`, `swimlane import FILE.bpmn` and `swimlane export PROCESS_ID`: processes through the API. */
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';

/** A positive whole number from an option, or a clear error naming the option. */
function parseId(option: string) {
  return (value: string): number => {
    if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new CliError(`${option} must be a positive whole number, got "${value}"`);
    return Number(value);
  };
}

export function registerProcessCommands(program: Command): void {
  program
    .command('processes')
    .description('list the processes you can see (through the API)')
    .option('--team <id>', 'only this team', parseId('--team'))
    .option('--templates', 'only the library templates')
    .option('--retired', 'retired processes too')
    .option('--json', 'print JSON')
    .action(async (options: { team?: number; templates?: boolean; retired?: boolean; json?: boolean }) => (await import('./process-command-actions.ts')).listProcesses(options));

  program
    .command('import <file>')
    .description('import a .bpmn file as a new process (a draft); its Swimlane documentation comes with it')
    .option('--team <id>', 'the team to import into (default: the library)', parseId('--team'))
    .option('--name <name>', 'the process name (default: the name in the file)')
    .action(async (file: string, options: { team?: number; name?: string }) => (await import('./process-command-actions.ts')).importProcess(file, options));

  program
    .command('export <processId>')
    .description('export a version as .bpmn (with its documentation) or as the SVG saved with it')
    .option('--version <number>', 'the version (default: the latest published one)', parseId('--version'))
    .option('--format <format>', 'bpmn or svg', 'bpmn')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (processId: string, options: { version?: number; format: string; output?: string }) =>
      (await import('./process-command-actions.ts')).exportProcess(parseId('process id')(processId), options),
    );
}
