/** Members: role changes are audited and guarded, removal ends access at once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`member routes on ${database.dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(database);
    });
    afterEach(async () => t.close());

    it('given a VA, when the owner makes them a manager, then the new role applies at once and the change is audited', async () => {
      const owner = await t.setup();
      const va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va' });
      expect((await t.request('GET', '/api/members', { as: va })).statusCode).toBe(403);
      const changed = await t.request('PATCH', `/api/members/${va.session.user.id}`, { as: owner, body: { role: 'manager' } });
      expect(changed.json()).toMatchObject({ email: 'va@acme.test', role: 'manager' });
      expect((await t.request('GET', '/api/members', { as: va })).statusCode).toBe(200);
      const [latest] = (await t.request('GET', '/api/audit?limit=1', { as: owner })).json().entries;
      expect(latest).toMatchObject({ action: 'member.role_changed', actor: 'Olivia Owner', subjectId: String(va.session.user.id), details: { from: 'va', to: 'manager' } });
    });

    it('keeps at least one owner', async () => {
      const owner = await t.setup();
      const demote = await t.request('PATCH', `/api/members/${owner.session.user.id}`, { as: owner, body: { role: 'admin' } });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().error).toMatchObject({ code: 'LAST_OWNER', field: 'role' });
      expect((await t.request('DELETE', `/api/members/${owner.session.user.id}`, { as: owner })).json().error.code).toBe('LAST_OWNER');
      expect((await t.request('GET', '/api/session', { as: owner })).json().role).toBe('owner');
    });

    it('does not let an admin demote or remove an owner', async () => {
      const owner = await t.setup();
      const admin = await t.inviteAndAccept(owner, { email: 'admin@acme.test', role: 'admin' });
      expect((await t.request('PATCH', `/api/members/${owner.session.user.id}`, { as: admin, body: { role: 'va' } })).statusCode).toBe(403);
      expect((await t.request('DELETE', `/api/members/${owner.session.user.id}`, { as: admin })).statusCode).toBe(403);
      expect((await t.request('PATCH', `/api/members/${admin.session.user.id}`, { as: admin, body: { role: 'owner' } })).statusCode).toBe(403);
    });

    it('given a removed member, then their session and API tokens stop working and their team places are gone', async () => {
      const owner = await t.setup();
      const team = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'T' } })).json();
      const va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [team.id] });
      const { secret } = (await t.request('POST', '/api/tokens', { as: va, body: { name: 'dialer' } })).json();
      expect((await t.request('GET', '/api/session', { bearer: secret })).statusCode).toBe(200);

      expect((await t.request('DELETE', `/api/members/${va.session.user.id}`, { as: owner })).statusCode).toBe(200);
      expect((await t.request('GET', '/api/session', { as: va })).statusCode).toBe(401);
      expect((await t.request('GET', '/api/session', { bearer: secret })).statusCode).toBe(401);
      expect((await t.request('GET', `/api/teams/${team.id}`, { as: owner })).json().memberCount).toBe(0);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'va@acme.test', password: 'test password 123' } })).statusCode).toBe(401);
    });
  });
}
