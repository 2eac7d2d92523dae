/** Imports a .bpmn file as a new process whose draft version 1 is the file, its Swimlane documentation restored; all or nothing. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { readBpmnFile } from '../../bpmn/studio/read-bpmn-file.ts';
import { NotBpmnError } from '../../bpmn/studio/studio-moddle.ts';
import { insertVersion } from '../../store/repositories/process-versions.ts';
import { insertProcess } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { findUnknownScriptIds } from './check-script-references.ts';
import { findVisibleTeam } from './find-visible-team.ts';
import { parseEmbeddedDocumentation } from './parse-embedded-documentation.ts';
import { recordAudit } from './record-audit.ts';

const MAX_NAME = 100;

export async function importProcess(
  db: Kysely<Database>,
  principal: Principal,
  bytes: Uint8Array,
  target: { teamId?: number | undefined; name?: string | undefined },
): Promise<{ processId: number; warnings: string[] }> {
  const teamId = target.teamId ?? null;
  if (teamId !== null) await findVisibleTeam(db, principal, teamId);
  let file;
  try {
    file = await readBpmnFile(bytes);
  } catch (error) {
    if (error instanceof NotBpmnError) throw appError('BPMN_INVALID', { field: 'body', message: error.message });
    throw error;
  }
  const { documentation, warnings: documentationWarnings } = parseEmbeddedDocumentation(file.documentation);
  const warnings = [...file.warnings, ...documentationWarnings];
  // Script ids are this installation's: a file from another organization may name scripts that are not ours.
  const unknownScripts = await findUnknownScriptIds(db, principal.organizationId, documentation.scriptIds);
  if (unknownScripts.length) {
    documentation.scriptIds = documentation.scriptIds.filter((id) => !unknownScripts.includes(id));
    warnings.push(`The file refers to scripts this organization does not have (${unknownScripts.join(', ')}); they were left out.`);
  }
  const name = (target.name ?? file.suggestedName ?? 'Imported process').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_NAME) || 'Imported process';
  const now = new Date().toISOString();
  const processId = await db.transaction().execute(async (trx) => {
    const id = await insertProcess(trx, { organizationId: principal.organizationId, teamId, name, isTemplate: false }, now);
    await insertVersion(trx, { organizationId: principal.organizationId, processId: id, number: 1, status: 'draft', xml: file.xml, documentation, svg: null, userId: principal.userId }, now);
    await recordAudit(trx, principal, 'process.imported', { type: 'process', id }, { name, teamId, bytes: bytes.byteLength });
    return id;
  });
  return { processId, warnings };
}
