/** Call scripts: versioned like processes; a va reads published scripts of the library and of their teams. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`script routes on ${database.dialect}`, () => {
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

    it('given a new script, when its draft is saved twice from one revision and published, then one save conflicts and the version is frozen', async () => {
      const created = await t.request('POST', '/api/scripts', { as: owner, body: { name: 'Expired listings', teamId, body: '# v1' } });
      expect(created.statusCode, created.body).toBe(201);
      const script = created.json();
      expect(script).toMatchObject({ name: 'Expired listings', teamId, hasDraft: true, latestPublishedVersion: null, versions: [{ number: 1, status: 'draft', revision: 1 }] });
      const saved = await t.request('PUT', `/api/scripts/${script.id}/draft`, { as: owner, body: { body: '# v1, better', baseRevision: 1 } });
      expect(saved.json()).toMatchObject({ number: 1, revision: 2, body: '# v1, better' });
      const conflict = await t.request('PUT', `/api/scripts/${script.id}/draft`, { as: owner, body: { body: '# mine', baseRevision: 1 } });
      expect(conflict.json().error).toMatchObject({ code: 'DRAFT_CONFLICT', details: { currentRevision: 2 } });
      expect((await t.request('POST', `/api/scripts/${script.id}/publish`, { as: owner, body: { revision: 2 } })).json()).toMatchObject({ status: 'published', body: '# v1, better' });
      expect((await t.request('POST', `/api/scripts/${script.id}/publish`, { as: owner, body: { revision: 2 } })).json().error.code).toBe('NOTHING_TO_PUBLISH');
      const next = await t.request('PUT', `/api/scripts/${script.id}/draft`, { as: owner, body: { body: '# v2', baseRevision: null } });
      expect(next.json()).toMatchObject({ number: 2, status: 'draft', revision: 1 });
      expect((await t.request('GET', `/api/scripts/${script.id}/versions/1`, { as: owner })).json().body).toBe('# v1, better');
      const nul = await t.request('PUT', `/api/scripts/${script.id}/draft`, { as: owner, body: { body: 'a\u0000b', baseRevision: 1 } });
      expect(nul.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body' });
    });

    it('given a va, then they read the published scripts of the library and their team, never a draft, and write nothing', async () => {
      const ours = (await t.request('POST', '/api/scripts', { as: owner, body: { name: 'Ours', teamId, body: 'ours' } })).json();
      const theirs = (await t.request('POST', '/api/scripts', { as: owner, body: { name: 'Theirs', teamId: otherTeamId, body: 'theirs' } })).json();
      for (const script of [ours, theirs]) await t.request('POST', `/api/scripts/${script.id}/publish`, { as: owner, body: { revision: 1 } });
      await t.request('PUT', `/api/scripts/${ours.id}/draft`, { as: owner, body: { body: 'ours, next', baseRevision: null } });
      const va = await t.inviteAndAccept(owner, { email: `script-va-${database.dialect}@acme.test`, role: 'va', teamIds: [teamId] });

      const names = (await t.request('GET', '/api/scripts', { as: va })).json().scripts.map((script: { name: string }) => script.name);
      expect(names).toEqual(['Expired listings', 'Ours', 'Prospecting call script']);
      const detail = (await t.request('GET', `/api/scripts/${ours.id}`, { as: va })).json();
      expect(detail).toMatchObject({ hasDraft: false, versions: [{ number: 1, status: 'published' }] });
      expect((await t.request('GET', `/api/scripts/${ours.id}/versions/2`, { as: va })).statusCode).toBe(404);
      expect((await t.request('GET', `/api/scripts/${theirs.id}`, { as: va })).statusCode).toBe(404);
      expect((await t.request('PUT', `/api/scripts/${ours.id}/draft`, { as: va, body: { body: 'x', baseRevision: 1 } })).statusCode).toBe(403);
      expect((await t.request('POST', '/api/scripts', { as: va, body: { name: 'Mine', teamId } })).statusCode).toBe(403);
    });

    it('given a script, when renamed, then its versions keep their text, the change is audited, and a blank name is refused naming the field', async () => {
      const script = (await t.request('POST', '/api/scripts', { as: owner, body: { name: 'Cold calls', teamId, body: '# Hello' } })).json();
      const renamed = await t.request('PATCH', `/api/scripts/${script.id}`, { as: owner, body: { name: 'Cold calls (2027)' } });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).toMatchObject({ id: script.id, name: 'Cold calls (2027)', versions: [{ number: 1, status: 'draft' }] });
      expect((await t.request('GET', `/api/scripts/${script.id}/versions/1`, { as: owner })).json().body).toBe('# Hello');
      const blank = await t.request('PATCH', `/api/scripts/${script.id}`, { as: owner, body: { name: '  ' } });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().error.field).toBe('name');
      const entries = (await t.request('GET', '/api/audit?limit=5', { as: owner })).json().entries as Array<{ action: string; details: Record<string, unknown> }>;
      expect(entries.find((entry) => entry.action === 'script.renamed')!.details).toEqual({ from: 'Cold calls', to: 'Cold calls (2027)' });
    });

    it('given a script autosaved several times, then the audit log keeps one draft entry for the session', async () => {
      const script = (await t.request('POST', '/api/scripts', { as: owner, body: { name: 'Autosaved script', teamId, body: '' } })).json();
      for (let revision = 1; revision <= 3; revision += 1) {
        expect((await t.request('PUT', `/api/scripts/${script.id}/draft`, { as: owner, body: { body: `typing ${revision}`, baseRevision: revision } })).statusCode).toBe(200);
      }
      const entries = (await t.request('GET', '/api/audit?limit=10', { as: owner })).json().entries as Array<{ action: string; subjectId: string }>;
      expect(entries.filter((entry) => entry.subjectId === String(script.id)).map((entry) => entry.action)).toEqual(['script.draft_saved', 'script.created']);
    });
  });
}
