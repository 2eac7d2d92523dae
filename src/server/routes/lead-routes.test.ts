/** Lead hand-off through the API: saved once per client id, its follow-up run in the agent's lane, bad input refused whole. */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTestProcess, readProspectingBpmn } from '../../../tests/support/publish-test-process.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

const readFixture = (name: string) => readFile(new URL(`../runner/fixtures/${name}.bpmn`, import.meta.url), 'utf8');

for (const database of await testDatabases()) {
  describe(`lead routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let va: Agent;
    let outsider: Agent;
    let teamId: number;
    let processId: number;

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore', timeZone: 'America/Chicago' } })).json().id;
      const otherTeamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'South Shore' } })).json().id;
      va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [teamId], name: 'Vera VA' });
      outsider = await t.inviteAndAccept(owner, { email: 'south@acme.test', role: 'va', teamIds: [otherTeamId], name: 'Sam South' });
      ({ processId } = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId, xml: await readFixture('scheduled-starts') }));
    });
    afterEach(async () => t.close());

    const lead = (overrides: Record<string, unknown> = {}) => ({
      clientId: crypto.randomUUID(),
      processId,
      name: 'Dana Seller',
      phone: '(312) 555-0190',
      address: '12 Elm St',
      leadSource: 'expired',
      motivation: 'Relocating for work',
      timeline: 'within 3 months',
      notes: 'Prefers evenings',
      ...overrides,
    });

    it('given a process taking lead hand-offs, when a va hands off a lead, then it is saved once and its follow-up task waits in the agent lane', async () => {
      const body = lead();
      const created = await t.request('POST', '/api/leads', { as: va, body });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ name: 'Dana Seller', phone: '+13125550190', teamId, processId, foundBy: { name: 'Vera VA' }, sourceTaskId: null });
      const { runId } = created.json();
      const run = (await t.request('GET', `/api/runs/${runId}`, { as: owner })).json();
      expect(run).toMatchObject({ businessKey: '+13125550190', status: 'running', variables: { leadName: 'Dana Seller', leadPhone: '+13125550190', leadMotivation: 'Relocating for work' } });
      expect(run.tasks.map((task: { elementId: string; role: string }) => [task.elementId, task.role])).toEqual([['FollowUpLead', 'Agent']]);

      // A retry after a dropped connection finds the same lead and starts nothing more.
      const retried = await t.request('POST', '/api/leads', { as: va, body });
      expect(retried.statusCode).toBe(200);
      expect(retried.json()).toMatchObject({ id: created.json().id, runId });
      expect((await t.request('GET', `/api/runs?processId=${processId}`, { as: owner })).json().runs).toHaveLength(1);
      expect((await t.request('GET', `/api/leads?teamId=${teamId}`, { as: va })).json().leads.map((item: { id: number }) => item.id)).toEqual([created.json().id]);
    });

    it('given the same hand-off sent three times at once, when they race, then one lead and one follow-up run exist', async () => {
      const body = lead();
      const answers = await Promise.all([1, 2, 3].map(() => t.request('POST', '/api/leads', { as: va, body })));
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 201]);
      expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
      expect((await t.request('GET', `/api/runs?processId=${processId}`, { as: owner })).json().runs).toHaveLength(1);
    });

    it('given a phone number that is not one, when handed off, then it is a 400 naming phone and nothing is saved', async () => {
      const refused = await t.request('POST', '/api/leads', { as: va, body: lead({ phone: '555-01' }) });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'phone' });
      expect((await t.request('GET', '/api/leads', { as: owner })).json().leads).toEqual([]);
      expect((await t.request('GET', '/api/runs', { as: owner })).json().runs).toEqual([]);
    });

    it('given a process without a lead hand-off start, when a lead is handed off, then the lead is kept without a follow-up run', async () => {
      const plain = await publishTestProcess(t.store.db, { organizationId: owner.session.organization.id, teamId, name: 'Plain', xml: await readProspectingBpmn() });
      const created = await t.request('POST', '/api/leads', { as: va, body: lead({ processId: plain.processId }) });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().runId).toBeNull();
    });

    it('given a va of another team, when they read or hand off to this team, then the lead and the process do not exist for them', async () => {
      const { id } = (await t.request('POST', '/api/leads', { as: va, body: lead() })).json();
      expect((await t.request('GET', `/api/leads/${id}`, { as: outsider })).statusCode).toBe(404);
      expect((await t.request('GET', '/api/leads', { as: outsider })).json().leads).toEqual([]);
      expect((await t.request('POST', '/api/leads', { as: outsider, body: lead() })).statusCode).toBe(404);
    });
  });
}
