import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { down as dropStepRollups, up as fillStepRollups } from '../../store/migrations/0012-step-rollups.ts';
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
  const steps = await db.selectFrom('step_rollups').selectAll().orderBy('process_id').orderBy('day').orderBy('element_id').orderBy('metric').orderBy('team_id').execute();
  return {
    events: events.map(({ id: _id, ...row }) => row),
    rollups: rollups.map((row) => ({ ...row, value: Number(row.value) })),
    doNotCall: doNotCall.map(({ id: _id, ...row }) => row),
    steps: steps.map((row) => ({ ...row, value: Number(row.value) })),
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
    let filledByMigration: Awaited<ReturnType<typeof snapshot>>['steps'];
    beforeAll(async () => {
      const plan = planDemo(OPTIONS);
      for (const write of [writeDemoHistory, bulkWriteDemoHistory]) {
        const scratch = await database.create();
        stores.push(scratch);
        const { ids } = await createDemoOrganization(scratch.store.db, plan, 'not-a-real-hash', { onlyIfFirst: true });
        await write(scratch.store.db, plan, ids);
        if (write === writeDemoHistory) {
          throughIngest = await snapshot(scratch.store.db);
          await dropStepRollups(scratch.store.db);
          await fillStepRollups(scratch.store.db);
          filledByMigration = (await snapshot(scratch.store.db)).steps;
        } else inBulk = await snapshot(scratch.store.db);
      }
    }, 120_000);

    it('given the same small demo, when written through the ingest and in bulk, then tracked_events, daily_rollups, step_rollups and the do-not-call list are the same row for row', () => {
      expect(throughIngest.events.length).toBeGreaterThan(5000);
      expect(throughIngest.events.some((event) => event.kind === 'undo')).toBe(true);
      expect(throughIngest.rollups.some((row) => row.metric === 'phoneSeconds')).toBe(true);
      expect(throughIngest.doNotCall.length).toBeGreaterThan(0);
      // The VAs log on the dialing step: its rows hold dials, and an undone dial's row may come back to 0.
      expect(throughIngest.steps.some((row) => row.element_id === 'DialingSession' && row.metric === 'dials' && row.value > 0)).toBe(true);
      expect(throughIngest.steps.some((row) => row.metric === 'appointmentHeld')).toBe(true);
      expect(inBulk.events).toEqual(throughIngest.events);
      expect(inBulk.rollups).toEqual(throughIngest.rollups);
      expect(inBulk.doNotCall).toEqual(throughIngest.doNotCall);
      expect(inBulk.steps).toEqual(throughIngest.steps);
    });

    it('given the history written through the ingest, when migration 0012 fills the step rollups again from its events, then every non-zero row is the same', () => {
      expect(filledByMigration).toEqual(throughIngest.steps.filter((row) => row.value !== 0));
    });
  });
}
