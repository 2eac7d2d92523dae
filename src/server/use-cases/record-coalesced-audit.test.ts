/** Coalesced audit entries: a repeat within the window is skipped; after it, or for another draft or person, a new entry is written. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { listAuditEntries } from '../../store/repositories/audit-log.ts';
import { AUDIT_COALESCE_WINDOW_MS, recordCoalescedAudit } from './record-coalesced-audit.ts';

for (const database of await testDatabases()) {
  describe(`recordCoalescedAudit on ${database.dialect}`, () => {
    let t: TestApp;
    let principal: { organizationId: number; userId: number };
    let colleague: { organizationId: number; userId: number };

    beforeAll(async () => {
      t = await createTestApp(database);
      const owner = await t.setup();
      principal = { organizationId: owner.session.organization.id, userId: owner.session.user.id };
      const other = await t.inviteAndAccept(owner, { email: 'colleague@acme.test', role: 'manager' });
      colleague = { organizationId: other.session.organization.id, userId: other.session.user.id };
    });
    afterAll(async () => t?.close());

    const record = (details: Record<string, unknown>, now: Date, who = principal) =>
      recordCoalescedAudit(t.store.db, who, 'thing.saved', { type: 'thing', id: 7 }, details, { sameAs: ['version'], now });

    it('given an entry, when the same person repeats it within the window, then nothing is written; after the window, another draft, or another person, an entry is', async () => {
      const start = new Date();
      expect(await record({ version: 1, revision: 1 }, start)).toBe(true);
      expect(await record({ version: 1, revision: 2 }, new Date(start.getTime() + AUDIT_COALESCE_WINDOW_MS / 2))).toBe(false);
      expect(await record({ version: 2, revision: 1 }, new Date(start.getTime() + AUDIT_COALESCE_WINDOW_MS / 2))).toBe(true);
      expect(await record({ version: 2, revision: 2 }, new Date(Date.now() + AUDIT_COALESCE_WINDOW_MS + 1000))).toBe(true);
      expect(await record({ version: 2, revision: 3 }, new Date(), colleague)).toBe(true);

      const entries = (await listAuditEntries(t.store.db, principal.organizationId, { limit: 20 })).filter((entry) => entry.action === 'thing.saved');
      expect(entries.map((entry) => entry.details).reverse()).toEqual([
        { version: 1, revision: 1 },
        { version: 2, revision: 1 },
        { version: 2, revision: 2 },
        { version: 2, revision: 3 },
      ]);
    });
  });
}
