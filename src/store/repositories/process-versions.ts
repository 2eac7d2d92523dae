/** The versions of a process: at most one draft (editable, revision-checked), then published versions that never change. */
import type { Kysely } from 'kysely';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import type { Database } from '../tables.ts';

export type VersionStatus = 'draft' | 'published' | 'retired';

export interface VersionSummaryRecord {
  id: number;
  processId: number;
  number: number;
  status: VersionStatus;
  revision: number;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  hasSvg: boolean;
  /** For a template copy: the template version this version's content was taken from (published, it becomes the one the copy follows). */
  templateVersion: number | null;
}

export interface VersionRecord extends VersionSummaryRecord {
  xml: string;
  documentation: ProcessDocumentation;
  svg: string | null;
}

function selectSummaries(db: Kysely<Database>, organizationId: number) {
  return db
    .selectFrom('process_versions')
    .leftJoin('users as creator', 'creator.id', 'process_versions.created_by_user_id')
    .leftJoin('users as publisher', 'publisher.id', 'process_versions.published_by_user_id')
    .select((eb) => [
      'process_versions.id',
      'process_versions.process_id',
      'process_versions.number',
      'process_versions.status',
      'process_versions.revision',
      'process_versions.created_at',
      'process_versions.published_at',
      'process_versions.template_version',
      'creator.name as created_by',
      'publisher.name as published_by',
      eb('process_versions.svg', 'is not', null).as('has_svg'),
    ])
    .where('process_versions.organization_id', '=', organizationId);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['executeTakeFirstOrThrow']>>;

function rowToSummary(row: SummaryRow): VersionSummaryRecord {
  return {
    id: row.id,
    processId: row.process_id,
    number: row.number,
    status: row.status as VersionStatus,
    revision: row.revision,
    createdAt: row.created_at,
    createdBy: row.created_by,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    hasSvg: Boolean(row.has_svg),
    templateVersion: row.template_version,
  };
}

/** Newest first; drafts only when asked. */
export async function listVersions(db: Kysely<Database>, organizationId: number, processId: number, options: { includeDraft: boolean }): Promise<VersionSummaryRecord[]> {
  let query = selectSummaries(db, organizationId).where('process_versions.process_id', '=', processId);
  if (!options.includeDraft) query = query.where('process_versions.status', '!=', 'draft');
  return (await query.orderBy('process_versions.number', 'desc').execute()).map(rowToSummary);
}

async function findFull(
  db: Kysely<Database>,
  organizationId: number,
  processId: number,
  where: { number: number } | { status: 'draft' } | { latestPublished: true },
): Promise<VersionRecord | undefined> {
  let query = selectSummaries(db, organizationId)
    .select(['process_versions.xml', 'process_versions.documentation', 'process_versions.svg'])
    .where('process_versions.process_id', '=', processId);
  if ('number' in where) query = query.where('process_versions.number', '=', where.number);
  else if ('status' in where) query = query.where('process_versions.status', '=', 'draft');
  else query = query.where('process_versions.status', '=', 'published').orderBy('process_versions.number', 'desc').limit(1);
  const row = await query.executeTakeFirst();
  return row && { ...rowToSummary(row), xml: row.xml, documentation: JSON.parse(row.documentation) as ProcessDocumentation, svg: row.svg };
}

export function findVersion(db: Kysely<Database>, organizationId: number, processId: number, number: number): Promise<VersionRecord | undefined> {
  return findFull(db, organizationId, processId, { number });
}

export function findDraft(db: Kysely<Database>, organizationId: number, processId: number): Promise<VersionRecord | undefined> {
  return findFull(db, organizationId, processId, { status: 'draft' });
}

export function findLatestPublishedVersion(db: Kysely<Database>, organizationId: number, processId: number): Promise<VersionRecord | undefined> {
  return findFull(db, organizationId, processId, { latestPublished: true });
}

export async function findVersionSummary(db: Kysely<Database>, organizationId: number, processId: number, number: number): Promise<VersionSummaryRecord | undefined> {
  const row = await selectSummaries(db, organizationId).where('process_versions.process_id', '=', processId).where('process_versions.number', '=', number).executeTakeFirst();
  return row && rowToSummary(row);
}

export async function nextVersionNumber(db: Kysely<Database>, processId: number): Promise<number> {
  const row = await db
    .selectFrom('process_versions')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('process_id', '=', processId)
    .executeTakeFirst();
  return Number(row?.number ?? 0) + 1;
}

export interface NewVersion {
  organizationId: number;
  processId: number;
  number: number;
  status: 'draft' | 'published';
  xml: string;
  documentation: ProcessDocumentation;
  svg: string | null;
  userId: number | null;
  templateVersion?: number | null | undefined;
}

/** A draft starts at revision 1; a version inserted as published (a seed, a template copy) is published by its creator at once. */
export async function insertVersion(db: Kysely<Database>, version: NewVersion, now: string): Promise<number> {
  const published = version.status === 'published';
  const row = await db
    .insertInto('process_versions')
    .values({
      organization_id: version.organizationId,
      process_id: version.processId,
      number: version.number,
      status: version.status,
      revision: 1,
      xml: version.xml,
      documentation: JSON.stringify(version.documentation),
      svg: version.svg,
      created_at: now,
      created_by_user_id: version.userId,
      updated_at: now,
      published_at: published ? now : null,
      published_by_user_id: published ? version.userId : null,
      template_version: version.templateVersion ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces the draft's content only if it is still at `baseRevision`; false when someone saved (or published) first. */
export async function updateDraft(
  db: Kysely<Database>,
  draft: { processId: number; baseRevision: number; xml: string; documentation: ProcessDocumentation; svg: string | null; templateVersion?: number | undefined },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('process_versions')
    .set((eb) => ({
      xml: draft.xml,
      documentation: JSON.stringify(draft.documentation),
      svg: draft.svg,
      revision: eb('revision', '+', 1),
      updated_at: now,
      // An ordinary save keeps what the draft was taken from; taking a template update sets it.
      ...(draft.templateVersion === undefined ? {} : { template_version: draft.templateVersion }),
    }))
    .where('process_id', '=', draft.processId)
    .where('status', '=', 'draft')
    .where('revision', '=', draft.baseRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Freezes the draft at `revision` as a published version; false when the draft moved on or is gone. */
export async function publishDraft(db: Kysely<Database>, processId: number, revision: number, userId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('process_versions')
    .set({ status: 'published', published_at: now, published_by_user_id: userId, updated_at: now })
    .where('process_id', '=', processId)
    .where('status', '=', 'draft')
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteDraft(db: Kysely<Database>, processId: number): Promise<boolean> {
  const result = await db.deleteFrom('process_versions').where('process_id', '=', processId).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
