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
      // A callback logged in the tracker starts its own run: "Call back" in the VA's lane, due at the callback time.
      expect(xml).toContain('<message id="Message_CallbackRequested" name="CallbackRequested" />');
      expect(xml).toMatch(/attachedToRef="CallBack" cancelActivity="false"[\s\S]*<timeDate xsi:type="tFormalExpression">=callbackAt<\/timeDate>/);
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
      expect(documentation.steps.CallBack).toMatchObject({ metricKeys: ['dispositions'], assignTo: { mode: 'starter' } });

      const [scriptId] = documentation.scriptIds;
      const script = (await t.request('GET', `/api/scripts/${scriptId}/versions/1`, { as: owner })).json();
      expect(script.status).toBe('published');
      for (const heading of ['Introduction', 'Reason for the call', 'Motivation', 'Timeline', 'Appointment close', 'Objection handling', 'Callback']) expect(script.body).toContain(heading);
    });

    it('given the seeded template, never opened in the studio, when exported as SVG, then the drawing shipped with it answers, for it and for a copy', async () => {
      const exported = await t.request('GET', `/api/processes/${template.id}/export?version=1&format=svg`, { as: owner });
      expect(exported.statusCode, exported.body).toBe(200);
      expect(exported.headers['content-type']).toContain('image/svg+xml');
      expect(exported.body).toContain('data-element-id="LeadFound"');
      const copy = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId, name: 'SVG copy' } })).json();
      expect((await t.request('GET', `/api/processes/${copy.id}/export?format=svg`, { as: owner })).body).toBe(exported.body);
    });

    it('given the template, when used for a team, then the copy is published as version 1 and remembers its origin', async () => {
      const copy = await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId, name: 'North Shore dialing' } });
      expect(copy.statusCode, copy.body).toBe(201);
      expect(copy.json()).toMatchObject({ name: 'North Shore dialing', teamId, isTemplate: false, latestPublishedVersion: 1, hasDraft: false, origin: { processId: template.id, version: 1, name: 'Prospecting dialing' }, updateAvailable: null });
      const copied = await getVersion(copy.json().id, 1);
      const original = await getVersion(template.id, 1);
      expect({ xml: copied.xml, documentation: copied.documentation }).toEqual({ xml: original.xml, documentation: original.documentation });
    });

    /** Publishes the template's next version with one step renamed and a sentence added to the objective. */
    async function publishTemplateVersion(from: number, rename: [string, string], sentence: string) {
      const base = await getVersion(template.id, from);
      const objective = `${base.documentation.objective}\n\n${sentence}`;
      const saved = await t.request('PUT', `/api/processes/${template.id}/draft`, {
        as: owner,
        body: { xml: base.xml.replace(`name="${rename[0]}"`, `name="${rename[1]}"`), documentation: { ...base.documentation, objective }, baseRevision: null },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const published = await t.request('POST', `/api/processes/${template.id}/publish`, { as: owner, body: { revision: saved.json().revision } });
      expect(published.statusCode, published.body).toBe(200);
      return { number: published.json().number as number, objective };
    }

    it('given a copy, when the template publishes version 2 and the update is taken and published, then the copy follows version 2 from the publication on', async () => {
      const copy = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId } })).json() as ProcessSummary;
      const update = await publishTemplateVersion(1, ['Scrub list', 'Scrub the list'], 'Follow up within 30 minutes.');
      expect(update.number).toBe(2);
      expect((await t.request('GET', `/api/processes/${copy.id}`, { as: owner })).json()).toMatchObject({ updateAvailable: 2, origin: { version: 1 } });

      const taken = await t.request('POST', `/api/processes/${copy.id}/take-update`, { as: owner, body: { version: 2 } });
      expect(taken.statusCode, taken.body).toBe(200);
      expect(taken.json()).toMatchObject({ number: 2, status: 'draft', templateVersion: 2 });
      expect((await getVersion(copy.id, 2)).documentation.objective).toBe(update.objective);
      // Until the draft is published, the team still runs the copy's version 1, so the update is still available.
      expect((await t.request('GET', `/api/processes/${copy.id}`, { as: owner })).json()).toMatchObject({ updateAvailable: 2, origin: { version: 1 }, hasDraft: true });
      // Taking it again replaces the draft again: a whole-version replacement. Editing the draft keeps what it holds.
      expect((await t.request('POST', `/api/processes/${copy.id}/take-update`, { as: owner, body: { version: 2 } })).json()).toMatchObject({ number: 2, revision: 2 });
      const draft = await getVersion(copy.id, 2);
      const edited = await t.request('PUT', `/api/processes/${copy.id}/draft`, { as: owner, body: { xml: draft.xml, documentation: { ...draft.documentation, objective: 'Ours.' }, baseRevision: 2 } });
      expect(edited.json()).toMatchObject({ revision: 3, templateVersion: 2 });

      expect((await t.request('POST', `/api/processes/${copy.id}/publish`, { as: owner, body: { revision: 3 } })).statusCode).toBe(200);
      expect((await t.request('GET', `/api/processes/${copy.id}`, { as: owner })).json()).toMatchObject({ updateAvailable: null, origin: { version: 2 }, hasDraft: false, latestPublishedVersion: 2 });
      const entries = (await t.request('GET', '/api/audit?limit=10', { as: owner })).json().entries as Array<{ action: string; subjectId: string; details: Record<string, unknown> }>;
      expect(entries.find((entry) => entry.subjectId === String(copy.id) && entry.action === 'process.published')!.details).toMatchObject({ version: 2, templateVersion: 2 });
    });

    it('given a copy that took an update, when its draft is discarded, then the copy still follows its old version and the update is still available', async () => {
      const copy = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId } })).json() as ProcessSummary;
      const latest = (await t.request('GET', `/api/processes/${template.id}`, { as: owner })).json().latestPublishedVersion as number;
      const update = await publishTemplateVersion(latest, ['Build call list', 'Build the call list'], 'Dial from the freshest list first.');
      expect((await t.request('GET', `/api/processes/${copy.id}`, { as: owner })).json()).toMatchObject({ updateAvailable: update.number, origin: { version: latest } });

      expect((await t.request('POST', `/api/processes/${copy.id}/take-update`, { as: owner, body: { version: update.number } })).statusCode).toBe(200);
      expect((await t.request('DELETE', `/api/processes/${copy.id}/draft`, { as: owner })).statusCode).toBe(200);

      expect((await t.request('GET', `/api/processes/${copy.id}`, { as: owner })).json()).toMatchObject({ updateAvailable: update.number, origin: { version: latest }, hasDraft: false, latestPublishedVersion: 1 });
      // A draft started afterwards from the copy's own version holds no update, so publishing it changes nothing about the origin.
      const own = await getVersion(copy.id, 1);
      const saved = await t.request('PUT', `/api/processes/${copy.id}/draft`, { as: owner, body: { xml: own.xml, documentation: { ...own.documentation, objective: 'Only ours.' }, baseRevision: null } });
      expect(saved.json()).toMatchObject({ number: 2, templateVersion: null });
      expect((await t.request('POST', `/api/processes/${copy.id}/publish`, { as: owner, body: { revision: 1 } })).statusCode).toBe(200);
      expect((await t.request('GET', `/api/processes/${copy.id}`, { as: owner })).json()).toMatchObject({ updateAvailable: update.number, origin: { version: latest } });
    });

    it("given a copy the team changed, when an update is previewed, then the diff is between the copy's published version and the template's new version", async () => {
      const copy = (await t.request('POST', `/api/processes/${template.id}/use-template`, { as: owner, body: { teamId } })).json() as ProcessSummary;
      const origin = (await t.request('GET', `/api/processes/${template.id}`, { as: owner })).json().latestPublishedVersion as number;
      // The team renames a step of its copy and publishes it as its version 2.
      const own = await getVersion(copy.id, 1);
      const saved = await t.request('PUT', `/api/processes/${copy.id}/draft`, {
        as: owner,
        body: { xml: own.xml.replace('name="Log session results"', 'name="Log results in the CRM"'), documentation: own.documentation, baseRevision: null },
      });
      expect((await t.request('POST', `/api/processes/${copy.id}/publish`, { as: owner, body: { revision: saved.json().revision } })).statusCode).toBe(200);
      // The template changes another step and its objective.
      const update = await publishTemplateVersion(origin, ['Set campaign', 'Set the campaign'], 'Prepare the list the evening before.');

      const preview = await t.request('GET', `/api/processes/${copy.id}/template-update?version=${update.number}`, { as: owner });
      expect(preview.statusCode, preview.body).toBe(200);
      const body = preview.json();
      expect(body.template).toEqual({ processId: template.id, name: 'Prospecting dialing' });
      expect(body.current).toMatchObject({ processId: copy.id, number: 2, status: 'published' });
      expect(body.update).toMatchObject({ processId: template.id, number: update.number, status: 'published' });
      expect(body.diff).toMatchObject({ from: 2, to: update.number });
      // Both the template's change and the team's own change (which the update would undo) show; a template-only diff would miss the second.
      const changed = Object.fromEntries(body.diff.elements.map((change: { elementId: string; change: string; fields: string[] }) => [change.elementId, [change.change, change.fields]]));
      expect(changed).toEqual({ SetCampaign: ['changed', ['name']], LogSessionResults: ['changed', ['name']] });
      expect(body.diff.documentation).toEqual([{ path: 'objective', change: 'changed' }]);

      expect((await t.request('GET', `/api/processes/${copy.id}/template-update?version=99`, { as: owner })).json().error).toMatchObject({ code: 'NOT_FOUND', field: 'version' });
      const plain = (await t.request('POST', '/api/processes', { as: owner, body: { name: 'Not a copy', teamId } })).json();
      expect((await t.request('GET', `/api/processes/${plain.id}/template-update?version=1`, { as: owner })).json().error.code).toBe('NOT_A_TEMPLATE');
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
