/** Runs of published process versions: the engine's state as JSON with a version for optimistic concurrency. */
import type { Kysely } from 'kysely';
import type { RunState, RunStatus } from '../../engine/index.ts';
import { compileOnce } from '../compile-once.ts';
import type { Database } from '../tables.ts';

/** What a command needs of a run: where it belongs, the version it runs on, and its state at `version`. */
export interface RunRecord {
  id: number;
  organizationId: number;
  teamId: number;
  processId: number;
  processVersionId: number;
  businessKey: string | null;
  status: RunStatus;
  state: RunState;
  version: number;
}

export interface RunSummaryRecord {
  id: number;
  teamId: number;
  processId: number;
  processName: string;
  versionNumber: number;
  businessKey: string | null;
  status: RunStatus;
  startedAt: string;
  startedBy: { id: number; name: string } | null;
  endedAt: string | null;
  openTaskCount: number;
  openIncidentCount: number;
}

export interface RunFilter {
  /** Only runs of these teams (the caller's, for a va or a viewer). */
  teamIds?: number[] | undefined;
  teamId?: number | undefined;
  processId?: number | undefined;
  status?: RunStatus | undefined;
  businessKey?: string | undefined;
  before?: number | undefined;
  limit?: number | undefined;
}

export interface NewRun {
  organizationId: number;
  teamId: number;
  processId: number;
  processVersionId: number;
  businessKey: string | null;
  startedByUserId: number | null;
}

