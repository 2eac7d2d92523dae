/** Runs through the API: the prospecting lifecycle, versions, claims, messages, incidents, and who may see and do what. */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTestProcess, publishTestVersion, readProspectingBpmn } from '../../../tests/support/publish-test-process.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

const readFixture = (name: string) => readFile(new URL(`../runner/fixtures/${name}.bpmn`, import.meta.url), 'utf8');

interface TaskJson {
  id: number;
  elementId: string;
  status: string;
  role: string | null;
  assignee: { id: number; name: string } | null;
}

for (const database of await testDatabases()) {
  describe(`run routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let va: Agent;
    let teamId: number;
    let processId: number;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore' } })).json().id;
      va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [teamId], name: 'Vera VA' });
      ({ processId } = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId, name: 'Prospecting', xml: await readProspectingBpmn() }));
    });
    afterEach(async () => t.close());

    const openTasks = async (as: Agent, query = `teamId=${teamId}`): Promise<TaskJson[]> => (await t.request('GET', `/api/tasks?${query}`, { as })).json().tasks;
    const complete = (as: Agent, taskId: number, variables: Record<string, unknown> = {}) => t.request('POST', `/api/tasks/${taskId}/complete`, { as, body: { variables } });

    it('given a published process, when a va runs the whole lifecycle, then the run completes and the timeline says who did what', async () => {
      const started = await t.request('POST', '/api/runs', { as: va, body: { processId, variables: { leadSource: 'expired' }, businessKey: 'campaign-7' } });
      expect(started.statusCode, started.body).toBe(201);
      const run = started.json();
      expect(run).toMatchObject({ processName: 'Prospecting', version: 1, status: 'running', businessKey: 'campaign-7', revision: 1, variables: { leadSource: 'expired' }, startedBy: { name: 'Vera VA' } });
      expect(run.tasks).toEqual([expect.objectContaining({ elementId: 'SetCampaign', role: 'Agent', status: 'open', assignee: null, assignment: 'pool' })]);
      expect(run.positions).toEqual([{ elementId: 'SetCampaign', waiting: 'task' }]);

      for (const step of ['SetCampaign', 'BuildCallList', 'ScrubList']) {
        const [task] = await openTasks(va);
        expect(task!.elementId).toBe(step);
        expect((await t.request('POST', `/api/tasks/${task!.id}/claim`, { as: va })).json()).toMatchObject({ status: 'claimed', assignee: { name: 'Vera VA' } });
        expect(await openTasks(va, 'mine=true')).toHaveLength(1);
        expect((await complete(va, task!.id)).statusCode).toBe(200);
      }
      const [dialing] = await openTasks(va);
      const done = await complete(va, dialing!.id, { leadFound: false, dials: 45, talkTos: 5 });
      expect(done.json().task).toMatchObject({ elementId: 'DialingSession', status: 'completed', completedBy: { name: 'Vera VA' }, output: { leadFound: false, dials: 45, talkTos: 5 } });
      expect(done.json().run.tasks.filter((task: TaskJson) => task.status === 'open').map((task: TaskJson) => task.elementId)).toEqual(['LogSessionResults']);
      const [log] = await openTasks(va);
      const last = await complete(va, log!.id);
      expect(last.json().run).toMatchObject({ status: 'completed', endedAt: expect.any(String), openTaskCount: 0, revision: 6 });
      expect(await openTasks(va)).toEqual([]);

      const { entries } = (await t.request('GET', `/api/runs/${run.id}/history`, { as: va })).json();
      expect(entries[0]).toMatchObject({ kind: 'runStarted', by: { name: 'Vera VA' } });
      expect(entries).toContainEqual(expect.objectContaining({ kind: 'taskClaimed', elementId: 'SetCampaign', by: { id: va.session.user.id, name: 'Vera VA' } }));
      expect(entries).toContainEqual(expect.objectContaining({ kind: 'variablesChanged', elementId: 'DialingSession', variables: { leadFound: false, dials: 45, talkTos: 5 } }));
      expect(entries.at(-1)).toMatchObject({ kind: 'runEnded' });
      const runs = (await t.request('GET', `/api/runs?teamId=${teamId}&status=completed`, { as: owner })).json().runs;
      expect(runs).toEqual([expect.objectContaining({ id: run.id, status: 'completed' })]);
    });

    it('given a run on version 1, when version 2 is published, then the run keeps version 1 and a new run starts on 2', async () => {
      const first = (await t.request('POST', '/api/runs', { as: owner, body: { processId } })).json();
      const xml = (await readProspectingBpmn()).replace('name="Set campaign"', 'name="Choose the campaign"');
      await publishTestVersion(t.store.db, { organizationId: owner.session.organization.id, processId, xml });
      const second = (await t.request('POST', '/api/runs', { as: owner, body: { processId } })).json();
      expect(second).toMatchObject({ version: 2, tasks: [expect.objectContaining({ name: 'Choose the campaign' })] });
      await complete(owner, first.tasks[0].id);
      const firstNow = (await t.request('GET', `/api/runs/${first.id}`, { as: owner })).json();
      expect(firstNow).toMatchObject({ version: 1, tasks: [expect.objectContaining({ name: 'Set campaign', status: 'completed' }), expect.objectContaining({ elementId: 'BuildCallList' })] });
      const pinned = await t.request('POST', '/api/runs', { as: owner, body: { processId, version: 1 } });
      expect(pinned.json()).toMatchObject({ version: 1 });
      const missing = await t.request('POST', '/api/runs', { as: owner, body: { processId, version: 9 } });
      expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'version' });
    });

    it('given a draft-only or library process, when someone starts it, then it is refused as not runnable', async () => {
      const created = await t.request('POST', '/api/processes', { as: owner, body: { name: 'Unpublished', teamId, roles: ['Caller'] } });
      expect(created.statusCode, created.body).toBe(201);
      const refused = await t.request('POST', '/api/runs', { as: owner, body: { processId: created.json().id } });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'VERSION_NOT_RUNNABLE', message: expect.stringContaining('no published version') });
      const draft = await t.request('POST', '/api/runs', { as: owner, body: { processId: created.json().id, version: 1 } });
      expect(draft.json().error).toMatchObject({ code: 'VERSION_NOT_RUNNABLE', field: 'version' });
    });

    it('given output variables, when they are not valid, then the completion is refused naming the field and the run is unchanged', async () => {
      const run = (await t.request('POST', '/api/runs', { as: va, body: { processId } })).json();
      const taskId = run.tasks[0].id;
      const badName = await complete(va, taskId, { 'lead-found': true });
      expect(badName.statusCode).toBe(400);
      expect(badName.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'variables.lead-found', message: expect.stringContaining('is not a valid variable name') });
      const tooBig = await complete(va, taskId, { notes: 'x'.repeat(70 * 1024) });
      expect(tooBig.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'variables', message: 'variables must be at most 64 KB as JSON' });
      let deep: unknown = 1;
      for (let depth = 0; depth < 12; depth++) deep = [deep];
      const tooDeep = await complete(va, taskId, { deep });
      expect(tooDeep.json().error).toMatchObject({ field: 'variables.deep', message: expect.stringContaining('more than 10 deep') });
      const notObject = await t.request('POST', `/api/tasks/${taskId}/complete`, { as: va, body: { variables: [1, 2] } });
      expect(notObject.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'variables' });
      expect((await t.request('GET', `/api/runs/${run.id}`, { as: va })).json()).toMatchObject({ revision: 1, tasks: [expect.objectContaining({ status: 'open' })] });
      const ok = await complete(va, taskId, { campaign: { area: 'North Shore', sources: ['expired', 'fsbo'] }, budget: 1200.5, urgent: null });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().run.variables).toMatchObject({ campaign: { area: 'North Shore', sources: ['expired', 'fsbo'] }, budget: 1200.5, urgent: null });
    });

    it('given a claimed task, then others cannot take or complete it, its holder releases it, and a manager reassigns it within the team', async () => {
      const other = await t.inviteAndAccept(owner, { email: 'va2@acme.test', role: 'va', teamIds: [teamId], name: 'Otto VA' });
      const manager = await t.inviteAndAccept(owner, { email: 'manager@acme.test', role: 'manager', name: 'Mona Manager' });
      const outsider = await t.inviteAndAccept(owner, { email: 'outsider@acme.test', role: 'va', name: 'Out Sider' });
      const run = (await t.request('POST', '/api/runs', { as: va, body: { processId } })).json();
      const taskId = run.tasks[0].id;
      await t.request('POST', `/api/tasks/${taskId}/claim`, { as: va });
      expect((await t.request('POST', `/api/tasks/${taskId}/claim`, { as: other })).json().error).toMatchObject({ code: 'TASK_ALREADY_CLAIMED', message: 'Vera VA has this task.' });
      expect((await complete(other, taskId)).json().error.code).toBe('TASK_ALREADY_CLAIMED');
      expect((await t.request('POST', `/api/tasks/${taskId}/release`, { as: other })).json().error.code).toBe('TASK_NOT_YOURS');
      expect((await t.request('POST', `/api/tasks/${taskId}/reassign`, { as: other, body: { userId: other.session.user.id } })).json().error.code).toBe('TASK_NOT_YOURS');
      expect((await t.request('POST', `/api/tasks/${taskId}/release`, { as: va })).json()).toMatchObject({ status: 'open', assignee: null });
      expect((await t.request('POST', `/api/tasks/${taskId}/claim`, { as: other })).json()).toMatchObject({ assignee: { name: 'Otto VA' } });
      const toOutsider = await t.request('POST', `/api/tasks/${taskId}/reassign`, { as: manager, body: { userId: outsider.session.user.id } });
      expect(toOutsider.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'userId' });
      const reassigned = await t.request('POST', `/api/tasks/${taskId}/reassign`, { as: manager, body: { userId: va.session.user.id } });
      expect(reassigned.json()).toMatchObject({ status: 'claimed', assignment: 'reassigned', assignee: { name: 'Vera VA' } });
      // A manager may complete on anyone's behalf.
      expect((await complete(manager, taskId)).json().task).toMatchObject({ status: 'completed', completedBy: { name: 'Mona Manager' } });
      expect((await t.request('POST', `/api/tasks/${taskId}/claim`, { as: va })).json().error.code).toBe('TASK_NOT_OPEN');
      const kinds = (await t.request('GET', `/api/runs/${run.id}/history`, { as: va })).json().entries.map((entry: { kind: string }) => entry.kind);
      expect(kinds.filter((kind: string) => kind.startsWith('task'))).toEqual(['taskClaimed', 'taskReleased', 'taskClaimed', 'taskReassigned']);
    });

    it('given runs waiting for a message, when it is correlated by business key or run id, then the one run goes on', async () => {
      const { processId: awaitReply } = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId, xml: await readFixture('message-correlation') });
      const a = (await t.request('POST', '/api/runs', { as: va, body: { processId: awaitReply, businessKey: 'lead-555-0100' } })).json();
      const b = (await t.request('POST', '/api/runs', { as: va, body: { processId: awaitReply, businessKey: 'lead-555-0199' } })).json();
      expect(a.positions).toEqual([{ elementId: 'LeadReplied', waiting: 'event' }]);
      const wrongName = await t.request('POST', '/api/messages', { as: va, body: { name: 'LeadCalled', businessKey: 'lead-555-0100' } });
      expect(wrongName.json().error).toMatchObject({ code: 'MESSAGE_NOT_EXPECTED', field: 'name' });
      const delivered = await t.request('POST', '/api/messages', { as: va, body: { name: 'LeadReplied', businessKey: 'lead-555-0100', variables: { reply: 'Call me at 5' } } });
      expect(delivered.json()).toMatchObject({ id: a.id, variables: { reply: 'Call me at 5' }, tasks: [expect.objectContaining({ elementId: 'CallBack' })] });
      expect((await t.request('POST', '/api/messages', { as: va, body: { name: 'LeadReplied', runId: a.id } })).json().error.code).toBe('MESSAGE_NOT_EXPECTED');
      expect((await t.request('POST', '/api/messages', { as: va, body: { name: 'LeadReplied', runId: b.id } })).statusCode).toBe(200);
      const noTarget = await t.request('POST', '/api/messages', { as: va, body: { name: 'LeadReplied' } });
      expect(noTarget.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'runId' });
      await t.request('POST', '/api/runs', { as: va, body: { processId: awaitReply, businessKey: 'shared' } });
      await t.request('POST', '/api/runs', { as: va, body: { processId: awaitReply, businessKey: 'shared' } });
      expect((await t.request('POST', '/api/messages', { as: va, body: { name: 'LeadReplied', businessKey: 'shared' } })).json().error.code).toBe('MESSAGE_AMBIGUOUS');
    });

    it('given a service handler that fails, then the run shows an incident with the error, and a retry runs it again and goes on', async () => {
      let calls = 0;
      t.app.runner.handlers.register('crm.enrich', ({ variables }) => {
        calls++;
        if (calls === 1) throw new Error('CRM is down');
        return { enriched: true, phone: variables.phone };
      });
      const { processId: enrich } = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId, xml: await readFixture('service-task-incident') });
      const run = (await t.request('POST', '/api/runs', { as: va, body: { processId: enrich, variables: { phone: '+15550100' } } })).json();
      expect(run).toMatchObject({ status: 'running', openIncidentCount: 1, positions: [{ elementId: 'Enrich', waiting: 'incident' }] });
      expect(run.incidents).toEqual([expect.objectContaining({ elementId: 'Enrich', error: 'handler failed: CRM is down', resolvedAt: null })]);
      const listed = (await t.request('GET', `/api/incidents?teamId=${teamId}`, { as: va })).json().incidents;
      expect(listed.map((incident: { id: number }) => incident.id)).toEqual([run.incidents[0].id]);

      expect((await t.request('POST', `/api/incidents/${run.incidents[0].id}/retry`, { as: va, body: {} })).statusCode).toBe(403);
      const retried = await t.request('POST', `/api/incidents/${run.incidents[0].id}/retry`, { as: owner, body: {} });
      expect(retried.statusCode, retried.body).toBe(200);
      expect(retried.json()).toMatchObject({ openIncidentCount: 0, variables: { enriched: true, phone: '+15550100' }, tasks: [expect.objectContaining({ elementId: 'CallLead', status: 'open' })] });
      expect(retried.json().incidents[0]).toMatchObject({ resolvedAt: expect.any(String), resolvedBy: { id: owner.session.user.id } });
      expect((await t.request('POST', `/api/incidents/${run.incidents[0].id}/retry`, { as: owner, body: {} })).json().error.code).toBe('INCIDENT_RESOLVED');
      expect((await t.request('GET', `/api/incidents?teamId=${teamId}`, { as: va })).json().incidents).toEqual([]);
      expect((await t.request('GET', `/api/incidents?resolved=true`, { as: va })).json().incidents).toHaveLength(1);
    });

    it('given a handler nobody registered, then the run stops on an incident naming it instead of being lost', async () => {
      const { processId: enrich } = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId, xml: await readFixture('service-task-incident') });
      const run = (await t.request('POST', '/api/runs', { as: owner, body: { processId: enrich } })).json();
      expect(run.incidents[0].error).toBe('handler failed: no service handler named "crm.enrich" is registered');
      const cancelled = await t.request('POST', `/api/runs/${run.id}/cancel`, { as: owner, body: { reason: 'CRM retired' } });
      expect(cancelled.json()).toMatchObject({ status: 'cancelled', openIncidentCount: 0 });
      expect((await t.request('POST', `/api/runs/${run.id}/cancel`, { as: owner, body: {} })).json().error.code).toBe('RUN_NOT_RUNNING');
    });

    it('given who may do what, then a va cannot cancel, a viewer cannot work, another team sees nothing, and another organization gets 404', async () => {
      const run = (await t.request('POST', '/api/runs', { as: va, body: { processId } })).json();
      const taskId = run.tasks[0].id;
      const cancel = await t.request('POST', `/api/runs/${run.id}/cancel`, { as: va, body: {} });
      expect(cancel.statusCode).toBe(403);
      expect(cancel.json().error.code).toBe('FORBIDDEN');

      const viewer = await t.inviteAndAccept(owner, { email: 'viewer@acme.test', role: 'viewer', teamIds: [teamId] });
      expect((await t.request('GET', `/api/runs/${run.id}`, { as: viewer })).statusCode).toBe(200);
      expect((await complete(viewer, taskId)).statusCode).toBe(403);
      expect((await t.request('POST', '/api/runs', { as: viewer, body: { processId } })).statusCode).toBe(403);

      const otherTeam = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'South Shore' } })).json().id;
      const stranger = await t.inviteAndAccept(owner, { email: 'south@acme.test', role: 'va', teamIds: [otherTeam] });
      expect((await t.request('GET', `/api/runs/${run.id}`, { as: stranger })).statusCode).toBe(404);
      expect((await t.request('GET', `/api/runs/${run.id}/history`, { as: stranger })).statusCode).toBe(404);
      expect((await t.request('GET', `/api/tasks/${taskId}`, { as: stranger })).statusCode).toBe(404);
      expect((await complete(stranger, taskId)).json().error).toMatchObject({ code: 'NOT_FOUND', field: 'taskId' });
      expect((await t.request('GET', '/api/runs', { as: stranger })).json().runs).toEqual([]);
      expect((await t.request('GET', '/api/tasks', { as: stranger })).json().tasks).toEqual([]);
      expect((await t.request('GET', `/api/tasks?teamId=${teamId}`, { as: stranger })).statusCode).toBe(404);
      expect((await t.request('POST', '/api/runs', { as: stranger, body: { processId } })).json().error).toMatchObject({ code: 'NOT_FOUND', field: 'processId' });

      const elsewhere = await t.createOrganization({ organizationName: 'Elsewhere', email: 'owner@elsewhere.test' });
      expect((await t.request('GET', `/api/runs/${run.id}`, { as: elsewhere })).statusCode).toBe(404);
      expect((await t.request('POST', `/api/tasks/${taskId}/claim`, { as: elsewhere })).statusCode).toBe(404);
      expect((await t.request('POST', `/api/runs/${run.id}/cancel`, { as: elsewhere, body: {} })).statusCode).toBe(404);
      expect((await t.request('POST', '/api/runs', { as: elsewhere, body: { processId } })).statusCode).toBe(404);
      expect((await t.request('GET', '/api/runs', { as: elsewhere })).json().runs).toEqual([]);
      expect((await t.request('GET', `/api/runs/${run.id}`, { as: va })).json()).toMatchObject({ status: 'running', revision: 1 });
    });
  });
}
