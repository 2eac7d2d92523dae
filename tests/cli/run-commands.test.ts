/** `swimlane runs`, `tasks`, `task`, `message` and `incidents` as a user types them against a running server: start a run, see the inbox, claim and complete to the end, cancel. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/swimlane.js');

describe('swimlane runs, tasks and task on SQLite', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'swimlane-cli-runs-'));
  const env = { ...process.env, SWIMLANE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  let server: ChildProcessWithoutNullStreams | undefined;
  let apiEnv: Record<string, string> = {};
  let processId = '';

  function run(args: string[], input = '') {
    const result = spawnSync(process.execPath, [BIN, ...args], { env: { ...env, ...apiEnv }, input, encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  async function api(method: string, url: string, body?: unknown) {
    const response = await fetch(`${apiEnv.SWIMLANE_URL}${url}`, {
      method,
      headers: { authorization: `Bearer ${apiEnv.SWIMLANE_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response.json();
  }

  beforeAll(async () => {
    expect(run(['user', 'create', '--email', 'o@acme.test', '--name', 'Olivia', '--organization', 'Acme', '--password-stdin'], 'a long enough password\n').code).toBe(0);
    const token = run(['token', 'create', '--email', 'o@acme.test', '--name', 'laptop']).stdout.trim();
    server = spawn(process.execPath, [BIN, 'serve', '--api-only', '--port', '0'], { env });
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      server!.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      server!.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
    apiEnv = { SWIMLANE_URL: url, SWIMLANE_TOKEN: token };
    const teamId = /Created team (\d+)/.exec(run(['teams', 'create', 'North Shore']).stdout)![1]!;
    await api('PUT', `/api/teams/${teamId}/members/1`);
    const { processes } = await api('GET', '/api/processes?templates=true');
    const template = processes.find((process: { name: string }) => process.name === 'Prospecting dialing');
    processId = String((await api('POST', `/api/processes/${template.id}/use-template`, { teamId: Number(teamId), name: 'North Shore dialing' })).id);
  });

  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts a run with variables, lists it, claims and completes its tasks to the end', () => {
    const started = run(['runs', 'start', processId, '--var', 'leadSource=expired', '--var', 'dialsPlanned=200', '--business-key', 'Campaign 7']);
    expect(started.stderr).toBe('');
    expect(started.stdout).toMatch(/^Started run (\d+) of "North Shore dialing" v1\.$/m);
    expect(started.stdout).toMatch(/Open tasks:\n\s+\d+  Set campaign  \[Agent\]  open \(pool\)  run \d+ North Shore dialing "Campaign 7"/);
    const runId = /Started run (\d+)/.exec(started.stdout)![1]!;
    const shown = JSON.parse(run(['runs', 'show', runId, '--json']).stdout);
    expect(shown.variables).toEqual({ leadSource: 'expired', dialsPlanned: 200 });

    expect(run(['runs']).stdout).toMatch(new RegExp(`^\\s+${runId}  running\\s+North Shore dialing v1 "Campaign 7"  1 open task  started .+ by Olivia$`, 'm'));
    expect(run(['tasks', '--mine']).stdout).toContain('No tasks assigned to you.');

    for (const step of ['Set campaign', 'Build call list', 'Scrub list', 'Run dialing session', 'Log session results']) {
      const listed = run(['tasks']).stdout;
      const match = new RegExp(`^\\s+(\\d+)  ${step}  `, 'm').exec(listed);
      expect(match, listed).not.toBeNull();
      const taskId = match![1]!;
      expect(run(['task', 'claim', taskId]).stdout).toBe(`Claimed task ${taskId}: ${step}.\n`);
      if (step === 'Set campaign') expect(run(['tasks', '--mine']).stdout).toContain(`${step}  [Agent]  claimed (Olivia)`);
      const variables = step === 'Run dialing session' ? ['--var', 'leadFound=false', '--var', 'dials=45'] : [];
      const completed = run(['task', 'complete', taskId, ...variables]);
      expect(completed.stderr).toBe('');
      expect(completed.stdout).toContain(`Completed task ${taskId}: ${step}.`);
    }
    expect(run(['runs', '--status', 'completed']).stdout).toMatch(new RegExp(`^\\s+${runId}  completed`, 'm'));
    expect(run(['tasks']).stdout).toContain('No open tasks.');
  }, 180_000);

  it('explains refusals on one line with their code', () => {
    const badVar = run(['runs', 'start', processId, '--var', 'lead-source=expired']);
    expect(badVar.code).toBe(1);
    expect(badVar.stderr).toContain('variables.lead-source is not a valid variable name');
    expect(badVar.stderr).toContain('[VALIDATION_FAILED]');
    expect(run(['runs', 'start', processId, '--var', 'novalue']).stderr).toContain('--var novalue: write it as name=value');
    expect(run(['task', 'complete', '999999']).stderr).toContain('There is no such task. (taskId) [NOT_FOUND]');
    expect(run(['task', 'claim', 'abc']).stderr).toContain('TASK_ID must be a positive whole number');
  }, 60_000);

  it('cancels a run, lists incidents and sends messages, refusing a message without a destination', () => {
    const runId = /Started run (\d+)/.exec(run(['runs', 'start', processId, '--business-key', 'Campaign 8']).stdout)![1]!;
    const notWaiting = run(['message', 'LeadReplied', '--run', runId]);
    expect(notWaiting.code).toBe(1);
    expect(notWaiting.stderr).toContain('[MESSAGE_NOT_EXPECTED]');
    expect(run(['message', 'LeadReplied']).stderr).toContain('name where the message goes: --run ID, --business-key KEY or --process ID');

    const cancelled = run(['runs', 'cancel', runId, '--reason', 'campaign paused']);
    expect(cancelled.stderr).toBe('');
    expect(cancelled.stdout).toBe(`Cancelled run ${runId} of "North Shore dialing".\n`);
    expect(run(['runs', '--status', 'cancelled']).stdout).toMatch(new RegExp(`^\\s+${runId}  cancelled\\s+North Shore dialing v1 "Campaign 8"  0 open tasks`, 'm'));
    expect(run(['runs', 'cancel', runId]).stderr).toContain('[RUN_NOT_RUNNING]');

    expect(run(['incidents']).stdout).toBe('No open incidents.\n');
    expect(run(['incident', 'retry', '999999']).stderr).toContain('[NOT_FOUND]');
  }, 90_000);

  it('shuts down cleanly on SIGTERM, stopping the timer worker', async () => {
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    server!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
