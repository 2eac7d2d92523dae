/** One command, one transaction: concurrent completions never advance a run twice, and a failure half-way leaves nothing behind. */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTestProcess, readProspectingBpmn } from '../../../tests/support/publish-test-process.ts';
import { snapshotTables } from '../../../tests/support/snapshot-tables.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { listTasks } from '../../store/repositories/tasks.ts';
import type { Principal } from '../auth/access.ts';
import { completeTask } from '../use-cases/complete-task.ts';
import { startRun } from '../use-cases/start-run.ts';

const T0 = '2025-03-03T09:00:00.000Z';

for (const database of await testDatabases()) {
  describe(`run commands on ${database.dialect}`, () => {
    let t: TestApp;
    let owner: Principal;
    let processId: number;

    beforeEach(async () => {
      t = await createTestApp(database);
      const agent = await t.setup();
      owner = { userId: agent.session.user.id, organizationId: agent.session.organization.id, role: 'owner', via: 'session' };
      const teamId = (await t.request('POST', '/api/teams', { as: agent, body: { name: 'North Shore' } })).json().id;
      ({ processId } = await publishTestProcess(t.store.db, { organizationId: owner.organizationId, teamId, xml: await readProspectingBpmn() }));
    });
    afterEach(async () => {
      t.app.runner.hooks = {};
      await t.close();
    });

    async function startWithFirstTask(): Promise<{ runId: number; taskId: number }> {
      const { runId, createdTasks } = await startRun(t.app.runner, owner, { processId, variables: {} }, T0);
      expect(createdTasks).toHaveLength(1);
      return { runId, taskId: createdTasks[0]!.id };
    }

    const runRow = (runId: number) => t.store.db.selectFrom('runs').select(['version', 'status', 'state']).where('id', '=', runId).executeTakeFirstOrThrow();
    const countElement = async (runId: number, elementId: string) =>
      (await t.store.db.selectFrom('tasks').select('id').where('run_id', '=', runId).where('element_id', '=', elementId).execute()).length;

    it('given two completions of the same task at once, then one succeeds, the other is refused as a conflict, and the run advances once', async () => {
      const { runId, taskId } = await startWithFirstTask();
      const results = await Promise.allSettled([completeTask(t.app.runner, owner, taskId, { attempt: 1 }, T0), completeTask(t.app.runner, owner, taskId, { attempt: 2 }, T0)]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')!;
      // Serialized (SQLite's single writer) the second sees the task done; interleaved it loses the version check.
      expect(['RUN_CHANGED', 'TASK_NOT_OPEN']).toContain(refused.reason.code);
      expect(refused.reason.status).toBe(409);
      expect(await runRow(runId)).toMatchObject({ version: 2 });
      expect(await countElement(runId, 'BuildCallList')).toBe(1);
    });

    it('given another writer changes the run between read and write, then the command is refused with RUN_CHANGED and writes nothing', async () => {
      const { runId, taskId } = await startWithFirstTask();
      t.app.runner.hooks.afterLoad = async (trx, run) => {
        // What a second server's commit looks like from here: the row's version moved on after we read it.
        await trx.updateTable('runs').set({ version: run.version + 1 }).where('id', '=', run.id).execute();
      };
      const before = await snapshotTables(t.store.db);
      const refused = await completeTask(t.app.runner, owner, taskId, {}, T0).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'RUN_CHANGED', status: 409, message: 'Someone else changed this run at the same moment: reload it and try again.' });
      expect(await snapshotTables(t.store.db)).toEqual(before);
      t.app.runner.hooks = {};
      expect(await listTasks(t.store.db, owner.organizationId, { runId })).toEqual([expect.objectContaining({ elementId: 'SetCampaign', status: 'open' })]);
    });

    it('given an exception after every row of a completion is written, then the transaction leaves the run, its tasks and history as they were', async () => {
      const { runId, taskId } = await startWithFirstTask();
      const before = await snapshotTables(t.store.db);
      t.app.runner.hooks.beforeCommit = async () => {
        throw new Error('the server died here');
      };
      await expect(completeTask(t.app.runner, owner, taskId, { dials: 3 }, T0)).rejects.toThrow('the server died here');
      expect(await snapshotTables(t.store.db)).toEqual(before);
      t.app.runner.hooks = {};
      await completeTask(t.app.runner, owner, taskId, { dials: 3 }, T0);
      expect(await runRow(runId)).toMatchObject({ version: 2 });
    });

    it('given an exception while a run starts, then no run, task or history row is left', async () => {
      const before = await snapshotTables(t.store.db);
      t.app.runner.hooks.beforeCommit = async () => {
        throw new Error('the server died here');
      };
      await expect(startRun(t.app.runner, owner, { processId, variables: {} }, T0)).rejects.toThrow('the server died here');
      expect(await snapshotTables(t.store.db)).toEqual(before);
    });

    if (database.dialect === 'postgres') {
      it('given five servers completing the same task at once on separate connections, then exactly one wins and the others get RUN_CHANGED', async () => {
        const { runId, taskId } = await startWithFirstTask();
        const contenders = 5;
        let arrived = 0;
        let releaseAll!: () => void;
        const allLoaded = new Promise<void>((resolve) => (releaseAll = resolve));
        // Every transaction has read the run at version 1 before any of them writes: the version check alone decides.
        t.app.runner.hooks.afterLoad = async () => {
          if (++arrived === contenders) releaseAll();
          await allLoaded;
        };
        const results = await Promise.allSettled(Array.from({ length: contenders }, (_, index) => completeTask(t.app.runner, owner, taskId, { contender: index }, T0)));
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        const codes = results.flatMap((result) => (result.status === 'rejected' ? [result.reason.code] : []));
        expect(codes).toEqual(Array(contenders - 1).fill('RUN_CHANGED'));
        expect(await runRow(runId)).toMatchObject({ version: 2 });
        expect(await countElement(runId, 'BuildCallList')).toBe(1);
        const completions = await t.store.db.selectFrom('run_history').select('id').where('run_id', '=', runId).where('kind', '=', 'elementCompleted').where('element_id', '=', 'SetCampaign').execute();
        expect(completions).toHaveLength(1);
        const backends = await sql<{ count: string }>`select count(*) as count from pg_stat_activity where datname = current_database()`.execute(t.store.db);
        expect(Number(backends.rows[0]!.count)).toBeGreaterThanOrEqual(contenders);
      });
    }
  });
}