/** Inserted at version 0 with an empty state: the start command's write takes it to version 1 in the same transaction. */
export async function insertRun(db: Kysely<Database>, run: NewRun, now: string): Promise<number> {
  const row = await db
    .insertInto('runs')
    .values({
      organization_id: run.organizationId,
      team_id: run.teamId,
      process_id: run.processId,
      process_version_id: run.processVersionId,
      business_key: run.businessKey,
      status: 'running',
      state: '{}',
      version: 0,
      started_by_user_id: run.startedByUserId,
      started_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// Every run command reads and writes its run: compiled once (see compile-once.ts).
const selectRun = compileOnce((db, organizationId: number, runId: number) =>
  db
    .selectFrom('runs')
    .select(['id', 'organization_id', 'team_id', 'process_id', 'process_version_id', 'business_key', 'status', 'state', 'version'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', runId),
);

export async function findRun(db: Kysely<Database>, organizationId: number, runId: number): Promise<RunRecord | undefined> {
  const [row] = (await selectRun(db, organizationId, runId)).rows;
  return row && runRowToRun(row);
}

/** Who started a run: null for a run a timer started (or a run not found). */
export async function findRunStarter(db: Kysely<Database>, runId: number): Promise<number | null> {
  const row = await db.selectFrom('runs').select('started_by_user_id').where('id', '=', runId).executeTakeFirst();
  return row?.started_by_user_id ?? null;
}

/** Running runs of the organization with this business key, oldest first (the candidates of a message). */
export async function findRunningRunsByBusinessKey(db: Kysely<Database>, organizationId: number, businessKey: string, teamIds?: number[]): Promise<RunRecord[]> {
  if (teamIds && teamIds.length === 0) return [];
  let query = db
    .selectFrom('runs')
    .select(['id', 'organization_id', 'team_id', 'process_id', 'process_version_id', 'business_key', 'status', 'state', 'version'])
    .where('organization_id', '=', organizationId)
    .where('business_key', '=', businessKey)
    .where('status', '=', 'running');
  if (teamIds) query = query.where('team_id', 'in', teamIds);
  return (await query.orderBy('id').limit(100).execute()).map(runRowToRun);
}

function runRowToRun(row: {
  id: number;
  organization_id: number;
  team_id: number;
  process_id: number;
  process_version_id: number;
  business_key: string | null;
  status: string;
  state: string;
  version: number;
}): RunRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    teamId: row.team_id,
    processId: row.process_id,
    processVersionId: row.process_version_id,
    businessKey: row.business_key,
    status: row.status as RunStatus,
    state: JSON.parse(row.state) as RunState,
    version: row.version,
  };
}

/**
 * Writes the state a command produced, only if nobody wrote since the command read `expectedVersion`. False means
 * someone else changed the run first: the caller rolls back and reports a conflict.
 */
const writeRunState = compileOnce((db, id: number, expectedVersion: number, state: string, status: string, endedAt: string | null, now: string) =>
  db
    .updateTable('runs')
    .set((eb) => ({ state, status, version: eb('version', '+', 1), updated_at: now, ended_at: endedAt }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion),
);

export async function updateRunState(
  db: Kysely<Database>,
  run: { id: number; expectedVersion: number; state: RunState; endedAt: string | null },
  now: string,
): Promise<boolean> {
  const result = await writeRunState(db, run.id, run.expectedVersion, JSON.stringify(run.state), run.state.status, run.endedAt, now);
  return Number(result.numAffectedRows) === 1;
}

function selectSummaries(db: Kysely<Database>, organizationId: number) {
  return db
    .selectFrom('runs')
    .innerJoin('processes', 'processes.id', 'runs.process_id')
    .innerJoin('process_versions', 'process_versions.id', 'runs.process_version_id')
    .leftJoin('users as starter', 'starter.id', 'runs.started_by_user_id')
    .select((eb) => [
      'runs.id',
      'runs.team_id',
      'runs.process_id',
      'processes.name as process_name',
      'process_versions.number as version_number',
      'runs.business_key',
      'runs.status',
      'runs.started_at',
      'runs.started_by_user_id',
      'starter.name as started_by_name',
      'runs.ended_at',
      eb
        .selectFrom('tasks')
        .select((inner) => inner.fn.countAll<number | string>().as('count'))
        .whereRef('tasks.run_id', '=', 'runs.id')
        .where('tasks.status', 'in', ['open', 'claimed'])
        .as('open_task_count'),
      eb
        .selectFrom('incidents')
        .select((inner) => inner.fn.countAll<number | string>().as('count'))
        .whereRef('incidents.run_id', '=', 'runs.id')
        .where('incidents.resolved_at', 'is', null)
        .as('open_incident_count'),
    ])
    .where('runs.organization_id', '=', organizationId);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['executeTakeFirstOrThrow']>>;

function rowToSummary(row: SummaryRow): RunSummaryRecord {
  return {
    id: row.id,
    teamId: row.team_id,
    processId: row.process_id,
    processName: row.process_name,
    versionNumber: row.version_number,
    businessKey: row.business_key,
    status: row.status as RunStatus,
    startedAt: row.started_at,
    startedBy: row.started_by_user_id !== null && row.started_by_name !== null ? { id: row.started_by_user_id, name: row.started_by_name } : null,
    endedAt: row.ended_at,
    openTaskCount: Number(row.open_task_count ?? 0),
    openIncidentCount: Number(row.open_incident_count ?? 0),
  };
}

/** Newest first. */
export async function listRuns(db: Kysely<Database>, organizationId: number, filter: RunFilter = {}): Promise<RunSummaryRecord[]> {
  if (filter.teamIds && filter.teamIds.length === 0) return [];
  let query = selectSummaries(db, organizationId);
  if (filter.teamIds) query = query.where('runs.team_id', 'in', filter.teamIds);
  if (filter.teamId !== undefined) query = query.where('runs.team_id', '=', filter.teamId);
  if (filter.processId !== undefined) query = query.where('runs.process_id', '=', filter.processId);
  if (filter.status !== undefined) query = query.where('runs.status', '=', filter.status);
  if (filter.businessKey !== undefined) query = query.where('runs.business_key', '=', filter.businessKey);
  if (filter.before !== undefined) query = query.where('runs.id', '<', filter.before);
  const rows = await query.orderBy('runs.id', 'desc').limit(filter.limit ?? 100).execute();
  return rows.map(rowToSummary);
}

export async function findRunSummary(db: Kysely<Database>, organizationId: number, runId: number): Promise<RunSummaryRecord | undefined> {
  const row = await selectSummaries(db, organizationId).where('runs.id', '=', runId).executeTakeFirst();
  return row && rowToSummary(row);
}
