/** Teams: admins create and staff them; a VA sees only the teams they belong to. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';

for (const database of await testDatabases()) {
  describe(`team routes on ${database.dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(database);
    });
    afterEach(async () => t.close());

    it('given two teams, when a VA of one lists teams, then they see only theirs and the other answers 404', async () => {
      const owner = await t.setup();
      const mine = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'Acme Realty', timeZone: 'America/New_York' } })).json();
      const other = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'Baker Homes' } })).json();
      expect(other.timeZone).toBe('UTC');
      const va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va', teamIds: [mine.id] });

      expect((await t.request('GET', '/api/teams', { as: va })).json().teams.map((team: { name: string }) => team.name)).toEqual(['Acme Realty']);
      expect((await t.request('GET', `/api/teams/${other.id}`, { as: va })).statusCode).toBe(404);
      expect((await t.request('GET', '/api/teams', { as: owner })).json().teams.map((team: { name: string }) => team.name)).toEqual(['Acme Realty', 'Baker Homes']);
    });

    it('renames a team, refusing a name already taken, and audits the change', async () => {
      const owner = await t.setup();
      const a = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'A' } })).json();
      await t.request('POST', '/api/teams', { as: owner, body: { name: 'B' } });
      const taken = await t.request('PATCH', `/api/teams/${a.id}`, { as: owner, body: { name: 'B' } });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error).toMatchObject({ code: 'TEAM_NAME_TAKEN', field: 'name' });
      const renamed = await t.request('PATCH', `/api/teams/${a.id}`, { as: owner, body: { name: 'Alpha', timeZone: 'Europe/Lisbon' } });
      expect(renamed.json()).toMatchObject({ name: 'Alpha', timeZone: 'Europe/Lisbon' });
      const [latest] = (await t.request('GET', '/api/audit?limit=1', { as: owner })).json().entries;
      expect(latest).toMatchObject({ action: 'team.updated', details: { from: { name: 'A', timeZone: 'UTC' }, to: { name: 'Alpha', timeZone: 'Europe/Lisbon' } } });
    });

    it('adds an organization member to a team and removes them, refusing strangers', async () => {
      const owner = await t.setup();
      const team = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'A' } })).json();
      const va = await t.inviteAndAccept(owner, { email: 'va@acme.test', role: 'va' });
      expect((await t.request('PUT', `/api/teams/${team.id}/members/${va.session.user.id}`, { as: owner })).statusCode).toBe(200);
      expect((await t.request('PUT', `/api/teams/${team.id}/members/${va.session.user.id}`, { as: owner })).statusCode).toBe(200);
      const members = (await t.request('GET', `/api/teams/${team.id}/members`, { as: va })).json().members;
      expect(members.map((member: { email: string }) => member.email)).toEqual(['va@acme.test']);
      expect((await t.request('PUT', `/api/teams/${team.id}/members/9999`, { as: owner })).json().error).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
      expect((await t.request('DELETE', `/api/teams/${team.id}/members/${va.session.user.id}`, { as: owner })).statusCode).toBe(200);
      expect((await t.request('DELETE', `/api/teams/${team.id}/members/${va.session.user.id}`, { as: owner })).statusCode).toBe(404);
      expect((await t.request('GET', '/api/teams', { as: va })).json().teams).toEqual([]);
    });
  });
}
