/** The published versions runs start from: which one to run, and its source for compiling once. */
import type { Kysely } from 'kysely';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { compileOnce } from '../compile-once.ts';
import type { Database } from '../tables.ts';

export interface VersionSource {
  id: number;
  processId: number;
  number: number;
  status: 'draft' | 'published' | 'retired';
  xml: string;
  documentation: ProcessDocumentation;
}

// Every run start reads these: compiled once (see compile-once.ts).
const selectVersions = (db: Kysely<Database>, organizationId: number, processId: number) =>
  db.selectFrom('process_versions').select(['id', 'number', 'status']).where('organization_id', '=', organizationId).where('process_id', '=', processId);
const selectLatestPublished = compileOnce((db, organizationId: number, processId: number) =>
  selectVersions(db, organizationId, processId).where('status', '=', 'published').orderBy('number', 'desc').limit(1),
);
const selectNumbered = compileOnce((db, organizationId: number, processId: number, number: number) => selectVersions(db, organizationId, processId).where('number', '=', number));
const selectProcessTeam = compileOnce((db, organizationId: number, processId: number) =>
  db.selectFrom('processes').select(['id', 'team_id', 'retired_at']).where('organization_id', '=', organizationId).where('id', '=', processId),
);

/** The version `number` of the process, or its latest published one: id and status only (no XML). */
export async function findVersionToRun(
  db: Kysely<Database>,
  organizationId: number,
  processId: number,
  number?: number,
): Promise<{ id: number; number: number; status: VersionSource['status'] } | undefined> {
  const { rows } = number === undefined ? await selectLatestPublished(db, organizationId, processId) : await selectNumbered(db, organizationId, processId, number);
  const row = rows[0];
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

/** The process a run would start from: its id, team (null for the library) and whether it is retired, without the summary's counts. */
export async function findProcessToRun(
  db: Kysely<Database>,
  organizationId: number,
  processId: number,
): Promise<{ id: number; teamId: number | null; retired: boolean } | undefined> {
  const [row] = (await selectProcessTeam(db, organizationId, processId)).rows;
  return row && { id: row.id, teamId: row.team_id, retired: row.retired_at !== null };
}
