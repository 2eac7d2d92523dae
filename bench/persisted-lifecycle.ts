/**
 * Persisted prospecting lifecycles through the server's use-cases (startRun, completeTask): each command is one
 * transaction that reads the run, advances it, writes it with the version check and applies its effects as rows.
 * SQLite runs in a temporary folder; PostgreSQL in a fresh database the benchmark creates and drops.
 */
import type { Principal } from '../src/server/auth/access.ts';
import { createRunner, type Runner } from '../src/server/runner/runner.ts';
import { completeTask } from '../src/server/use-cases/complete-task.ts';
import { createOrganizationWithOwner } from '../src/server/use-cases/create-organization-with-owner.ts';
import { startRun } from '../src/server/use-cases/start-run.ts';
import type { DialectName } from '../src/store/connection.ts';
import { isPostgresReachable, openScratchStore } from '../tests/support/scratch-store.ts';
import { ProcessDocumentation } from '../src/api/schemas/process-documentation.ts';
import { insertVersion } from '../src/store/repositories/process-versions.ts';
import { insertProcess } from '../src/store/repositories/processes.ts';
import { insertTeam } from '../src/store/repositories/teams.ts';

export const BENCH_POSTGRES_URL = process.env.SWIMLANE_BENCH_POSTGRES_URL ?? process.env.SWIMLANE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const SILENT = { info() {}, warn() {}, error() {} };

export interface PersistedBench {
  dialect: DialectName;
  /** Where it ran, for the report (no password). */
  location: string;
  /** One lifecycle: start, then every task completed in turn until the run ends. Resolves to the number of commands. */
  lifecycle(run: number): Promise<number>;
  /** Checks the finished runs all completed and found the expected number of leads. */
  verify(expectedLeads: number, runs: number): Promise<void>;
  dispose(): Promise<void>;
}

interface Decisions {
  now: string;
  startVariables(run: number): Record<string, unknown>;
  leadFound(run: number): boolean;
}

export function isBenchPostgresReachable(): Promise<boolean> {
  return isPostgresReachable(BENCH_POSTGRES_URL);
}

export async function createPersistedBench(dialect: DialectName, xml: string, decisions: Decisions): Promise<PersistedBench> {
  const { store, dispose } = await openScratchStore(dialect, { adminUrl: BENCH_POSTGRES_URL, prefix: 'swimlane_bench' });
  const { organization, user } = await createOrganizationWithOwner(
    store.db,
    { organizationName: 'Bench Realty', name: 'Bench Owner', email: 'owner@bench.test', passwordHash: 'not a password hash: nobody logs in here' },
    { onlyIfFirst: false, now: new Date() },
  );
  const now = new Date().toISOString();
  const teamId = await insertTeam(store.db, { organizationId: organization.id, name: 'Bench team', timeZone: 'UTC' }, now);
  const processId = await insertProcess(store.db, { organizationId: organization.id, teamId, name: 'Prospecting', isTemplate: false }, now);
  await insertVersion(
    store.db,
    { organizationId: organization.id, processId, number: 1, status: 'published', xml, documentation: ProcessDocumentation.parse({}), svg: null, userId: user.id },
    now,
  );
  const runner: Runner = createRunner(store, SILENT);
  const principal: Principal = { userId: user.id, organizationId: organization.id, role: 'owner', via: 'token' };

  return {
    dialect,
    location: store.location,
    async lifecycle(run) {
      const started = await startRun(runner, principal, { processId, variables: decisions.startVariables(run) }, decisions.now);
      const queue = [...started.createdTasks];
      let commands = 1;
      while (queue.length > 0) {
        const task = queue.shift()!;
        const variables = task.elementId === 'DialingSession' ? { leadFound: decisions.leadFound(run), dials: 45, talkTos: 5 } : {};
        const { createdTasks } = await completeTask(runner, principal, task.id, variables, decisions.now);
        queue.push(...createdTasks);
        commands++;
      }
      return commands;
    },
    async verify(expectedLeads, runs) {
      const statuses = await store.db.selectFrom('runs').select('status').execute();
      const notCompleted = statuses.filter((row) => row.status !== 'completed');
      if (statuses.length !== runs || notCompleted.length > 0) throw new Error(`expected ${runs} completed runs, found ${statuses.length} runs, ${notCompleted.length} not completed`);
      const handOffs = await store.db.selectFrom('tasks').select('id').where('element_id', '=', 'HandOffLead').where('status', '=', 'completed').execute();
      if (handOffs.length !== expectedLeads) throw new Error(`persisted runs handed off ${handOffs.length} leads, expected ${expectedLeads}`);
    },
    dispose,
  };
}
