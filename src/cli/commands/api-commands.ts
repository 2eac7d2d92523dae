/** Commands that talk to a running server through the typed API client, authenticated by an API token. */
import type { Command } from 'commander';
import { apiClientFromEnv as apiClient, callApi } from '../api-client-from-env.ts';

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
