import { CompiledQuery, sql, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import type { Store } from '../connection.ts';
import { listRollupCells } from '../repositories/dashboard-rollups.ts';
import { down, up } from './0011-daily-rollups-metric-index.ts';

const INDEX = 'daily_rollups_team_metric_idx';

async function hasIndex(store: Store): Promise<boolean> {
  const { rows } =
    store.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name = ${INDEX}`.execute(store.db)
      : await sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'daily_rollups' and indexname = ${INDEX}`.execute(store.db);
  return rows.length === 1;
}

for (const database of await testDatabases()) {
  describe(`migration 0011 (daily rollups by team, metric and day) on ${database.dialect}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await database.create());
    });
    afterEach(async () => dispose());

    it('given the latest schema, when the migration is taken back and run again, then the index is gone and back', async () => {
      expect(await hasIndex(store)).toBe(true);
      await down(store.db);
      expect(await hasIndex(store)).toBe(false);
      await up(store.db);
      await up(store.db);
      expect(await hasIndex(store)).toBe(true);
    });

    if (database.dialect === 'sqlite') {
      it("given the dashboard's rollup read of some metrics by day and VA, when SQLite plans it, then it reads the index alone", async () => {
        const queries: RootOperationNode[] = [];
        const capture: KyselyPlugin = {
          transformQuery: ({ node }) => (queries.push(node), node),
          transformResult: async ({ result }) => result,
        };
        await listRollupCells(store.db.withPlugin(capture), 1, { teamIds: [1], from: '2026-08-30', to: '2026-11-27', processId: 2, metrics: ['dials', 'talkTo', 'lead'] }, ['day', 'user']);
        const compiled = store.db.getExecutor().compileQuery(queries[0]!, { queryId: 'plan' } as never);
        const plan = await store.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
        expect(plan.rows.map((row) => row.detail).join('\n')).toMatch(new RegExp(`USING COVERING INDEX ${INDEX} \\(team_id=\\? AND metric=\\? AND day>\\? AND day<\\?\\)`));
      });
    }
  });
}
