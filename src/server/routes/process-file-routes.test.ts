/** Import and export: any .bpmn in (other encodings, vendor extensions, no layout), .bpmn with its documentation and SVG out; refusals leave nothing behind. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BPMN_BYTES, type ImportResult, type ProcessVersion } from '../../api/schemas/processes.ts';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

const vendorFile = await readFile(new URL('./fixtures/vendor-extensions-latin1.bpmn', import.meta.url));
const withoutLayout = (await readFile(new URL('./fixtures/vendor-extensions-latin1.bpmn', import.meta.url), 'latin1'))
  .replace('encoding="ISO-8859-1"', 'encoding="UTF-8"')
  .replace(/[^\x00-\x7f]/g, 'e');

for (const database of await testDatabases()) {
  describe(`process import and export on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let teamId: number;

    beforeAll(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore' } })).json().id;
    });
    afterAll(async () => t?.close());

    const importFile = (payload: string | Buffer, query = `?teamId=${teamId}`, contentType = 'application/xml') =>
      t.request('POST', `/api/processes/import${query}`, { as: owner, rawBody: { contentType, payload } });
    const getVersion = async (processId: number, version: number) => (await t.request('GET', `/api/processes/${processId}/versions/${version}`, { as: owner })).json() as ProcessVersion;
    const countProcesses = async () => (await t.store.db.selectFrom('processes').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count;

    it('given an ISO-8859-1 file with vendor extensions and no diagram, when imported, then it is a draft named after its process, laid out, with every extension kept', async () => {
      const answer = await importFile(vendorFile);
      expect(answer.statusCode, answer.body).toBe(201);
      const result = answer.json() as ImportResult;
      expect(result.process).toMatchObject({ name: 'Qualification téléphonique', teamId, hasDraft: true, latestPublishedVersion: null });
      expect(result.warnings).toContain('The file had no diagram layout; one was generated.');
      const { xml, status } = await getVersion(result.process.id, 1);
      expect(status).toBe('draft');
      expect(xml).toContain('encoding="UTF-8"');
      expect(xml).toContain('bpmndi:BPMNShape');
      for (const kept of ['acme:owner="Zoé"', '<camunda:property name="region" value="Île-de-France"', '<acme:reviewed by="Zoé"', '<acme:hint>Soyez bref.</acme:hint>', 'camunda:assignee="caller"']) {
        expect(xml).toContain(kept);
      }
    });

    it('given documentation and a picture saved with a draft, when exported and imported again, then diagram and documentation come back exactly', async () => {
      const imported = (await importFile(withoutLayout, `?teamId=${teamId}&name=Round%20trip`)).json() as ImportResult;
      expect(imported.process.name).toBe('Round trip');
      const { xml } = await getVersion(imported.process.id, 1);
      const svgBefore = await t.request('GET', `/api/processes/${imported.process.id}/export?format=svg`, { as: owner });
      expect(svgBefore.statusCode).toBe(409);
      expect(svgBefore.json().error).toMatchObject({ code: 'EXPORT_UNAVAILABLE', message: expect.stringContaining('open the process in the studio and save it') });

      const documentation = {
        objective: '  Qualify **every** lead.\n\n<script>not html</script> & more  \n',
        roles: [{ laneId: 'Lane_Caller', responsibilities: '- call\n- note', assignment: { mode: 'roundRobin', userIds: [owner.session.user.id] } }],
        tools: [{ key: 'dialer', name: 'Dialer', url: 'https://dialer.example/?a=1&b=2', purpose: 'Calls', laneIds: ['Lane_Caller'] }],
        scriptIds: [],
        counters: [{ key: 'dials', label: 'Dials' }],
        dispositions: [{ key: 'lead', label: 'Lead', countsAs: ['talkTo', 'lead'] }],
        kpis: [{ key: 'leadRate', label: 'Lead rate', numerator: 'lead', denominator: 'talkTo', targets: [{ period: 'week', value: 0.025 }] }],
        steps: {
          Call: { instructions: 'Dial.\nThen listen.', checklist: ['Script open'], toolKeys: ['dialer'], metricKeys: ['dials', 'dispositions'], dueIn: 'PT2H', assignTo: { mode: 'completerOf', stepId: 'Start' } },
          End: { instructions: '', checklist: [], toolKeys: [], metricKeys: [], dueIn: null, assignTo: { mode: 'person', userId: owner.session.user.id } },
        },
      };
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
      expect((await t.request('PUT', `/api/processes/${imported.process.id}/draft`, { as: owner, body: { xml, documentation, baseRevision: 1, svg } })).statusCode).toBe(200);

      const exported = await t.request('GET', `/api/processes/${imported.process.id}/export?version=1&format=bpmn`, { as: owner });
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain('application/bpmn+xml');
      expect(exported.headers['content-disposition']).toBe('attachment; filename="round-trip-v1.bpmn"');
      expect(exported.body).toContain('xmlns:swimlane="urn:swimlane:bpmn:1.0"');
      expect(exported.body).toContain('<swimlane:processDocumentation>');
      expect(exported.body).toContain('<acme:hint>Soyez bref.</acme:hint>');

      const again = (await importFile(exported.body)).json() as ImportResult;
      expect(again.warnings).toEqual([]);
      const restored = await getVersion(again.process.id, 1);
      expect(restored.documentation).toEqual(documentation);
      expect(restored.xml).not.toContain('swimlane:');

      const picture = await t.request('GET', `/api/processes/${imported.process.id}/export?format=svg`, { as: owner });
      expect(picture.body).toBe(svg);
      expect(picture.headers['content-type']).toContain('image/svg+xml');
      expect(picture.headers['content-security-policy']).toContain("default-src 'none'");
    });

    it('given a file larger than a JSON body may be, but under 5 MB, when imported, then it is read', async () => {
      const large = withoutLayout.replace('<process ', `<!-- ${'x'.repeat(2 * 1024 * 1024)} --><process `);
      const answer = await importFile(large, `?teamId=${teamId}&name=Large`);
      expect(answer.statusCode, answer.body.slice(0, 300)).toBe(201);
    });

    it('given files that are too large, not XML, or XML but not BPMN, when imported, then each is refused clearly and nothing is written', async () => {
      const before = await countProcesses();
      const tooLarge = await importFile(`<definitions>${' '.repeat(MAX_BPMN_BYTES)}</definitions>`);
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error).toMatchObject({ code: 'BODY_TOO_LARGE', message: expect.stringContaining('5 MB') });
      const notXml = await importFile('just some text');
      expect(notXml.statusCode).toBe(422);
      expect(notXml.json().error).toMatchObject({ code: 'BPMN_INVALID', message: expect.stringContaining('not readable as XML') });
      const notBpmn = await importFile('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', '', 'text/xml');
      expect(notBpmn.json().error).toMatchObject({ code: 'BPMN_INVALID', message: expect.stringContaining('not a BPMN 2.0 diagram') });
      const noProcess = await importFile('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"/>');
      expect(noProcess.json().error).toMatchObject({ code: 'BPMN_INVALID', message: 'The BPMN file contains no process.' });
      const asJson = await t.request('POST', '/api/processes/import', { as: owner, body: { xml: '<definitions/>' } });
      expect(asJson.statusCode).toBe(415);
      expect(await countProcesses()).toBe(before);
    });
  });
}
