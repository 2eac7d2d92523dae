/** The `swimlane` command as a user types it: create the first owner, a token, then talk to a running server with it. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/swimlane.js');

describe('swimlane CLI on SQLite', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'swimlane-cli-'));
  const env = { ...process.env, SWIMLANE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  let server: ChildProcessWithoutNullStreams | undefined;
  let serverUrl = '';
  let token = '';

  function run(args: string[], input?: string, extraEnv: Record<string, string> = {}) {
    const result = spawnSync(process.execPath, [BIN, ...args], { env: { ...env, ...extraEnv }, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  beforeAll(() => {
    expect(run(['migrate']).stdout).toContain('0001-foundation: Success');
  });

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints help naming its commands', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'user', 'token', 'whoami', 'teams', 'processes', 'import', 'export']) expect(stdout).toContain(command);
  });

  it('refuses a short password and creates nobody', () => {
    const result = run(['user', 'create', '--email', 'o@acme.test', '--name', 'Olivia', '--role', 'owner', '--organization', 'Acme', '--password-stdin'], 'short\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('password must be at least 10 characters');
  });

  it('creates the organization and its owner on an empty store, then a token', () => {
    const created = run(['user', 'create', '--email', 'o@acme.test', '--name', 'Olivia', '--organization', 'Acme', '--password-stdin'], 'a long enough password\n');
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Created organization "Acme" with owner o@acme.test.');
    const va = run(['user', 'create', '--email', 'v@acme.test', '--name', 'Vera', '--password-stdin'], 'another long password\n');
    expect(va.stdout).toContain('Created v@acme.test as va in "Acme".');
    const duplicate = run(['user', 'create', '--email', 'v@acme.test', '--name', 'Vera', '--password-stdin'], 'another long password\n');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('already has an account');

    const tokenResult = run(['token', 'create', '--email', 'o@acme.test', '--name', 'laptop']);
    expect(tokenResult.code).toBe(0);
    token = tokenResult.stdout.trim();
    expect(token).toMatch(/^swl_[A-Za-z0-9_-]+$/);
  });

  it('serves the API and answers API commands made with the token', async () => {
    server = spawn(process.execPath, [BIN, 'serve', '--api-only', '--port', '0'], { env });
    serverUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      server!.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      server!.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
    const apiEnv = { SWIMLANE_URL: serverUrl, SWIMLANE_TOKEN: token };
    expect(run(['whoami'], '', apiEnv).stdout).toContain('Olivia <o@acme.test>, owner in "Acme"');
    expect(run(['teams', 'create', 'North Shore', '--time-zone', 'America/Chicago'], '', apiEnv).stdout).toMatch(/Created team \d+: North Shore \(America\/Chicago\)/);
    expect(run(['teams', 'list'], '', apiEnv).stdout).toContain('North Shore  (America/Chicago, 0 members)');
    const bad = run(['teams', 'create', 'South', '--time-zone', 'Mars/Olympus'], '', apiEnv);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('timeZone must be an IANA time zone');
    const noToken = run(['whoami'], '', { SWIMLANE_URL: serverUrl, SWIMLANE_TOKEN: '' });
    expect(noToken.stderr).toContain('set SWIMLANE_TOKEN');
  });

  it('lists, imports and exports processes with the token', () => {
    const apiEnv = { SWIMLANE_URL: serverUrl, SWIMLANE_TOKEN: token };
    const library = run(['processes', '--templates'], '', apiEnv);
    expect(library.stdout).toMatch(/^\s+\d+  Prospecting dialing  \(library; v1 published, template\)$/m);
    const templateId = /^\s+(\d+)  Prospecting dialing/m.exec(library.stdout)![1]!;

    const team = /Created team (\d+)/.exec(run(['teams', 'create', 'Imports'], '', apiEnv).stdout)![1]!;
    const fixture = path.resolve(import.meta.dirname, '../../src/server/routes/fixtures/vendor-extensions-latin1.bpmn');
    const imported = run(['import', fixture, '--team', team, '--name', 'Imported by CLI'], '', apiEnv);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`Imported process (\\d+): Imported by CLI \\(draft version 1, team ${team}\\)`));
    expect(imported.stderr).toContain('warning: The file had no diagram layout; one was generated.');
    const processId = /Imported process (\d+)/.exec(imported.stdout)![1]!;
    expect(run(['processes', '--team', team], '', apiEnv).stdout).toContain(`${processId}  Imported by CLI  (team ${team}; not published, draft)`);

    const output = path.join(dataDir, 'exported.bpmn');
    const exported = run(['export', processId, '--output', output], '', apiEnv);
    expect(exported.stdout).toContain(`Wrote ${output}`);
    const xml = fs.readFileSync(output, 'utf8');
    expect(xml).toContain('<acme:hint>Soyez bref.</acme:hint>');
    expect(xml).toContain('name="Appeler le prospect"');

    const template = run(['export', templateId, '--version', '1'], '', apiEnv);
    expect(template.stdout).toContain('<swimlane:processDocumentation>');
    // The template ships its drawing; an imported draft has none until the studio saves one.
    const svg = run(['export', templateId, '--format', 'svg'], '', apiEnv);
    expect(svg.code, svg.stderr).toBe(0);
    expect(svg.stdout).toContain('data-element-id="LeadFound"');
    const noPicture = run(['export', processId, '--format', 'svg'], '', apiEnv);
    expect(noPicture.code).toBe(1);
    expect(noPicture.stderr).toContain('[EXPORT_UNAVAILABLE]');
    expect(run(['import', path.join(dataDir, 'missing.bpmn')], '', apiEnv).stderr).toContain('no such file');
    expect(run(['export', 'abc'], '', apiEnv).stderr).toContain('process id must be a positive whole number');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    server!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
