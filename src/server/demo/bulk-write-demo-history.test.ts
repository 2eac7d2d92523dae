import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import type { Database } from '../../store/tables.ts';
import { bulkWriteDemoHistory } from './bulk-write-demo-history.ts';
import { createDemoOrganization } from './create-demo-organization.ts';
import { planDemo } from './plan-demo.ts';
import { writeDemoHistory } from './write-demo-history.ts';

const OPTIONS = { vas: 3, days: 14, seed: 7, organization: 'Demo Agency', ownerEmail: 'owner@demo.test', endAtMs: Date.parse('2026-06-10T22:30:00Z') };

async function snapshot(db: Kysely<Database>) {
  const events = await db.selectFrom('tracked_events').selectAll().orderBy('client_id').execute();
  const rollups = await db.selectFrom('daily_rollups').selectAll().orderBy('team_id').orderBy('day').orderBy('user_id').orderBy('process_id').orderBy('script_version_id').orderBy('list').orderBy('metric').execute();
  const doNotCall = await db.selectFrom('dnc_numbers').selectAll().orderBy('team_id').orderBy('number').execute();
  return {
    events: events.map(({ id: _id, ...row }) => row),
    rollups: rollups.map((row) => ({ ...row, value: Number(row.value) })),
    doNotCall: doNotCall.map(({ id: _id, ...row }) => row),
  };
}

for (const database of await testDatabases()) {
  describe(`bulkWriteDemoHistory on ${database.dialect}`, () => {
    const stores: Array<Awaited<ReturnType<typeof database.create>>> = [];
    afterAll(async () => {
      for (const store of stores) await store.dispose();
    });

    let throughIngest: Awaited<ReturnType<typeof snapshot>>;
    let inBulk: Awaited<ReturnType<typeof snapshot>>;
    beforeAll(async () => {
      const plan = planDemo(OPTIONS);
      for (const write of [writeDemoHistory, bulkWriteDemoHistory]) {
        const scratch = await database.create();
        stores.push(scratch);
        const { ids } = await createDemoOrganization(scratch.store.db, plan, 'not-a-real-hash', { onlyIfFirst: true });
        await write(scratch.store.db, plan, ids);
        if (write === writeDemoHistory) throughIngest = await snapshot(scratch.store.db);
        else inBulk = await snapshot(scratch.store.db);
      }
    }, 120_000);

    it('given the same small demo, when written through the ingest and in bulk, then tracked_events, daily_rollups and the do-not-call list are the same row for row', () => {
      expect(throughIngest.events.length).toBeGreaterThan(5000);
      expect(throughIngest.events.some((event) => event.kind === 'undo')).toBe(true);
      expect(throughIngest.rollups.some((row) => row.metric === 'phoneSeconds')).toBe(true);
      expect(throughIngest.doNotCall.length).toBeGreaterThan(0);
      expect(inBulk.events).toEqual(throughIngest.events);
      expect(inBulk.rollups).toEqual(throughIngest.rollups);
      expect(inBulk.doNotCall).toEqual(throughIngest.doNotCall);
    });
  });
}
