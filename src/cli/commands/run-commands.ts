/** `swimlane runs`, `message`, `incidents`, `incident`, `tasks` and `task`: start, follow and cancel runs, send messages, retry incidents and do tasks through the API, with an API token. */
import type { Command } from 'commander';
import type { RunDetail, RunSummary, Task } from '../../api/schemas/runs.ts';
import { apiClientFromEnv as apiClient, callApi } from '../api-client-from-env.ts';
import { CliError } from '../cli-error.ts';
import { collect, parseVariables } from '../parse-variables.ts';

function parseId(value: string, what: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new CliError(`${what} must be a positive whole number, got "${value}"`);
  return Number(value);
}

function describeTask(task: Task): string {
  const who = task.assignee ? task.assignee.name : 'pool';
  const due = task.dueAt ? `  due ${task.dueAt}` : '';
  return `${String(task.id).padStart(5)}  ${task.name ?? task.elementId}  [${task.role ?? 'no role'}]  ${task.status} (${who})  run ${task.runId} ${task.processName}${task.businessKey ? ` "${task.businessKey}"` : ''}${due}`;
}

function describeRun(run: RunSummary): string {
  const key = run.businessKey ? ` "${run.businessKey}"` : '';
  const incidents = run.openIncidentCount ? `, ${run.openIncidentCount} incident${run.openIncidentCount === 1 ? '' : 's'}` : '';
  return `${String(run.id).padStart(5)}  ${run.status.padEnd(10)}  ${run.processName} v${run.version}${key}  ${run.openTaskCount} open task${run.openTaskCount === 1 ? '' : 's'}${incidents}  started ${run.startedAt}${run.startedBy ? ` by ${run.startedBy.name}` : ''}`;
}

function printRunDetail(run: RunDetail): void {
  console.log(describeRun(run).trim());
  const open = run.tasks.filter((task) => task.status === 'open' || task.status === 'claimed');
  if (open.length > 0) {
    console.log('Open tasks:');
    for (const task of open) console.log(describeTask(task));
  }
  for (const incident of run.incidents.filter((candidate) => candidate.resolvedAt === null)) console.log(`Incident ${incident.id} at ${incident.elementId}: ${incident.error}`);
}

