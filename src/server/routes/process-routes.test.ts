/** Processes: create, drafts with conflicts, publish (frozen, refused on errors), diff, and who may see and change what. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessDetail, ProcessVersion, VersionSummary } from '../../api/schemas/processes.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

const gatewayWithoutConditions = await readFile(new URL('./fixtures/gateway-without-conditions.bpmn', import.meta.url), 'utf8');

for (const database of await testDatabases()) {
  describe(`process routes on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let teamId: number;
    let otherTeamId: number;

    beforeAll(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore' } })).json().id;
      otherTeamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'South Shore' } })).json().id;
    });
    afterAll(async () => t?.close());

    async function createProcess(name: string, team: number | null = teamId): Promise<ProcessDetail> {
      const answer = await t.request('POST', '/api/processes', { as: owner, body: { name, teamId: team, roles: ['Virtual professional', 'Agent'] } });
      expect(answer.statusCode, answer.body).toBe(201);
      return answer.json();
    }

    const getVersion = async (processId: number, version: number, as = owner) => (await t.request('GET', `/api/processes/${processId}/versions/${version}`, { as })).json() as ProcessVersion;
    const saveDraft = (processId: number, body: Record<string, unknown>, as = owner) => t.request('PUT', `/api/processes/${processId}/draft`, { as, body });

    it('given a new process, then it starts as draft 1 with a pool, a lane per role and start -> first step -> end, publishable as it is', async () => {
      const process = await createProcess('Lead follow-up');
      expect(process).toMatchObject({ name: 'Lead follow-up', teamId, isTemplate: false, hasDraft: true, latestPublishedVersion: null, origin: null });
      expect(process.versions).toEqual([expect.objectContaining({ number: 1, status: 'draft', revision: 1, createdBy: 'Olivia Owner' })]);
      const draft = await getVersion(process.id, 1);
      expect(draft.xml).toMatch(/<bpmn:lane id="Lane_1" name="Virtual professional">/);
      expect(draft.xml).toMatch(/<bpmn:lane id="Lane_2" name="Agent"/);
      expect(draft.xml).toContain('bpmndi:BPMNShape');
      expect(draft.documentation.roles).toEqual([{ laneId: 'Lane_1', responsibilities: '' }, { laneId: 'Lane_2', responsibilities: '' }]);
      const problems = (await t.request('GET', `/api/processes/${process.id}/versions/1/problems`, { as: owner })).json();
      expect(problems).toEqual({ problems: [], publishable: true });
    });

    it('given two people editing from the same revision, when both save, then one wins and the other gets 409 DRAFT_CONFLICT with the current revision', async () => {
      const process = await createProcess('Conflicts');
      const { xml, documentation } = await getVersion(process.id, 1);
      const first = await saveDraft(process.id, { xml, documentation: { ...documentation, objective: 'Mine' }, baseRevision: 1 });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ number: 1, status: 'draft', revision: 2 });
      const second = await saveDraft(process.id, { xml, documentation: { ...documentation, objective: 'Theirs' }, baseRevision: 1 });
      expect(second.statusCode).toBe(409);
      expect(second.json().error).toMatchObject({ code: 'DRAFT_CONFLICT', details: { currentRevision: 2 } });
      expect((await getVersion(process.id, 1)).documentation.objective).toBe('Mine');
      // Starting a new draft while one exists is a conflict too.
      expect((await saveDraft(process.id, { xml, documentation, baseRevision: null })).json().error).toMatchObject({ code: 'DRAFT_CONFLICT', details: { currentRevision: 2 } });
    });

    it('given concurrent first saves, when they race, then exactly one draft is created', async () => {
      const process = await createProcess('Race');
      const { xml, documentation } = await getVersion(process.id, 1);
      await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 1 } });
      const answers = await Promise.all([1, 2, 3].map((n) => saveDraft(process.id, { xml, documentation: { ...documentation, objective: `Save ${n}` }, baseRevision: null })));
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409]);
      const detail = (await t.request('GET', `/api/processes/${process.id}`, { as: owner })).json() as ProcessDetail;
      expect(detail.versions.filter((version) => version.status === 'draft')).toHaveLength(1);
    });

    it('given a published version, when a new draft is saved and published, then the earlier version is unchanged and stays published', async () => {
      const process = await createProcess('Frozen');
      const stale = await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 7 } });
      expect(stale.json().error).toMatchObject({ code: 'DRAFT_CONFLICT', details: { currentRevision: 1 } });
      const published = await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 1 } });
      expect(published.json()).toMatchObject({ number: 1, status: 'published', publishedBy: 'Olivia Owner' });
      expect((await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 1 } })).json().error.code).toBe('NOTHING_TO_PUBLISH');

      const v1 = await getVersion(process.id, 1);
      const changedXml = v1.xml.replace('name="First step"', 'name="Call the lead"');
      const draft = await saveDraft(process.id, { xml: changedXml, documentation: { ...v1.documentation, objective: 'Version two' }, baseRevision: null });
      expect(draft.json()).toMatchObject({ number: 2, status: 'draft', revision: 1 });
      // A published version cannot be saved over: the draft is version 2.
      expect((await getVersion(process.id, 1)).xml).toBe(v1.xml);
      expect((await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 1 } })).statusCode).toBe(200);
      expect(await getVersion(process.id, 1)).toEqual(v1);
      const detail = (await t.request('GET', `/api/processes/${process.id}`, { as: owner })).json() as ProcessDetail;
      expect(detail).toMatchObject({ latestPublishedVersion: 2, hasDraft: false });
      expect(detail.versions.map((version: VersionSummary) => [version.number, version.status])).toEqual([[2, 'published'], [1, 'published']]);
    });

    it('given a draft with errors, when published, then 422 PROCESS_INVALID lists the problems and nothing is published; warnings do not block', async () => {
      const process = await createProcess('Invalid');
      const { documentation } = await getVersion(process.id, 1);
      await saveDraft(process.id, { xml: gatewayWithoutConditions, documentation: { ...documentation, roles: [], steps: { Yes: { metricKeys: ['dials'] } } }, baseRevision: 1 });
      const problems = (await t.request('GET', `/api/processes/${process.id}/versions/1/problems`, { as: owner })).json();
      expect(problems.publishable).toBe(false);
      expect(problems.problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ elementId: 'Flow_Yes', rule: 'swimlane/exclusive-gateway-conditions', severity: 'error' }),
          expect.objectContaining({ elementId: 'Yes', rule: 'swimlane/metric-keys-defined', severity: 'error' }),
        ]),
      );
      const refused = await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 2 } });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error).toMatchObject({ code: 'PROCESS_INVALID', details: { problems: expect.arrayContaining([expect.objectContaining({ rule: 'swimlane/exclusive-gateway-conditions' })]) } });
      expect((await getVersion(process.id, 1)).status).toBe('draft');
    });

    it('given a draft that is not BPMN or names an unknown script, when saved, then it is refused naming the field', async () => {
      const process = await createProcess('Bad drafts');
      const notBpmn = await saveDraft(process.id, { xml: '<html/>', documentation: {}, baseRevision: 1 });
      expect(notBpmn.json().error).toMatchObject({ code: 'BPMN_INVALID', field: 'xml' });
      const { xml } = await getVersion(process.id, 1);
      const unknownScript = await saveDraft(process.id, { xml, documentation: { scriptIds: [999_999] }, baseRevision: 1 });
      expect(unknownScript.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'documentation.scriptIds' });
    });

    it('given two versions, when diffed, then added, removed and changed elements and documentation paths are listed', async () => {
      const process = await createProcess('Diffed');
      const v1 = await getVersion(process.id, 1);
      await saveDraft(process.id, { xml: v1.xml, documentation: { ...v1.documentation, objective: 'Call', tools: [{ key: 'dialer', name: 'Dialer' }] }, baseRevision: 1 });
      await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 2 } });
      const xml2 = v1.xml
        .replace('name="First step"', 'name="Call the lead"')
        .replace('<bpmn:lane id="Lane_2" name="Agent" />', '<bpmn:lane id="Lane_2" name="Listing agent" />');
      await saveDraft(process.id, {
        xml: xml2,
        documentation: { objective: 'Call sooner', roles: v1.documentation.roles, tools: [{ key: 'dialer', name: 'Power dialer' }, { key: 'crm', name: 'CRM' }], steps: { Task_1: { instructions: 'Dial.' } } },
        baseRevision: null,
      });
      const diff = (await t.request('GET', `/api/processes/${process.id}/diff?from=1&to=2`, { as: owner })).json();
      expect(diff.from).toBe(1);
      expect(diff.elements).toEqual(
        expect.arrayContaining([
          { elementId: 'Task_1', type: 'bpmn:UserTask', name: 'Call the lead', change: 'changed', fields: ['name', 'documentation.instructions'] },
          { elementId: 'Lane_2', type: 'bpmn:Lane', name: 'Listing agent', change: 'changed', fields: ['name'] },
        ]),
      );
      expect(diff.documentation).toEqual([
        { path: 'objective', change: 'changed' },
        { path: 'tools.dialer', change: 'changed' },
        { path: 'tools.crm', change: 'added' },
      ]);
      const backwards = (await t.request('GET', `/api/processes/${process.id}/diff?from=2&to=1`, { as: owner })).json();
      expect(backwards.documentation).toContainEqual({ path: 'tools.crm', change: 'removed' });
      expect((await t.request('GET', `/api/processes/${process.id}/diff?from=1&to=9`, { as: owner })).json().error).toMatchObject({ code: 'NOT_FOUND', field: 'to' });
    });

    it('given a va of one team, then they read published processes of their team only, never a draft, and may change nothing', async () => {
      const vaTeamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'VA team' } })).json().id as number;
      const ours = await createProcess('Ours', vaTeamId);
      const draftOnly = await createProcess('Draft only', vaTeamId);
      const theirs = await createProcess('Theirs', otherTeamId);
      for (const process of [ours, theirs]) await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 1 } });
      const v1 = await getVersion(ours.id, 1);
      await saveDraft(ours.id, { xml: v1.xml, documentation: v1.documentation, baseRevision: null });
      const va = await t.inviteAndAccept(owner, { email: `va-${database.dialect}@acme.test`, role: 'va', teamIds: [vaTeamId] });

      const listed = (await t.request('GET', '/api/processes', { as: va })).json().processes;
      expect(listed.map((process: { name: string }) => process.name)).toEqual(['Ours']);
      expect(listed[0]).toMatchObject({ hasDraft: false, latestPublishedVersion: 1 });
      const detail = (await t.request('GET', `/api/processes/${ours.id}`, { as: va })).json() as ProcessDetail;
      expect(detail.versions.map((version) => version.status)).toEqual(['published']);
      expect((await getVersion(ours.id, 1, va)).status).toBe('published');
      expect((await t.request('GET', `/api/processes/${ours.id}/export`, { as: va })).statusCode).toBe(200);

      for (const url of [
        `/api/processes/${ours.id}/versions/2`,
        `/api/processes/${ours.id}/versions/2/problems`,
        `/api/processes/${ours.id}/diff?from=1&to=2`,
        `/api/processes/${ours.id}/export?version=2`,
        `/api/processes/${draftOnly.id}`,
        `/api/processes/${theirs.id}`,
        `/api/processes?teamId=${otherTeamId}`,
      ]) {
        expect((await t.request('GET', url, { as: va })).statusCode, url).toBe(404);
      }
      const library = (await t.request('GET', '/api/processes?templates=true', { as: owner })).json().processes[0];
      expect((await t.request('GET', `/api/processes/${library.id}`, { as: va })).statusCode).toBe(404);

      const edits: Array<[string, string, unknown]> = [
        ['PUT', `/api/processes/${ours.id}/draft`, { xml: v1.xml, documentation: {}, baseRevision: 1 }],
        ['POST', `/api/processes/${ours.id}/publish`, { revision: 1 }],
        ['DELETE', `/api/processes/${ours.id}/draft`, undefined],
        ['PATCH', `/api/processes/${ours.id}`, { name: 'Mine now' }],
        ['POST', '/api/processes', { name: 'New', teamId: vaTeamId }],
      ];
      for (const [method, url, body] of edits) expect((await t.request(method, url, { as: va, body })).statusCode, `${method} ${url}`).toBe(403);
    });

    it('given changes, then each is in the audit log', async () => {
      const process = await createProcess('Audited');
      await t.request('PATCH', `/api/processes/${process.id}`, { as: owner, body: { name: 'Audited well' } });
      await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 1 } });
      const { xml, documentation } = await getVersion(process.id, 1);
      await saveDraft(process.id, { xml, documentation, baseRevision: null });
      await t.request('DELETE', `/api/processes/${process.id}/draft`, { as: owner });
      const entries = (await t.request('GET', '/api/audit?limit=5', { as: owner })).json().entries as Array<{ action: string; subjectId: string }>;
      expect(entries.filter((entry) => entry.subjectId === String(process.id)).map((entry) => entry.action)).toEqual([
        'process.draft_discarded',
        'process.draft_saved',
        'process.published',
        'process.updated',
        'process.created',
      ]);
    });

    it('given autosaves, when one person saves the same draft many times, then the audit log keeps one entry per person per draft version per window', async () => {
      const process = await createProcess('Autosaved');
      const { xml, documentation } = await getVersion(process.id, 1);
      for (let revision = 1; revision <= 4; revision += 1) {
        expect((await saveDraft(process.id, { xml, documentation: { ...documentation, objective: `Typing ${revision}` }, baseRevision: revision })).statusCode).toBe(200);
      }
      const manager = await t.inviteAndAccept(owner, { email: `manager-${database.dialect}@acme.test`, role: 'manager', teamIds: [teamId], name: 'Mia Manager' });
      expect((await saveDraft(process.id, { xml, documentation, baseRevision: 5 }, manager)).statusCode).toBe(200);
      expect((await saveDraft(process.id, { xml, documentation, baseRevision: 6 }, manager)).statusCode).toBe(200);
      expect((await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 7 } })).statusCode).toBe(200);
      expect((await saveDraft(process.id, { xml, documentation, baseRevision: null })).statusCode).toBe(200);

      const entries = (await t.request('GET', '/api/audit?limit=20', { as: owner })).json().entries as Array<{ action: string; subjectId: string; actor: string; details: Record<string, unknown> }>;
      const saves = entries.filter((entry) => entry.subjectId === String(process.id) && entry.action === 'process.draft_saved').reverse();
      // The owner's first save of draft 1, the manager's first, then the owner's first of draft 2.
      expect(saves.map((entry) => [entry.actor, entry.details])).toEqual([
        ['Olivia Owner', { version: 1, revision: 2 }],
        ['Mia Manager', { version: 1, revision: 6 }],
        ['Olivia Owner', { version: 2, revision: 1 }],
      ]);
    });

    it('given a published team process, when it is retired, then no run starts on it and lists leave it out unless asked; un-retired, it runs again', async () => {
      const process = await createProcess('Seasonal calls');
      expect((await t.request('POST', `/api/processes/${process.id}/publish`, { as: owner, body: { revision: 1 } })).statusCode).toBe(200);
      const start = () => t.request('POST', '/api/runs', { as: owner, body: { processId: process.id, variables: {} } });
      expect((await start()).statusCode).toBe(201);

      const retired = await t.request('POST', `/api/processes/${process.id}/retire`, { as: owner });
      expect(retired.statusCode, retired.body).toBe(200);
      expect(retired.json().retiredAt).toEqual(expect.any(String));
      expect((await start()).json().error).toMatchObject({ code: 'PROCESS_RETIRED', field: 'processId' });
      const listed = async (query: string) => ((await t.request('GET', `/api/processes?teamId=${teamId}${query}`, { as: owner })).json().processes as Array<{ id: number }>).map((item) => item.id);
      expect(await listed('')).not.toContain(process.id);
      expect(await listed('&includeRetired=true')).toContain(process.id);
      // Retiring twice changes nothing; its page still opens.
      expect((await t.request('POST', `/api/processes/${process.id}/retire`, { as: owner })).json().retiredAt).toBe(retired.json().retiredAt);
      expect((await t.request('GET', `/api/processes/${process.id}`, { as: owner })).statusCode).toBe(200);

      const back = await t.request('POST', `/api/processes/${process.id}/unretire`, { as: owner });
      expect(back.json().retiredAt).toBeNull();
      expect(await listed('')).toContain(process.id);
      expect((await start()).statusCode).toBe(201);

      const va = await t.inviteAndAccept(owner, { email: `retire-va-${database.dialect}@acme.test`, role: 'va', teamIds: [teamId] });
      expect((await t.request('POST', `/api/processes/${process.id}/retire`, { as: va })).statusCode).toBe(403);
      const entries = (await t.request('GET', '/api/audit?limit=20', { as: owner })).json().entries as Array<{ action: string; subjectId: string }>;
      expect(entries.filter((entry) => entry.subjectId === String(process.id) && entry.action.endsWith('retired')).map((entry) => entry.action)).toEqual(['process.unretired', 'process.retired']);
    });

    it('given a process never run, when deleted, then it and its versions are gone and audited; a process with runs is refused with 409', async () => {
      const unused = await createProcess('Never used');
      const deleted = await t.request('DELETE', `/api/processes/${unused.id}`, { as: owner });
      expect(deleted.statusCode, deleted.body).toBe(200);
      expect((await t.request('GET', `/api/processes/${unused.id}`, { as: owner })).statusCode).toBe(404);
      expect((await t.request('GET', `/api/processes/${unused.id}/versions/1`, { as: owner })).statusCode).toBe(404);

      const used = await createProcess('Used');
      await t.request('POST', `/api/processes/${used.id}/publish`, { as: owner, body: { revision: 1 } });
      expect((await t.request('POST', '/api/runs', { as: owner, body: { processId: used.id, variables: {} } })).statusCode).toBe(201);
      const refused = await t.request('DELETE', `/api/processes/${used.id}`, { as: owner });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'PROCESS_HAS_RUNS', details: { runs: 1 } });
      expect(refused.json().error.message).toContain('Retire it instead');
      expect((await t.request('GET', `/api/processes/${used.id}`, { as: owner })).statusCode).toBe(200);

      const entries = (await t.request('GET', '/api/audit?limit=20', { as: owner })).json().entries as Array<{ action: string; subjectId: string; details: Record<string, unknown> }>;
      expect(entries.filter((entry) => entry.action === 'process.deleted').map((entry) => [entry.subjectId, entry.details.name])).toEqual([[String(unused.id), 'Never used']]);
    });

    it('given FEEL conditions, when checked, then the answer is the one publishing gives', async () => {
      const check = async (expression: string) => (await t.request('POST', '/api/conditions/check', { as: owner, body: { expression } })).json();
      expect(await check('leadFound = true')).toEqual({ valid: true, message: null });
      expect(await check('=dials > 10 and talkTos >= 1')).toEqual({ valid: true, message: null });
      const broken = await check('source = "expired');
      expect(broken.valid).toBe(false);
      expect(broken.message).toMatch(/^Condition "source = "expired" is not valid FEEL/);
      expect((await check('  ')).message).toContain('the expression is empty');
    });
  });
}
