/** Timer start events start runs on their own (cron in the team's time zone), once per occurrence, and a message start event starts a run from outside. */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { runDueStartTimers } from './start-timer-worker.ts';

const readFixture = (name: string) => readFile(new URL(`./fixtures/${name}.bpmn`, import.meta.url), 'utf8');
const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Weekday and hh:mm of an instant in a time zone. */
function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

for (const database of await testDatabases()) {
  describe(`timer and message start events on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let teamId: number;
    let processId: number;

    /** Imports a .bpmn file (laid out on import) as a team process and returns its id and draft. */
    async function importDraft(name: string): Promise<{ id: number; xml: string; revision: number }> {
      const imported = await t.request('POST', `/api/processes/import?teamId=${teamId}&name=${name}`, { as: owner, rawBody: { contentType: 'application/xml', payload: await readFixture(name) } });
      expect(imported.statusCode, imported.body).toBe(201);
      const id = imported.json().process.id;
      const draft = (await t.request('GET', `/api/processes/${id}/versions/1`, { as: owner })).json();
      return { id, xml: draft.xml, revision: draft.revision };
    }
    async function publish(id: number, revision: number): Promise<void> {
      const published = await t.request('POST', `/api/processes/${id}/publish`, { as: owner, body: { revision } });
      expect(published.statusCode, published.body).toBe(200);
    }
    const scheduledStarts = async () => (await t.request('GET', `/api/processes/${processId}/scheduled-starts`, { as: owner })).json();
    const runsOf = async () => (await t.request('GET', `/api/runs?processId=${processId}`, { as: owner })).json().runs as Array<{ id: number; status: string; startedBy: unknown }>;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: 'America/New_York' } })).json().id;
      const draft = await importDraft('scheduled-starts');
      processId = draft.id;
      await publish(processId, draft.revision);
    });
    afterEach(async () => t.close());

    it('given a weekday 09:00 timer start in a New York team, when published, then the next start is a weekday at 09:00 New York time', async () => {
      const { timeZone, starts } = await scheduledStarts();
      expect(timeZone).toBe('America/New_York');
      expect(starts).toHaveLength(1);
      expect(starts[0]).toMatchObject({ elementId: 'Weekdays', schedule: '0 9 * * 1-5', version: 1, status: 'scheduled', startedCount: 0, lastRunId: null });
      expect(localTime(starts[0].nextAt, 'America/New_York')).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 09:00$/);
      expect(Date.parse(starts[0].nextAt)).toBeGreaterThan(Date.now());
    });

    it('given the due time, when a worker pass runs, then one run starts at the timer start with the planning task, and the next weekday is scheduled', async () => {
      const [{ nextAt }] = (await scheduledStarts()).starts;
      expect(await runDueStartTimers(t.app.runner, { now: later(nextAt, -1000), workerId: 'w1' })).toMatchObject({ claimed: 0 });

      expect(await runDueStartTimers(t.app.runner, { now: later(nextAt, 2000), workerId: 'w1' })).toEqual({ claimed: 1, started: 1, lost: 0, failed: 0 });
      const runs = await runsOf();
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: 'running', startedBy: null });
      const tasks = (await t.request('GET', `/api/tasks?runId=${runs[0]!.id}`, { as: owner })).json().tasks;
      expect(tasks.map((task: { elementId: string }) => task.elementId)).toEqual(['PlanTheDay']);

      const [after] = (await scheduledStarts()).starts;
      expect(after).toMatchObject({ status: 'scheduled', startedCount: 1, lastRunId: runs[0]!.id, lastError: null });
      expect(Date.parse(after.nextAt)).toBeGreaterThan(Date.parse(nextAt));
      expect(localTime(after.nextAt, 'America/New_York')).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 09:00$/);
      // The same occurrence never starts twice.
      expect(await runDueStartTimers(t.app.runner, { now: later(nextAt, 3000), workerId: 'w2' })).toMatchObject({ claimed: 0 });
      expect(await runsOf()).toHaveLength(1);
    });

    it('given two workers at the same due time, when both pass at once, then the occurrence starts exactly one run', async () => {
      const [{ nextAt }] = (await scheduledStarts()).starts;
      const passes = await Promise.all(['w1', 'w2', 'w3'].map((workerId) => runDueStartTimers(t.app.runner, { now: later(nextAt, 1000), workerId })));
      expect(passes.reduce((sum, pass) => sum + pass.started, 0)).toBe(1);
      expect(await runsOf()).toHaveLength(1);
    });

    it('given a newer version without the timer start, when published, then the old schedule stops and nothing starts at its time', async () => {
      const [{ nextAt }] = (await scheduledStarts()).starts;
      const current = (await t.request('GET', `/api/processes/${processId}/versions/1`, { as: owner })).json();
      // Version 2: the planning starts by hand (a none start event), not on a timer.
      const xml = current.xml.replace(/<(\w+:)?timerEventDefinition[\s\S]*?<\/(\w+:)?timerEventDefinition>/, '');
      expect(xml).not.toContain('0 9 * * 1-5');
      const saved = await t.request('PUT', `/api/processes/${processId}/draft`, { as: owner, body: { xml, documentation: current.documentation, baseRevision: null } });
      expect(saved.statusCode, saved.body).toBe(200);
      await publish(processId, saved.json().revision);
      expect((await scheduledStarts()).starts).toEqual([]);
      expect(await runDueStartTimers(t.app.runner, { now: later(nextAt, 1000), workerId: 'w1' })).toMatchObject({ claimed: 0 });
      expect(await runsOf()).toEqual([]);
    });

    it('given a retired process, when its start time comes, then nothing starts; put back in use, it is scheduled again', async () => {
      const [{ nextAt }] = (await scheduledStarts()).starts;
      expect((await t.request('POST', `/api/processes/${processId}/retire`, { as: owner })).statusCode).toBe(200);
      expect((await scheduledStarts()).starts).toEqual([]);
      expect(await runDueStartTimers(t.app.runner, { now: later(nextAt, 1000), workerId: 'w1' })).toMatchObject({ claimed: 0 });

      expect((await t.request('POST', `/api/processes/${processId}/unretire`, { as: owner })).statusCode).toBe(200);
      const [again] = (await scheduledStarts()).starts;
      expect(again).toMatchObject({ elementId: 'Weekdays', status: 'scheduled', nextAt });
    });

    it('given the team moves to Manila time, when its settings are saved, then the weekday 09:00 start moves to 09:00 Manila time', async () => {
      expect((await t.request('PATCH', `/api/teams/${teamId}`, { as: owner, body: { timeZone: 'Asia/Manila' } })).statusCode).toBe(200);
      const { timeZone, starts } = await scheduledStarts();
      expect(timeZone).toBe('Asia/Manila');
      expect(localTime(starts[0].nextAt, 'Asia/Manila')).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 09:00$/);
    });

    it('given a message start event, when a message names the process, then a run starts there with the business key and the variables', async () => {
      const response = await t.request('POST', '/api/messages', { as: owner, body: { name: 'LeadHandedOff', processId, businessKey: '+15555550123', variables: { leadName: 'Dana' } } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ processId, businessKey: '+15555550123', status: 'running', variables: { leadName: 'Dana' } });
      expect(response.json().tasks.map((task: { elementId: string }) => task.elementId)).toEqual(['FollowUpLead']);

      const unknown = await t.request('POST', '/api/messages', { as: owner, body: { name: 'NoSuchMessage', processId } });
      expect(unknown.statusCode).toBe(409);
      expect(unknown.json().error).toMatchObject({ code: 'MESSAGE_NOT_EXPECTED', field: 'name' });
      const both = await t.request('POST', '/api/messages', { as: owner, body: { name: 'LeadHandedOff', processId, runId: response.json().id } });
      expect(both.statusCode).toBe(400);
      expect(await runsOf()).toHaveLength(1);
    });
  });
}
