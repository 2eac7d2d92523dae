/** Due timers fire through a worker pass, once, not before they are due; a crashed claimer's lease expires and another pass fires them. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTestProcess, readProspectingBpmn } from '../../../tests/support/publish-test-process.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { testDatabases } from '../../../tests/support/test-databases.ts';
import { claimDueTimers } from '../../store/repositories/timers.ts';
import { listTasks } from '../../store/repositories/tasks.ts';
import type { Principal } from '../auth/access.ts';
import { completeTask } from '../use-cases/complete-task.ts';
import { startRun } from '../use-cases/start-run.ts';
import { DEFAULT_TIMER_LEASE_MS, MAX_TIMER_ATTEMPTS, runDueTimers } from './due-timer-worker.ts';
import { createRunner } from './runner.ts';

const T0 = '2025-03-03T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const silent = { info() {}, warn() {}, error() {} };

for (const database of await testDatabases()) {
  describe(`due timer worker on ${database.dialect}`, () => {
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
    afterEach(async () => t.close());

    const openElements = async (runId: number) =>
      (await listTasks(t.store.db, owner.organizationId, { runId, status: 'active' })).map((task) => task.elementId).sort();

    async function complete(runId: number, elementId: string, variables: Record<string, unknown> = {}, now = T0): Promise<void> {
      const task = (await listTasks(t.store.db, owner.organizationId, { runId, status: 'active' })).find((candidate) => candidate.elementId === elementId)!;
      await completeTask(t.app.runner, owner, task.id, variables, now);
    }

    /** A run handed off a lead at T0: the follow-up's one-hour timer is due at T0 + 60 minutes. */
    async function runWaitingForFollowUp(): Promise<number> {
      const { runId } = await startRun(t.app.runner, owner, { processId, variables: {} }, T0);
      for (const step of ['SetCampaign', 'BuildCallList', 'ScrubList']) await complete(runId, step);
      await complete(runId, 'DialingSession', { leadFound: true });
      await complete(runId, 'HandOffLead');
      return runId;
    }

    it('given a follow-up due in an hour, when passes run before and at the hour, then it fires only at the hour, and only once', async () => {
      const runId = await runWaitingForFollowUp();
      expect(await t.store.db.selectFrom('timers').select(['due_at', 'status']).where('run_id', '=', runId).execute()).toEqual([{ due_at: at(60), status: 'scheduled' }]);
      expect(await runDueTimers(t.app.runner, { now: at(59), workerId: 'a' })).toMatchObject({ claimed: 0 });
      expect(await openElements(runId)).toEqual(['FollowUpLead']);

      expect(await runDueTimers(t.app.runner, { now: at(60), workerId: 'a' })).toMatchObject({ claimed: 1, fired: 1 });
      expect(await openElements(runId)).toEqual(['FollowUpLead', 'ReviewLateFollowUp']);
      expect(await t.store.db.selectFrom('timers').select(['status', 'fired_at']).where('run_id', '=', runId).execute()).toEqual([{ status: 'fired', fired_at: at(60) }]);
      expect(await runDueTimers(t.app.runner, { now: at(120), workerId: 'a' })).toMatchObject({ claimed: 0 });
      const fired = await t.store.db.selectFrom('run_history').select(['user_id', 'at']).where('run_id', '=', runId).where('element_id', '=', 'FollowUpLate').where('kind', '=', 'elementCompleted').execute();
      expect(fired).toEqual([{ user_id: null, at: at(60) }]);
    });

    it('given the follow-up is done in time, then its timer is cancelled and never fires', async () => {
      const runId = await runWaitingForFollowUp();
      await complete(runId, 'FollowUpLead', {}, at(30));
      expect(await t.store.db.selectFrom('timers').select('status').where('run_id', '=', runId).execute()).toEqual([{ status: 'cancelled' }]);
      expect(await runDueTimers(t.app.runner, { now: at(90), workerId: 'a' })).toMatchObject({ claimed: 0 });
    });

    it('given a claimer crashed holding a due timer, then it is not fired while the lease holds, and a later pass takes it over and fires it once', async () => {
      const runId = await runWaitingForFollowUp();
      const leaseUntil = new Date(Date.parse(at(60)) + DEFAULT_TIMER_LEASE_MS).toISOString();
      const [claimed] = await claimDueTimers(t.store.db, t.store.dialect, { workerId: 'crashed', now: at(60), leaseUntil, limit: 10, maxAttempts: MAX_TIMER_ATTEMPTS });
      expect(claimed).toMatchObject({ runId, attempts: 1 });
      expect(await runDueTimers(t.app.runner, { now: at(60.5), workerId: 'survivor' })).toMatchObject({ claimed: 0 });
      expect(await runDueTimers(t.app.runner, { now: at(61.5), workerId: 'survivor' })).toMatchObject({ claimed: 1, fired: 1 });
      expect(await openElements(runId)).toEqual(['FollowUpLead', 'ReviewLateFollowUp']);
      expect(await t.store.db.selectFrom('timers').select(['status', 'claimed_by', 'attempts']).where('run_id', '=', runId).execute()).toEqual([
        { status: 'fired', claimed_by: 'survivor', attempts: 2 },
      ]);
    });

    it('given the server restarts, then a new runner (nothing in memory) fires the timers that came due meanwhile', async () => {
      const runId = await runWaitingForFollowUp();
      const restarted = createRunner(t.store, silent);
      expect(await runDueTimers(restarted, { now: at(600), workerId: 'after-restart' })).toMatchObject({ fired: 1 });
      expect(await openElements(runId)).toEqual(['FollowUpLead', 'ReviewLateFollowUp']);
    });

    it('given firing keeps failing, then after the last attempt the run shows an incident, and retrying it lets the next pass fire', async () => {
      const runId = await runWaitingForFollowUp();
      const failing = createRunner(t.store, silent);
      failing.hooks.beforeCommit = async () => {
        throw new Error('disk full');
      };
      for (let attempt = 1; attempt <= MAX_TIMER_ATTEMPTS; attempt++) {
        expect(await runDueTimers(failing, { now: at(60 + attempt), workerId: 'a' })).toMatchObject({ claimed: 1, failed: 1 });
      }
      expect(await runDueTimers(failing, { now: at(90), workerId: 'a' })).toMatchObject({ claimed: 0 });
      const [incident] = await t.store.db.selectFrom('incidents').selectAll().where('run_id', '=', runId).execute();
      expect(incident).toMatchObject({ element_id: 'FollowUpLate', error: `the timer failed to fire ${MAX_TIMER_ATTEMPTS} times: disk full`, resolved_at: null });
      const agent = await t.login('owner@acme.test');
      expect((await t.request('POST', `/api/incidents/${incident!.id}/retry`, { as: agent, body: {} })).statusCode).toBe(200);
      expect(await runDueTimers(t.app.runner, { now: at(91), workerId: 'a' })).toMatchObject({ fired: 1 });
      expect(await openElements(runId)).toEqual(['FollowUpLead', 'ReviewLateFollowUp']);
    });

    if (database.dialect === 'postgres') {
      it('given a timer row locked by another server, then a pass skips it (SKIP LOCKED) instead of waiting', async () => {
        await runWaitingForFollowUp();
        await t.store.db.transaction().execute(async (trx) => {
          await trx.selectFrom('timers').select('id').forUpdate().execute();
          expect(await runDueTimers(t.app.runner, { now: at(60), workerId: 'b' })).toMatchObject({ claimed: 0 });
        });
        expect(await runDueTimers(t.app.runner, { now: at(60), workerId: 'b' })).toMatchObject({ fired: 1 });
      });

      it('given many due timers and two servers passing at once, then each timer fires exactly once', async () => {
        const runIds: number[] = [];
        for (let run = 0; run < 12; run++) runIds.push(await runWaitingForFollowUp());
        const drain = async (workerId: string) => {
          let fired = 0;
          for (;;) {
            const pass = await runDueTimers(t.app.runner, { now: at(60), workerId, limit: 2 });
            fired += pass.fired;
            expect(pass.failed).toBe(0);
            if (pass.claimed === 0) return fired;
          }
        };
        const [a, b] = await Promise.all([drain('server-a'), drain('server-b')]);
        expect(a + b).toBe(12);
        for (const runId of runIds) expect(await openElements(runId)).toEqual(['FollowUpLead', 'ReviewLateFollowUp']);
        const reviews = await t.store.db.selectFrom('tasks').select('id').where('element_id', '=', 'ReviewLateFollowUp').execute();
        expect(reviews).toHaveLength(12);
      });
    }
  });
}
