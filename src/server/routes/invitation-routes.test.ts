/** Inviting people: the link, accepting it once, roles only an owner may grant, and teams joined on acceptance. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`invitation routes on ${database.dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(database);
    });
    afterEach(async () => t.close());

    it('given an invitation to a team, when the VA accepts it, then they are logged in as va in that team and the link is spent', async () => {
      const owner = await t.setup();
      const team = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'Acme Realty', timeZone: 'America/Chicago' } })).json();
      const { token } = await t.invite(owner, { email: 'Vera@VA.test', role: 'va', teamIds: [team.id] });

      const preview = await t.request('GET', `/api/invitations/accept/${token}`);
      expect(preview.json()).toEqual({ organizationName: 'Acme Realty', email: 'vera@va.test', role: 'va', hasAccount: false });

      const accepted = await t.request('POST', '/api/invitations/accept', { body: { token, name: 'Vera', password: TEST_PASSWORD } });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toMatchObject({ role: 'va', user: { email: 'vera@va.test', name: 'Vera' }, teamIds: [team.id] });
      expect(accepted.cookies.some((cookie) => cookie.name === 'swimlane_session')).toBe(true);

      const again = await t.request('POST', '/api/invitations/accept', { body: { token, name: 'Mallory', password: TEST_PASSWORD } });
      expect(again.statusCode).toBe(404);
      expect(again.json().error).toMatchObject({ code: 'INVITATION_INVALID', field: 'token' });
      expect((await t.request('GET', '/api/invitations', { as: owner })).json().invitations).toEqual([]);
      const audit = (await t.request('GET', '/api/audit', { as: owner })).json();
      expect(audit.entries.map((entry: { action: string }) => entry.action)).toEqual(
        expect.arrayContaining(['invitation.created', 'invitation.accepted', 'team.created']),
      );
    });

    it('refuses a revoked or expired link', async () => {
      const owner = await t.setup();
      const revoked = await t.invite(owner, { email: 'r@va.test', role: 'va' });
      expect((await t.request('DELETE', `/api/invitations/${revoked.id}`, { as: owner })).statusCode).toBe(200);
      expect((await t.request('GET', `/api/invitations/accept/${revoked.token}`)).statusCode).toBe(404);

      const expired = await t.invite(owner, { email: 'e@va.test', role: 'va' });
      await t.store.db.updateTable('invitations').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('id', '=', expired.id).execute();
      const answer = await t.request('POST', '/api/invitations/accept', { body: { token: expired.token, name: 'E', password: TEST_PASSWORD } });
      expect(answer.json().error.code).toBe('INVITATION_INVALID');
      expect(await t.store.db.selectFrom('users').select('email').execute()).toEqual([{ email: 'owner@acme.test' }]);
    });

    it('lets only an owner invite an owner', async () => {
      const owner = await t.setup();
      const admin = await t.inviteAndAccept(owner, { email: 'admin@acme.test', role: 'admin' });
      const refused = await t.request('POST', '/api/invitations', { as: admin, body: { email: 'o2@acme.test', role: 'owner' } });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
      expect((await t.request('POST', '/api/invitations', { as: owner, body: { email: 'o2@acme.test', role: 'owner' } })).statusCode).toBe(201);
    });

    it('names the problem: an unknown team, an existing member', async () => {
      const owner = await t.setup();
      const unknownTeam = await t.request('POST', '/api/invitations', { as: owner, body: { email: 'x@acme.test', role: 'va', teamIds: [999] } });
      expect(unknownTeam.statusCode).toBe(400);
      expect(unknownTeam.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'teamIds' });
      const member = await t.request('POST', '/api/invitations', { as: owner, body: { email: 'owner@acme.test', role: 'va' } });
      expect(member.statusCode).toBe(409);
      expect(member.json().error).toMatchObject({ code: 'ALREADY_MEMBER', field: 'email' });
    });

    it('given someone who already has an account elsewhere, when they accept, then their existing password is required', async () => {
      const owner = await t.setup();
      const other = await t.createOrganization({ organizationName: 'Other Agency', email: 'agent@other.test' });
      expect(other.session.organization.name).toBe('Other Agency');
      const { token } = await t.invite(owner, { email: 'agent@other.test', role: 'manager' });
      expect((await t.request('GET', `/api/invitations/accept/${token}`)).json().hasAccount).toBe(true);
      const wrong = await t.request('POST', '/api/invitations/accept', { body: { token, name: 'Agent', password: 'not my password' } });
      expect(wrong.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'password' });
      const accepted = await t.request('POST', '/api/invitations/accept', { body: { token, name: 'Ignored', password: TEST_PASSWORD } });
      expect(accepted.json()).toMatchObject({ role: 'manager', organization: { name: 'Acme Realty' }, user: { name: 'Other Owner' } });
    });
  });
}
