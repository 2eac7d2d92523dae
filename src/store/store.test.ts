/** The repository suite, run once per database: what one passes on SQLite it must pass on PostgreSQL. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/test-databases.ts';
import type { Store } from './connection.ts';
import { migrateToLatest } from './migrate-to-latest.ts';
import { insertAuditEntry, listAuditEntries } from './repositories/audit-log.ts';
import { findInvitationByTokenHash, insertInvitation, listPendingInvitations, markInvitationAccepted, markInvitationRevoked } from './repositories/invitations.ts';
import { findLoginFailures, recordLoginFailure } from './repositories/login-failures.ts';
import { countOwners, deleteMembership, insertMembership, listMembers, listTeamIdsOfUser } from './repositories/memberships.ts';
import { insertOrganization } from './repositories/organizations.ts';
import { deleteSessionsOfUser, findLiveSession, insertSession } from './repositories/sessions.ts';
import { insertSettingIfAbsent } from './repositories/settings.ts';
import { findTeam, insertTeam, insertTeamMember, listTeams } from './repositories/teams.ts';
import { insertUser } from './repositories/users.ts';
import { isUniqueViolation } from './unique-violation.ts';

const NOW = '2026-11-27T10:00:00.000Z';

for (const database of await testDatabases()) {
  describe(`store on ${database.dialect}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ store, dispose } = await database.create());
    });
    afterEach(async () => dispose());

    async function givenOrganizationWithOwner(name = 'Acme') {
      const organization = await insertOrganization(store.db, name, NOW);
      const owner = await insertUser(store.db, { email: `owner@${name.toLowerCase()}.test`, name: 'Owner', passwordHash: 'x' }, NOW);
      await insertMembership(store.db, { organizationId: organization.id, userId: owner.id, role: 'owner' }, NOW);
      return { organization, owner };
    }

    it('migrates once: a second run has nothing to do', async () => {
      expect(await migrateToLatest(store)).toEqual([]);
    });

    it('refuses a second account with the same email, reported as a unique violation', async () => {
      await insertUser(store.db, { email: 'a@a.test', name: 'A', passwordHash: 'x' }, NOW);
      const error = await insertUser(store.db, { email: 'a@a.test', name: 'B', passwordHash: 'y' }, NOW).catch((caught: unknown) => caught);
      expect(isUniqueViolation(error)).toBe(true);
    });

    it('keeps team names unique per organization only', async () => {
      const a = await givenOrganizationWithOwner('Alpha');
      const b = await givenOrganizationWithOwner('Beta');
      await insertTeam(store.db, { organizationId: a.organization.id, name: 'Sales', timeZone: 'UTC' }, NOW);
      await insertTeam(store.db, { organizationId: b.organization.id, name: 'Sales', timeZone: 'UTC' }, NOW);
      const duplicate = await insertTeam(store.db, { organizationId: a.organization.id, name: 'Sales', timeZone: 'UTC' }, NOW).catch((caught: unknown) => caught);
      expect(isUniqueViolation(duplicate)).toBe(true);
    });

    it('counts team members, adds a member once, and never shows another organization the team', async () => {
      const a = await givenOrganizationWithOwner('Alpha');
      const b = await givenOrganizationWithOwner('Beta');
      const teamId = await insertTeam(store.db, { organizationId: a.organization.id, name: 'Sales', timeZone: 'America/Chicago' }, NOW);
      expect(await insertTeamMember(store.db, teamId, a.owner.id, NOW)).toBe(true);
      expect(await insertTeamMember(store.db, teamId, a.owner.id, NOW)).toBe(false);
      expect(await findTeam(store.db, a.organization.id, teamId)).toMatchObject({ name: 'Sales', timeZone: 'America/Chicago', memberCount: 1 });
      expect(await findTeam(store.db, b.organization.id, teamId)).toBeUndefined();
      expect(await listTeams(store.db, b.organization.id)).toEqual([]);
      expect(await listTeams(store.db, a.organization.id, [])).toEqual([]);
      expect(await listTeamIdsOfUser(store.db, a.organization.id, a.owner.id)).toEqual([teamId]);
    });

    it('lists members with their teams, and removing a membership leaves other organizations alone', async () => {
      const a = await givenOrganizationWithOwner('Alpha');
      const b = await givenOrganizationWithOwner('Beta');
      await insertMembership(store.db, { organizationId: b.organization.id, userId: a.owner.id, role: 'va' }, NOW);
      const teamA = await insertTeam(store.db, { organizationId: a.organization.id, name: 'T', timeZone: 'UTC' }, NOW);
      const teamB = await insertTeam(store.db, { organizationId: b.organization.id, name: 'T', timeZone: 'UTC' }, NOW);
      await insertTeamMember(store.db, teamA, a.owner.id, NOW);
      await insertTeamMember(store.db, teamB, a.owner.id, NOW);
      // Both are named "Owner", so the order falls back to the user id: Alpha's owner joined the store first.
      expect((await listMembers(store.db, b.organization.id)).map((member) => [member.email, member.role, member.teamIds])).toEqual([
        ['owner@alpha.test', 'va', [teamB]],
        ['owner@beta.test', 'owner', []],
      ]);
      await deleteMembership(store.db, b.organization.id, a.owner.id);
      expect(await listTeamIdsOfUser(store.db, a.organization.id, a.owner.id)).toEqual([teamA]);
      expect((await listMembers(store.db, b.organization.id)).map((member) => member.email)).toEqual(['owner@beta.test']);
      expect(await countOwners(store.db, a.organization.id)).toBe(1);
    });

    it('lets an invitation be accepted once, even by two requests at the same time', async () => {
      const a = await givenOrganizationWithOwner();
      const id = await insertInvitation(
        store.db,
        { organizationId: a.organization.id, email: 'va@acme.test', role: 'va', teamIds: [], tokenHash: 'hash-1', invitedByUserId: a.owner.id, expiresAt: '2026-12-04T10:00:00.000Z' },
        NOW,
      );
      expect(await findInvitationByTokenHash(store.db, 'hash-1')).toMatchObject({ id, email: 'va@acme.test', invitedBy: 'Owner', teamIds: [] });
      const results = await Promise.all([markInvitationAccepted(store.db, id, NOW), markInvitationAccepted(store.db, id, NOW)]);
      expect(results.sort()).toEqual([false, true]);
      expect(await markInvitationRevoked(store.db, a.organization.id, id, NOW)).toBe(false);
      expect(await listPendingInvitations(store.db, a.organization.id, NOW)).toEqual([]);
    });

    it('hides expired invitations from the pending list', async () => {
      const a = await givenOrganizationWithOwner();
      await insertInvitation(
        store.db,
        { organizationId: a.organization.id, email: 'late@acme.test', role: 'va', teamIds: [1], tokenHash: 'hash-2', invitedByUserId: a.owner.id, expiresAt: '2026-11-27T09:59:59.000Z' },
        '2026-11-20T10:00:00.000Z',
      );
      expect(await listPendingInvitations(store.db, a.organization.id, NOW)).toEqual([]);
      expect(await listPendingInvitations(store.db, a.organization.id, '2026-11-27T09:00:00.000Z')).toHaveLength(1);
    });

    it('finds a session only until it expires, and ends all but the current one', async () => {
      const a = await givenOrganizationWithOwner();
      const base = { userId: a.owner.id, organizationId: a.organization.id, createdAt: NOW, expiresAt: '2026-11-28T10:00:00.000Z' };
      await insertSession(store.db, { ...base, id: 's1' });
      await insertSession(store.db, { ...base, id: 's2' });
      expect(await findLiveSession(store.db, 's1', NOW)).toMatchObject({ userId: a.owner.id });
      expect(await findLiveSession(store.db, 's1', '2026-11-28T10:00:00.000Z')).toBeUndefined();
      await deleteSessionsOfUser(store.db, a.owner.id, { exceptId: 's2' });
      expect(await findLiveSession(store.db, 's1', NOW)).toBeUndefined();
      expect(await findLiveSession(store.db, 's2', NOW)).toBeDefined();
    });

    it('agrees on one generated setting when two processes start at once', async () => {
      const values = await Promise.all([insertSettingIfAbsent(store.db, 'session_secret', 'first'), insertSettingIfAbsent(store.db, 'session_secret', 'second')]);
      expect(values[0]).toBe(values[1]);
      expect(await insertSettingIfAbsent(store.db, 'session_secret', 'third')).toBe(values[0]);
    });

    it('counts login failures within a window and starts again after it', async () => {
      const windowStart = '2026-11-27T09:45:00.000Z';
      await recordLoginFailure(store.db, 'email:a', NOW, windowStart);
      await recordLoginFailure(store.db, 'email:a', NOW, windowStart);
      expect(await findLoginFailures(store.db, 'email:a')).toEqual({ count: 2, firstFailedAt: NOW });
      const later = '2026-11-27T11:00:00.000Z';
      await recordLoginFailure(store.db, 'email:a', later, '2026-11-27T10:45:00.000Z');
      expect(await findLoginFailures(store.db, 'email:a')).toEqual({ count: 1, firstFailedAt: later });
    });

    it('pages the audit log newest first, per organization', async () => {
      const a = await givenOrganizationWithOwner('Alpha');
      const b = await givenOrganizationWithOwner('Beta');
      for (let index = 0; index < 5; index++) {
        await insertAuditEntry(store.db, { organizationId: a.organization.id, actorUserId: a.owner.id, action: `a.${index}`, subjectType: 't', subjectId: index, details: { index } }, NOW);
      }
      await insertAuditEntry(store.db, { organizationId: b.organization.id, actorUserId: null, action: 'b.0', subjectType: 't', subjectId: 0 }, NOW);
      const first = await listAuditEntries(store.db, a.organization.id, { limit: 3 });
      expect(first.map((entry) => entry.action)).toEqual(['a.4', 'a.3', 'a.2']);
      expect(first[0]).toMatchObject({ actor: 'Owner', subjectId: '4', details: { index: 4 } });
      const second = await listAuditEntries(store.db, a.organization.id, { limit: 3, before: first[2]!.id });
      expect(second.map((entry) => entry.action)).toEqual(['a.1', 'a.0']);
      expect((await listAuditEntries(store.db, b.organization.id, { limit: 10 })).map((entry) => [entry.action, entry.actor])).toEqual([['b.0', null]]);
    });
  });
}
