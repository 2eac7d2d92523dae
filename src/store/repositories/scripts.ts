/** Call scripts and their versions: markdown documents with the same draft and publish rules as processes. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface ScriptRecord {
  id: number;
  organizationId: number;
  teamId: number | null;
  name: string;
  latestPublishedVersion: number | null;
  hasDraft: boolean;
  updatedAt: string;
}

export interface ScriptVersionRecord {
  id: number;
  scriptId: number;
  number: number;
  status: 'draft' | 'published';
  revision: number;
  body: string;
  createdAt: string;
  publishedAt: string | null;
}

function selectScripts(db: Kysely<Database>, organizationId: number) {
  return db
    .selectFrom('scripts')
    .select((eb) => [
      'scripts.id',
      'scripts.organization_id',
      'scripts.team_id',
      'scripts.name',
      'scripts.updated_at',
      eb
        .selectFrom('script_versions')
        .select((inner) => inner.fn.max('script_versions.number').as('number'))
        .whereRef('script_versions.script_id', '=', 'scripts.id')
        .where('script_versions.status', '=', 'published')
        .as('latest_published'),
      eb
        .selectFrom('script_versions')
        .select((inner) => inner.fn.countAll<number | string>().as('count'))
        .whereRef('script_versions.script_id', '=', 'scripts.id')
        .where('script_versions.status', '=', 'draft')
        .as('draft_count'),
    ])
    .where('scripts.organization_id', '=', organizationId);
}

type ScriptRow = Awaited<ReturnType<ReturnType<typeof selectScripts>['executeTakeFirstOrThrow']>>;

function rowToScript(row: ScriptRow): ScriptRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    teamId: row.team_id,
    name: row.name,
    latestPublishedVersion: row.latest_published === null ? null : Number(row.latest_published),
    hasDraft: Number(row.draft_count ?? 0) > 0,
    updatedAt: row.updated_at,
  };
}

/** `teamIds` limits to those teams plus the library; `teamId` to one team (null: the library). */
export async function listScripts(
  db: Kysely<Database>,
  organizationId: number,
  filter: { teamIds?: number[] | undefined; teamId?: number | null | undefined; publishedOnly?: boolean | undefined } = {},
): Promise<ScriptRecord[]> {
  let query = selectScripts(db, organizationId);
  if (filter.teamIds) {
    const teamIds = filter.teamIds;
    query = query.where((eb) => (teamIds.length ? eb.or([eb('scripts.team_id', 'is', null), eb('scripts.team_id', 'in', teamIds)]) : eb('scripts.team_id', 'is', null)));
  }
  if (filter.teamId === null) query = query.where('scripts.team_id', 'is', null);
  else if (filter.teamId !== undefined) query = query.where('scripts.team_id', '=', filter.teamId);
  if (filter.publishedOnly) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('script_versions').select('script_versions.id').whereRef('script_versions.script_id', '=', 'scripts.id').where('script_versions.status', '=', 'published')),
    );
  }
  return (await query.orderBy('scripts.name').orderBy('scripts.id').execute()).map(rowToScript);
}

export async function findScript(db: Kysely<Database>, organizationId: number, scriptId: number): Promise<ScriptRecord | undefined> {
  const row = await selectScripts(db, organizationId).where('scripts.id', '=', scriptId).executeTakeFirst();
  return row && rowToScript(row);
}

export async function insertScript(db: Kysely<Database>, script: { organizationId: number; teamId: number | null; name: string }, now: string): Promise<number> {
  const row = await db
    .insertInto('scripts')
    .values({ organization_id: script.organizationId, team_id: script.teamId, name: script.name, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function renameScript(db: Kysely<Database>, organizationId: number, scriptId: number, name: string, now: string): Promise<void> {
  await db.updateTable('scripts').set({ name, updated_at: now }).where('organization_id', '=', organizationId).where('id', '=', scriptId).execute();
}

export async function touchScript(db: Kysely<Database>, scriptId: number, now: string): Promise<void> {
  await db.updateTable('scripts').set({ updated_at: now }).where('id', '=', scriptId).execute();
}

function selectVersions(db: Kysely<Database>, organizationId: number, scriptId: number) {
  return db
    .selectFrom('script_versions')
    .select(['id', 'script_id', 'number', 'status', 'revision', 'body', 'created_at', 'published_at'])
    .where('organization_id', '=', organizationId)
    .where('script_id', '=', scriptId);
}

type ScriptVersionRow = Awaited<ReturnType<ReturnType<typeof selectVersions>['executeTakeFirstOrThrow']>>;

function rowToVersion(row: ScriptVersionRow): ScriptVersionRecord {
  return {
    id: row.id,
    scriptId: row.script_id,
    number: row.number,
    status: row.status as ScriptVersionRecord['status'],
    revision: row.revision,
    body: row.body,
    createdAt: row.created_at,
    publishedAt: row.published_at,
  };
}

export async function listScriptVersions(db: Kysely<Database>, organizationId: number, scriptId: number, options: { includeDraft: boolean }): Promise<ScriptVersionRecord[]> {
  let query = selectVersions(db, organizationId, scriptId);
  if (!options.includeDraft) query = query.where('status', '!=', 'draft');
  return (await query.orderBy('number', 'desc').execute()).map(rowToVersion);
}

export async function findScriptVersion(db: Kysely<Database>, organizationId: number, scriptId: number, number: number): Promise<ScriptVersionRecord | undefined> {
  const row = await selectVersions(db, organizationId, scriptId).where('number', '=', number).executeTakeFirst();
  return row && rowToVersion(row);
}

export async function findScriptDraft(db: Kysely<Database>, organizationId: number, scriptId: number): Promise<ScriptVersionRecord | undefined> {
  const row = await selectVersions(db, organizationId, scriptId).where('status', '=', 'draft').executeTakeFirst();
  return row && rowToVersion(row);
}

export async function insertScriptVersion(
  db: Kysely<Database>,
  version: { organizationId: number; scriptId: number; number: number; status: 'draft' | 'published'; body: string; userId: number | null },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('script_versions')
    .values({
      organization_id: version.organizationId,
      script_id: version.scriptId,
      number: version.number,
      status: version.status,
      revision: 1,
      body: version.body,
      created_at: now,
      created_by_user_id: version.userId,
      updated_at: now,
      published_at: version.status === 'published' ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function nextScriptVersionNumber(db: Kysely<Database>, scriptId: number): Promise<number> {
  const row = await db.selectFrom('script_versions').select((eb) => eb.fn.max('number').as('number')).where('script_id', '=', scriptId).executeTakeFirst();
  return Number(row?.number ?? 0) + 1;
}

export async function updateScriptDraft(db: Kysely<Database>, draft: { scriptId: number; baseRevision: number; body: string }, now: string): Promise<boolean> {
  const result = await db
    .updateTable('script_versions')
    .set((eb) => ({ body: draft.body, revision: eb('revision', '+', 1), updated_at: now }))
    .where('script_id', '=', draft.scriptId)
    .where('status', '=', 'draft')
    .where('revision', '=', draft.baseRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function publishScriptDraft(db: Kysely<Database>, scriptId: number, revision: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('script_versions')
    .set({ status: 'published', published_at: now, updated_at: now })
    .where('script_id', '=', scriptId)
    .where('status', '=', 'draft')
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
