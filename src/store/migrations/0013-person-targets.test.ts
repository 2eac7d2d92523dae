import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import type { Store } from '../connection.ts';
import { insertOrganization } from '../repositories/organizations.ts';
import { deletePersonTarget, listPersonTargets, savePersonTarget } from '../repositories/person-targets.ts';
import { insertTeam } from '../repositories/teams.ts';
import { insertUser } from '../repositories/users.ts';

const NOW = '2026-03-03T16:00:00.000Z';
const LATER = '2026-03-04T16:00:00.000Z';

for (const database of await testDatabases()) {
  describe(`migration 0013 (person targets) on ${database.dialect}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await database.create());
    });
    afterEach(async () => dispose());

    it('given a VA of a team, when a target is set twice, removed, or set below 0, then one row holds the latest value, the removal answers what it removed, and the negative one is refused', async () => {
      const organization = await insertOrganization(store.db, 'Acme', NOW);
      const ana = await insertUser(store.db, { email: 'ana@acme.test', name: 'Ana', passwordHash: 'x' }, NOW);
      const lead = await insertUser(store.db, { email: 'lee@acme.test', name: 'Lee', passwordHash: 'x' }, NOW);
      const teamId = await insertTeam(store.db, { organizationId: organization.id, name: 'Chicago', timeZone: 'America/Chicago' }, NOW);
      const key = { organizationId: organization.id, teamId, userId: ana.id, kpiKey: 'dials', period: 'day' as const };

      expect(await savePersonTarget(store.db, key, 120, lead.id, NOW)).toBeNull();
      expect(await savePersonTarget(store.db, key, 90.5, lead.id, LATER)).toBe(120);
      await savePersonTarget(store.db, { ...key, period: 'week' }, 450, null, NOW);
      expect(await listPersonTargets(store.db, organization.id, teamId)).toEqual([
        { userId: ana.id, kpiKey: 'dials', period: 'day', value: 90.5, setByUserId: lead.id, setAt: LATER },
        { userId: ana.id, kpiKey: 'dials', period: 'week', value: 450, setByUserId: null, setAt: NOW },
      ]);
      await expect(savePersonTarget(store.db, { ...key, kpiKey: 'talkToRate' }, -0.1, lead.id, NOW)).rejects.toThrow();

      expect(await deletePersonTarget(store.db, key)).toBe(90.5);
      expect(await deletePersonTarget(store.db, key)).toBeNull();
      expect((await listPersonTargets(store.db, organization.id, teamId, ana.id)).map((target) => target.period)).toEqual(['week']);

      // A team's targets go with it.
      await store.db.deleteFrom('teams').where('id', '=', teamId).execute();
      expect(await store.db.selectFrom('person_targets').selectAll().execute()).toEqual([]);
    });
  });
}
