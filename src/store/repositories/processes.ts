/** Processes of an organization: in a team or in the library, templates, and where a copy came from. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface ProcessRecord {
  id: number;
  organizationId: number;
  /** null: the organization's library. */
  teamId: number | null;
  name: string;
  isTemplate: boolean;
  latestPublishedVersion: number | null;
  hasDraft: boolean;
  origin: { processId: number; version: number; name: string } | null;
  /** The origin's latest published version when it is newer than the one this copy follows. */
  updateAvailable: number | null;
  createdAt: string;
  updatedAt: string;
  /** When it was retired: no new runs start on it. */
  retiredAt: string | null;
}

export interface ProcessFilter {
  /** Only these teams (never the library). */
  teamIds?: number[] | undefined;
  /** One team, or null for the library. */
  teamId?: number | null | undefined;
  templates?: boolean | undefined;
  /** Only processes with a published version (what a va or a viewer may see). */
  publishedOnly?: boolean | undefined;
  /** Retired processes too (left out by default). */
  includeRetired?: boolean | undefined;
}

function selectProcesses(db: Kysely<Database>, organizationId: number) {
  return db
    .selectFrom('processes')
    .leftJoin('processes as origin', 'origin.id', 'processes.origin_process_id')
    .select((eb) => [
      'processes.id',
      'processes.organization_id',
      'processes.team_id',
      'processes.name',
      'processes.is_template',
      'processes.origin_process_id',
      'processes.origin_version',
      'processes.created_at',
      'processes.updated_at',
      'processes.retired_at',
      'origin.name as origin_name',
      eb
        .selectFrom('process_versions')
        .select((inner) => inner.fn.max('process_versions.number').as('number'))
        .whereRef('process_versions.process_id', '=', 'processes.id')
        .where('process_versions.status', '=', 'published')
        .as('latest_published'),
      eb
        .selectFrom('process_versions')
        .select((inner) => inner.fn.countAll<number | string>().as('count'))
        .whereRef('process_versions.process_id', '=', 'processes.id')
        .where('process_versions.status', '=', 'draft')
        .as('draft_count'),
      eb
        .selectFrom('process_versions')
        .select((inner) => inner.fn.max('process_versions.number').as('number'))
        .whereRef('process_versions.process_id', '=', 'processes.origin_process_id')
        .where('process_versions.status', '=', 'published')
        .as('origin_latest_published'),
    ])
    .where('processes.organization_id', '=', organizationId);
}

type ProcessRow = Awaited<ReturnType<ReturnType<typeof selectProcesses>['executeTakeFirstOrThrow']>>;

function processRowToProcess(row: ProcessRow): ProcessRecord {
  const latest = row.latest_published === null ? null : Number(row.latest_published);
  const originLatest = row.origin_latest_published === null ? null : Number(row.origin_latest_published);
  const origin =
    row.origin_process_id !== null && row.origin_version !== null && row.origin_name !== null
      ? { processId: row.origin_process_id, version: row.origin_version, name: row.origin_name }
      : null;
  return {
    id: row.id,
    organizationId: row.organization_id,
    teamId: row.team_id,
    name: row.name,
    isTemplate: Number(row.is_template) === 1,
    latestPublishedVersion: latest,
    hasDraft: Number(row.draft_count ?? 0) > 0,
    origin,
    updateAvailable: origin && originLatest !== null && originLatest > origin.version ? originLatest : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    retiredAt: row.retired_at,
  };
}

export async function listProcesses(db: Kysely<Database>, organizationId: number, filter: ProcessFilter = {}): Promise<ProcessRecord[]> {
  if (filter.teamIds && filter.teamIds.length === 0) return [];
  let query = selectProcesses(db, organizationId);
  if (filter.teamIds) query = query.where('processes.team_id', 'in', filter.teamIds);
  if (filter.teamId === null) query = query.where('processes.team_id', 'is', null);
  else if (filter.teamId !== undefined) query = query.where('processes.team_id', '=', filter.teamId);
  if (!filter.includeRetired) query = query.where('processes.retired_at', 'is', null);
  if (filter.templates !== undefined) query = query.where('processes.is_template', '=', filter.templates ? 1 : 0);
  if (filter.publishedOnly) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('process_versions').select('process_versions.id').whereRef('process_versions.process_id', '=', 'processes.id').where('process_versions.status', '=', 'published')),
    );
  }
  const rows = await query.orderBy('processes.name').orderBy('processes.id').execute();
  return rows.map(processRowToProcess);
}

export async function findProcess(db: Kysely<Database>, organizationId: number, processId: number): Promise<ProcessRecord | undefined> {
  const row = await selectProcesses(db, organizationId).where('processes.id', '=', processId).executeTakeFirst();
  return row && processRowToProcess(row);
}

export async function insertProcess(
  db: Kysely<Database>,
  process: { organizationId: number; teamId: number | null; name: string; isTemplate: boolean; origin?: { processId: number; version: number } | undefined },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('processes')
    .values({
      organization_id: process.organizationId,
      team_id: process.teamId,
      name: process.name,
      is_template: process.isTemplate ? 1 : 0,
      origin_process_id: process.origin?.processId ?? null,
      origin_version: process.origin?.version ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProcess(
  db: Kysely<Database>,
  organizationId: number,
  processId: number,
  changes: { name?: string | undefined; isTemplate?: boolean | undefined; originVersion?: number | undefined },
  now: string,
): Promise<void> {
  const values: { name?: string; is_template?: number; origin_version?: number; updated_at: string } = { updated_at: now };
  if (changes.name !== undefined) values.name = changes.name;
  if (changes.isTemplate !== undefined) values.is_template = changes.isTemplate ? 1 : 0;
  if (changes.originVersion !== undefined) values.origin_version = changes.originVersion;
  await db.updateTable('processes').set(values).where('organization_id', '=', organizationId).where('id', '=', processId).execute();
}

/** Retires the process at `now`, or puts it back in use with null; false when it already was so. */
export async function setProcessRetired(db: Kysely<Database>, organizationId: number, processId: number, retiredAt: string | null, now: string): Promise<boolean> {
  const result = await db
    .updateTable('processes')
    .set({ retired_at: retiredAt, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', processId)
    .where('retired_at', retiredAt === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the process with its versions, only while no run of it exists; false when one does (or it is gone). */
export async function deleteProcessWithoutRuns(db: Kysely<Database>, organizationId: number, processId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('processes')
    .where('organization_id', '=', organizationId)
    .where('id', '=', processId)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('runs').select('runs.id').where('runs.process_id', '=', processId))))
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function countRunsOfProcess(db: Kysely<Database>, organizationId: number, processId: number): Promise<number> {
  const row = await db
    .selectFrom('runs')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('process_id', '=', processId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
