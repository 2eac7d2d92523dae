/**
 * A process and a version the caller may see. Editors (owners, admins, managers) see every process and draft of the
 * organization; a va or a viewer sees only processes of their own teams that have a published version, and never a
 * draft. Anything else answers as if it did not exist.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { canEditProcesses } from '../../api/roles.ts';
import { listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import { findVersion, type VersionRecord } from '../../store/repositories/process-versions.ts';
import { findProcess, type ProcessRecord } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';

export async function findVisibleProcess(db: Kysely<Database>, principal: Principal, processId: number): Promise<ProcessRecord> {
  const process = await findProcess(db, principal.organizationId, processId);
  const notFound = () => appError('NOT_FOUND', { field: 'processId', message: 'There is no such process.' });
  if (!process) throw notFound();
  if (canEditProcesses(principal.role)) return process;
  if (process.teamId === null || process.latestPublishedVersion === null) throw notFound();
  const teamIds = await listTeamIdsOfUser(db, principal.organizationId, principal.userId);
  if (!teamIds.includes(process.teamId)) throw notFound();
  return process;
}

export async function findVisibleVersion(db: Kysely<Database>, principal: Principal, process: ProcessRecord, number: number, field = 'version'): Promise<VersionRecord> {
  const version = await findVersion(db, principal.organizationId, process.id, number);
  if (!version || (version.status === 'draft' && !canEditProcesses(principal.role))) {
    throw appError('NOT_FOUND', { field, message: `Version ${number} of this process does not exist.` });
  }
  return version;
}
