/** What the tracked-event ingest relies on: a doNotCall disposition puts the number on the list inside the ingest's transaction, once, even when two arrive at the same moment. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { isOnDncList } from '../../store/repositories/dnc-numbers.ts';
import { addDoNotCallRequest } from './add-do-not-call-request.ts';

for (const database of await testDatabases()) {
  describe(`addDoNotCallRequest on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Agent;
    let teamId: number;
    let request: { organizationId: number; teamId: number; userId: number };

    beforeEach(async () => {
      t = await createTestApp(database);
      owner = await t.setup();
      teamId = (await t.request('POST', '/api/teams', { as: owner, body: { name: 'North Shore' } })).json().id;
      request = { organizationId: owner.session.organization.id, teamId, userId: owner.session.user.id };
    });
    afterEach(async () => t.close());

    const now = () => new Date().toISOString();

    it('given a doNotCall disposition, when it is recorded in a transaction, then the number is listed inside it and after it commits, and a second spelling of it adds nothing', async () => {
      await t.store.db.transaction().execute(async (trx) => {
        const result = await addDoNotCallRequest(trx, { ...request, phoneNumber: '(312) 555-0143', note: 'tracked event 42' }, now());
        expect(result).toMatchObject({ ok: true, added: true, dncNumber: { number: '+13125550143', source: 'callRequest', note: 'tracked event 42', addedBy: { id: request.userId } } });
        expect(await isOnDncList(trx, teamId, '+13125550143')).toBe(true);
      });
      expect(await isOnDncList(t.store.db, teamId, '+13125550143')).toBe(true);
      const again = await addDoNotCallRequest(t.store.db, { ...request, phoneNumber: '312.555.0143' }, now());
      expect(again).toMatchObject({ ok: true, added: false, dncNumber: { note: 'tracked event 42' } });
    });

    it('given the ingest rolls back, then the number is not listed', async () => {
      await expect(
        t.store.db.transaction().execute(async (trx) => {
          await addDoNotCallRequest(trx, { ...request, phoneNumber: '3125550143' }, now());
          throw new Error('the event could not be stored');
        }),
      ).rejects.toThrow('the event could not be stored');
      expect(await isOnDncList(t.store.db, teamId, '+13125550143')).toBe(false);
    });

    it('given two requests for the same number at the same moment, then both succeed, one adds it and the number is listed once', async () => {
      const results = await Promise.all(
        ['312-555-0143', '+13125550143'].map((phoneNumber) => t.store.db.transaction().execute((trx) => addDoNotCallRequest(trx, { ...request, phoneNumber }, now()))),
      );
      expect(results.map((result) => result.ok && result.added).sort()).toEqual([false, true]);
      const rows = await t.store.db.selectFrom('dnc_numbers').selectAll().execute();
      expect(rows).toHaveLength(1);
    });

    it('given a number that is not one, then it answers why without throwing and lists nothing', async () => {
      expect(await addDoNotCallRequest(t.store.db, { ...request, phoneNumber: 'unknown' }, now())).toEqual({ ok: false, message: 'phoneNumber is not a phone number' });
      expect(await t.store.db.selectFrom('dnc_numbers').selectAll().execute()).toEqual([]);
    });
  });
}
