/** The published versions runs start from: which one to run, and its source for compiling once. */
import type { Kysely } from 'kysely';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import type { Database } from '../tables.ts';

export interface VersionSource {
  id: number;
  processId: number;
  number: number;
  status: 'draft' | 'published' | 'retired';
  xml: string;
  documentation: ProcessDocumentation;
}

/** The version `number` of the process, or its latest published one: id and status only (no XML). */
export async function findVersionToRun(
  db: Kysely<Database>,
  organizationId: number,
  processId: number,
  number?: number,
): Promise<{ id: number; number: number; status: VersionSource['status'] } | undefined> {
  let query = db.selectFrom('process_versions').select(['id', 'number', 'status']).where('organization_id', '=', organizationId).where('process_id', '=', processId);
  query = number === undefined ? query.where('status', '=', 'published').orderBy('number', 'desc').limit(1) : query.where('number', '=', number);
  const row = await query.executeTakeFirst();
  return row && { id: row.id, number: row.number, status: row.status as VersionSource['status'] };
}

export async function findVersionSource(db: Kysely<Database>, versionId: number): Promise<VersionSource | undefined> {
  const row = await db
    .selectFrom('process_versions')
    .select(['id', 'process_id', 'number', 'status', 'xml', 'documentation'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      processId: row.process_id,
      number: row.number,
      status: row.status as VersionSource['status'],
      xml: row.xml,
      documentation: JSON.parse(row.documentation) as ProcessDocumentation,
    }
  );
}

/** The process a run would start from: its id and team (null for the library), without the summary's counts. */
export async function findProcessToRun(db: Kysely<Database>, organizationId: number, processId: number): Promise<{ id: number; teamId: number | null } | undefined> {
  const row = await db.selectFrom('processes').select(['id', 'team_id']).where('organization_id', '=', organizationId).where('id', '=', processId).executeTakeFirst();
  return row && { id: row.id, teamId: row.team_id };
}
