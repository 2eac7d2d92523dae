/**
 * A script the caller may see. Editors see every script and draft; a va or a viewer sees published scripts of their
 * own teams and of the library (a team's processes use the library's call scripts), never a draft.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { canEditProcesses } from '../../api/roles.ts';
import { listTeamIdsOfUser } from '../../store/repositories/memberships.ts';
import { findScript, findScriptVersion, type ScriptRecord, type ScriptVersionRecord } from '../../store/repositories/scripts.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';

export async function findVisibleScript(db: Kysely<Database>, principal: Principal, scriptId: number): Promise<ScriptRecord> {
  const script = await findScript(db, principal.organizationId, scriptId);
  const notFound = () => appError('NOT_FOUND', { field: 'scriptId', message: 'There is no such script.' });
  if (!script) throw notFound();
  if (canEditProcesses(principal.role)) return script;
  if (script.latestPublishedVersion === null) throw notFound();
  if (script.teamId !== null && !(await listTeamIdsOfUser(db, principal.organizationId, principal.userId)).includes(script.teamId)) throw notFound();
  return script;
}

export async function findVisibleScriptVersion(db: Kysely<Database>, principal: Principal, script: ScriptRecord, number: number): Promise<ScriptVersionRecord> {
  const version = await findScriptVersion(db, principal.organizationId, script.id, number);
  if (!version || (version.status === 'draft' && !canEditProcesses(principal.role))) {
    throw appError('NOT_FOUND', { field: 'version', message: `Version ${number} of this script does not exist.` });
  }
  return version;
}
