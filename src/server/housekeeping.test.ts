/** Housekeeping removes only what can no longer be used: expired sessions and finished failure windows. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/test-databases.ts';
import type { Store } from '../store/connection.ts';
import { findLoginFailures, recordLoginFailure } from '../store/repositories/login-failures.ts';
import { insertMembership } from '../store/repositories/memberships.ts';
import { insertOrganization } from '../store/repositories/organizations.ts';
import { findLiveSession, insertSession } from '../store/repositories/sessions.ts';
import { insertUser } from '../store/repositories/users.ts';
import { runHousekeeping } from './housekeeping.ts';

for (const database of await testDatabases()) {
  describe(`housekeeping on ${database.dialect}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await database.create());
    });
    afterEach(async () => dispose());

    it('given an expired and a live session and an old and a fresh failure window, then only the stale ones go', async () => {
      const now = new Date('2026-11-27T12:00:00.000Z');
      const organization = await insertOrganization(store.db, 'A', now.toISOString());
      const user = await insertUser(store.db, { email: 'a@a.test', name: 'A', passwordHash: 'x' }, now.toISOString());
      await insertMembership(store.db, { organizationId: organization.id, userId: user.id, role: 'owner' }, now.toISOString());
      const base = { userId: user.id, organizationId: organization.id, createdAt: '2026-11-01T00:00:00.000Z' };
      await insertSession(store.db, { ...base, id: 'expired', expiresAt: '2026-11-27T11:59:59.000Z' });
      await insertSession(store.db, { ...base, id: 'live', expiresAt: '2026-12-01T00:00:00.000Z' });
      await recordLoginFailure(store.db, 'email:old', '2026-11-27T10:00:00.000Z', '2026-11-27T00:00:00.000Z');
      await recordLoginFailure(store.db, 'email:fresh', '2026-11-27T11:55:00.000Z', '2026-11-27T00:00:00.000Z');

      expect(await runHousekeeping(store, now)).toEqual({ sessions: 1, loginFailures: 1 });
      expect(await findLiveSession(store.db, 'live', now.toISOString())).toBeDefined();
      expect(await store.db.selectFrom('sessions').select('id').execute()).toEqual([{ id: 'live' }]);
      expect(await findLoginFailures(store.db, 'email:old')).toBeUndefined();
      expect(await findLoginFailures(store.db, 'email:fresh')).toBeDefined();
    });
  });
}