export function registerRunCommands(program: Command): void {
  const runs = program.command('runs').description('start and list runs of published processes (through the API)');
  runs
    .command('list', { isDefault: true })
    .description('list the runs you can see, newest first')
    .option('--team <id>', 'only this team')
    .option('--process <id>', 'only this process')
    .option('--status <status>', 'running, completed, terminated, cancelled or failed')
    .option('--json', 'print JSON')
    .action(async (options: { team?: string; process?: string; status?: string; json?: boolean }) => {
      const filter = {
        ...(options.team ? { teamId: parseId(options.team, '--team') } : {}),
        ...(options.process ? { processId: parseId(options.process, '--process') } : {}),
        ...(options.status ? { status: options.status as RunSummary['status'] } : {}),
      };
      const { runs: list } = await callApi(() => apiClient().listRuns(filter));
      if (options.json) return console.log(JSON.stringify(list, null, 2));
      if (list.length === 0) return console.log('No runs yet.');
      for (const run of list) console.log(describeRun(run));
    });
  runs
    .command('start <processId>')
    .description("start a run of a team's process at its latest published version")
    .option('--var <name=value>', 'a start variable (repeatable); JSON values are taken as JSON, anything else as text', collect, [])
    .option('--business-key <key>', 'what the run is about (a campaign, a lead), to find it and correlate messages by')
    .option('--version <number>', 'a published version other than the latest')
    .option('--json', 'print JSON')
    .action(async (processId: string, options: { var: string[]; businessKey?: string; version?: string; json?: boolean }) => {
      const body = {
        processId: parseId(processId, 'PROCESS_ID'),
        variables: parseVariables(options.var),
        ...(options.businessKey !== undefined ? { businessKey: options.businessKey } : {}),
        ...(options.version !== undefined ? { version: parseId(options.version, '--version') } : {}),
      };
      const run = await callApi(() => apiClient().startRun(body));
      if (options.json) return console.log(JSON.stringify(run, null, 2));
      console.log(`Started run ${run.id} of "${run.processName}" v${run.version}.`);
      printRunDetail(run);
    });
  runs
    .command('cancel <runId>')
    .description('cancel a running run: its open tasks and timers go')
    .option('--reason <text>', 'why, for the timeline')
    .action(async (runId: string, options: { reason?: string }) => {
      const run = await callApi(() => apiClient().cancelRun(parseId(runId, 'RUN_ID'), options.reason !== undefined ? { reason: options.reason } : {}));
      console.log(`Cancelled run ${run.id} of "${run.processName}".`);
    });
  runs
    .command('show <runId>')
    .description('show a run with its open tasks and incidents')
    .option('--json', 'print JSON')
    .action(async (runId: string, options: { json?: boolean }) => {
      const run = await callApi(() => apiClient().getRun(parseId(runId, 'RUN_ID')));
      if (options.json) return console.log(JSON.stringify(run, null, 2));
      printRunDetail(run);
    });

  program
    .command('message <name>')
    .description('send a message: to the run waiting for it (--run or --business-key), or start a run at a message start event (--process)')
    .option('--run <id>', 'the run to deliver it to')
    .option('--business-key <key>', 'deliver it to the one running run with this business key that waits for it')
    .option('--process <id>', 'when no run of this process waits for it, start one at its message start event')
    .option('--var <name=value>', "a variable the message carries (repeatable); JSON values are taken as JSON, anything else as text", collect, [])
    .option('--json', 'print JSON')
    .action(async (name: string, options: { run?: string; businessKey?: string; process?: string; var: string[]; json?: boolean }) => {
      if (options.run === undefined && options.businessKey === undefined && options.process === undefined) {
        throw new CliError('name where the message goes: --run ID, --business-key KEY or --process ID');
      }
      const body = {
        name,
        variables: parseVariables(options.var),
        ...(options.run !== undefined ? { runId: parseId(options.run, '--run') } : {}),
        ...(options.businessKey !== undefined ? { businessKey: options.businessKey } : {}),
        ...(options.process !== undefined ? { processId: parseId(options.process, '--process') } : {}),
      };
      const run = await callApi(() => apiClient().correlateMessage(body));
      if (options.json) return console.log(JSON.stringify(run, null, 2));
      console.log(`Message "${name}" went to run ${run.id}.`);
      printRunDetail(run);
    });

  program
    .command('incidents')
    .description('list open incidents of runs you can see: a step that failed and waits for a retry')
    .option('--run <id>', 'only this run')
    .option('--json', 'print JSON')
    .action(async (options: { run?: string; json?: boolean }) => {
      const { incidents: list } = await callApi(() => apiClient().listIncidents(options.run !== undefined ? { runId: parseId(options.run, '--run') } : {}));
      if (options.json) return console.log(JSON.stringify(list, null, 2));
      if (list.length === 0) return console.log('No open incidents.');
      for (const incident of list) console.log(`${String(incident.id).padStart(5)}  run ${incident.runId}  ${incident.elementId}  ${incident.createdAt}  ${incident.error}`);
    });
  program
    .command('incident')
    .description('act on one incident (through the API)')
    .command('retry <incidentId>')
    .description('try the failed step again, optionally with corrected variables')
    .option('--var <name=value>', 'a corrected variable (repeatable)', collect, [])
    .action(async (incidentId: string, options: { var: string[] }) => {
      const run = await callApi(() => apiClient().retryIncident(parseId(incidentId, 'INCIDENT_ID'), { variables: parseVariables(options.var) }));
      console.log(`Retried incident ${incidentId}.`);
      printRunDetail(run);
    });

  program
    .command('tasks')
    .description('list open and claimed tasks you can see (through the API)')
    .option('--team <id>', 'only this team')
    .option('--mine', 'only tasks assigned to me')
    .option('--status <status>', 'open, claimed, completed, cancelled or active (default: active)')
    .option('--json', 'print JSON')
    .action(async (options: { team?: string; mine?: boolean; status?: string; json?: boolean }) => {
      const filter = {
        ...(options.team ? { teamId: parseId(options.team, '--team') } : {}),
        ...(options.mine ? { mine: 'true' as const } : {}),
        ...(options.status ? { status: options.status as 'active' } : {}),
      };
      const { tasks: list } = await callApi(() => apiClient().listTasks(filter));
      if (options.json) return console.log(JSON.stringify(list, null, 2));
      if (list.length === 0) return console.log(options.mine ? 'No tasks assigned to you.' : 'No open tasks.');
      for (const task of list) console.log(describeTask(task));
    });

  const task = program.command('task').description('claim, release and complete one task (through the API)');
  task
    .command('claim <taskId>')
    .description("take an open task from its role's pool")
    .action(async (taskId: string) => {
      const claimed = await callApi(() => apiClient().claimTask(parseId(taskId, 'TASK_ID')));
      console.log(`Claimed task ${claimed.id}: ${claimed.name ?? claimed.elementId}.`);
    });
  task
    .command('release <taskId>')
    .description("put a claimed task back in its role's pool")
    .action(async (taskId: string) => {
      const released = await callApi(() => apiClient().releaseTask(parseId(taskId, 'TASK_ID')));
      console.log(`Released task ${released.id}: ${released.name ?? released.elementId}.`);
    });
  task
    .command('complete <taskId>')
    .description('complete a task with its output variables and move the run on')
    .option('--var <name=value>', 'an output variable (repeatable); JSON values are taken as JSON, anything else as text', collect, [])
    .option('--json', 'print JSON')
    .action(async (taskId: string, options: { var: string[]; json?: boolean }) => {
      const variables = parseVariables(options.var);
      const result = await callApi(() => apiClient().completeTask(parseId(taskId, 'TASK_ID'), { variables }));
      if (options.json) return console.log(JSON.stringify(result, null, 2));
      console.log(`Completed task ${result.task.id}: ${result.task.name ?? result.task.elementId}.`);
      printRunDetail(result.run);
    });
}
