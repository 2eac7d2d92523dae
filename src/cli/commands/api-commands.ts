/** Commands that talk to a running server through the typed API client, authenticated by an API token. */
import type { Command } from 'commander';
import { ApiError, createApiClient } from '../../api/client.ts';
import { CliError } from '../cli-error.ts';

function apiClient() {
  const token = process.env.SWIMLANE_TOKEN;
  if (!token) throw new CliError('set SWIMLANE_TOKEN to an API token (create one with "swimlane token create --email you@example.com")');
  return createApiClient({ baseUrl: process.env.SWIMLANE_URL ?? 'http://127.0.0.1:3000', token });
}

async function callApi<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(`${error.message}${error.field ? ` (${error.field})` : ''} [${error.code}]`);
    throw error;
  }
}

export function registerApiCommands(program: Command): void {
  program
    .command('whoami')
    .description('show who the API token acts as')
    .action(async () => {
      const session = await callApi(() => apiClient().session());
      console.log(`${session.user.name} <${session.user.email}>, ${session.role} in "${session.organization.name}"`);
    });

  const teams = program.command('teams').description('list and create teams (through the API)');
  teams
    .command('list', { isDefault: true })
    .description('list the teams you can see')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { teams: list } = await callApi(() => apiClient().listTeams());
      if (options.json) return console.log(JSON.stringify(list, null, 2));
      if (list.length === 0) return console.log('No teams yet.');
      for (const team of list) console.log(`${String(team.id).padStart(4)}  ${team.name}  (${team.timeZone}, ${team.memberCount} members)`);
    });
  teams
    .command('create <name>')
    .description('create a team')
    .option('--time-zone <zone>', 'IANA time zone of the team', 'UTC')
    .action(async (name: string, options: { timeZone: string }) => {
      const team = await callApi(() => apiClient().createTeam({ name, timeZone: options.timeZone }));
      console.log(`Created team ${team.id}: ${team.name} (${team.timeZone})`);
    });
}
