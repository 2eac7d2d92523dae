/** The template library: every organization starts with Prospecting dialing; a team copies it and takes later versions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessSummary, ProcessVersion } from '../../api/schemas/processes.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`template library on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let teamId: number;
    let template: ProcessSummary;

    beforeAll(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore' } })).json().id;
      [template] = (await t.request('GET', '/api/processes?templates=true', { as: owner })).json().processes;
    });
    afterAll(async () => t?.close());

    const getVersion = async (processId: number, version: number) => (await t.request('GET', `/api/processes/${processId}/versions/${version}`, { as: owner })).json() as ProcessVersion;

    it('given a new organization, then its library holds Prospecting dialing, published as version 1 without a problem, with its call script', async () => {
      expect(template).toMatchObject({ name: 'Prospecting dialing', teamId: null, isTemplate: true, latestPublishedVersion: 1, hasDraft: false, origin: null });
      expect((await t.request('GET', `/api/processes/${template.id}/versions/1/problems`, { as: owner })).json()).toEqual({ problems: [], publishable: true });

      const { xml, documentation } = await getVersion(template.id, 1);
      for (const lane of ['Virtual professional', 'Agent', 'Team lead']) expect(xml).toContain(`name="${lane}"`);
      expect(xml).toMatch(/<exclusiveGateway id="LeadFound" name="Lead found\?"/);
      expect(xml).toMatch(/attachedToRef="FollowUpLead"[\s\S]*PT1H/);
      expect(documentation.roles.map((role) => role.laneId)).toEqual(['Lane_VirtualProfessional', 'Lane_Agent', 'Lane_TeamLead']);
      expect(documentation.tools.map((tool) => [tool.key, tool.url])).toEqual([['dialer', ''], ['crm', ''], ['leadSource', ''], ['dncScrub', '']]);
      expect(documentation.counters).toEqual([{ key: 'dials', label: 'Dials' }]);
      const countsAs = Object.fromEntries(documentation.dispositions.map((disposition) => [disposition.key, disposition.countsAs]));
      expect(countsAs).toMatchObject({ voicemail: [], wrongNumber: [], alreadyListed: ['talkTo'], lead: ['talkTo', 'lead'], appointmentSet: ['talkTo', 'lead', 'appointmentSet'] });
      expect(documentation.kpis.map((kpi) => [kpi.key, kpi.numerator, kpi.denominator, kpi.targets[0]!.value])).toEqual([
        ['talkToRate', 'talkTo', 'dials', 0.12],
        ['leadRate', 'lead', 'talkTo', 0.025],
        ['dialsPerPhoneHour', 'dials', 'phoneHours', 45],
      ]);
      expect(documentation.steps.FollowUpLead).toMatchObject({ dueIn: 'PT1H' });
      expect(documentation.steps.DialingSession!.metricKeys).toEqual(['dials', 'dispositions']);

      const [scriptId] = documentation.scriptIds;
      const script = (await t.request('GET', `/api/scripts/${scriptId}/versions/1`, { as: owner })).json();
      expect(script.status).toBe('published');
      for (const heading of ['Introduction', 'Reason for the call', 'Motivation', 'Timeline', 'Appointment close', 'Objection handling']) expect(script.body).toContain(heading);
    });

    it('given the template, when used for a team, then the copy is published as version 1 and remembers its origin', async () => {
      const copy = await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId, name: 'North Shore dialing' } });
      expect(copy.statusCode, copy.body).toBe(201);
      expect(copy.json()).toMatchObject({ name: 'North Shore dialing', teamId, isTemplate: false, latestPublishedVersion: 1, hasDraft: false, origin: { processId: template.id, version: 1, name: 'Prospecting dialing' }, updateAvailable: null });
      const copied = await getVersion(copy.json().id, 1);
      const original = await getVersion(template.id, 1);
      expect({ xml: copied.xml, documentation: copied.documentation }).toEqual({ xml: original.xml, documentation: original.documentation });
    });

    it('given a copy, when the template publishes version 2, then the copy shows the update, and taking it puts version 2 in its draft', async () => {
      const copy = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId } })).json() as ProcessSummary;
      const v1 = await getVersion(template.id, 1);
      const objective = `${v1.documentation.objective}\n\nFollow up within 30 minutes.`;
      await t.request('PUT', `/api/processes/${template.id}/draft`, { as: owner, body: { xml: v1.xml.replace('name="Scrub list"', 'name="Scrub the list"'), documentation: { ...v1.documentation, objective }, baseRevision: null } });
      expect((await t.request('POST', `/api/processes/${template.id}/publish`, { as: owner, body: { revision: 1 } })).statusCode).toBe(200);

      const before = (await t.request('GET', `/api/processes/${copy.id}`, { as: owner })).json();
      expect(before).toMatchObject({ updateAvailable: 2, origin: { version: 1 } });
      // The preview: what changed in the template between the copy's origin and the update.
      const preview = (await t.request('GET', `/api/processes/${template.id}/diff?from=1&to=2`, { as: owner })).json();
      expect(preview.elements).toEqual([expect.objectContaining({ elementId: 'ScrubList', change: 'changed', fields: ['name'] })]);
      expect(preview.documentation).toEqual([{ path: 'objective', change: 'changed' }]);

      const taken = await t.request('POST', `/api/processes/${copy.id}/take-update`, { as: owner, body: { version: 2 } });
      expect(taken.statusCode, taken.body).toBe(200);
      expect(taken.json()).toMatchObject({ number: 2, status: 'draft' });
      expect((await getVersion(copy.id, 2)).documentation.objective).toBe(objective);
      expect((await t.request('GET', `/api/processes/${copy.id}`, { as: owner })).json()).toMatchObject({ updateAvailable: null, origin: { version: 2 }, hasDraft: true });
      // Taking it again replaces the draft again: a whole-version replacement.
      expect((await t.request('POST', `/api/processes/${copy.id}/take-update`, { as: owner, body: { version: 2 } })).json()).toMatchObject({ number: 2, revision: 2 });
      expect((await t.request('POST', `/api/processes/${copy.id}/publish`, { as: owner, body: { revision: 2 } })).statusCode).toBe(200);
    });

    it('given a process that is not a template or not a copy, then use-template and take-update say so', async () => {
      const plain = (await t.request('POST', '/api/processes', { as: owner, body: { name: 'Plain', teamId } })).json();
      expect((await t.request('POST', `/api/processes/${plain.id}/use-template`, { as: owner, body: { teamId } })).json().error.code).toBe('NOT_A_TEMPLATE');
      expect((await t.request('POST', `/api/processes/${plain.id}/take-update`, { as: owner, body: { version: 1 } })).json().error.code).toBe('NOT_A_TEMPLATE');
      const copy = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId } })).json();
      expect((await t.request('POST', `/api/processes/${copy.id}/take-update`, { as: owner, body: { version: 99 } })).json().error).toMatchObject({ code: 'NOT_FOUND', field: 'version' });
    });
  });
}
