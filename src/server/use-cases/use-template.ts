/**
 * Copies a template's latest published version into a team as a new process, published as its version 1 (the
 * template's version was already checked and published), remembering the template and version it came from.
 * The team adapts it in a draft of version 2.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { findLatestPublishedVersion, insertVersion } from '../../store/repositories/process-versions.ts';
import { insertProcess, type ProcessRecord } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { findVisibleTeam } from './find-visible-team.ts';
import { recordAudit } from './record-audit.ts';
import { scheduleStartTimers } from './schedule-start-timers.ts';

export async function useTemplate(db: Kysely<Database>, principal: Principal, template: ProcessRecord, input: { teamId: number; name?: string | undefined }): Promise<number> {
  const team = await findVisibleTeam(db, principal, input.teamId);
  if (!template.isTemplate) throw appError('NOT_A_TEMPLATE');
  if (template.retiredAt !== null) throw appError('PROCESS_RETIRED', { message: 'This template is retired: put it back in use to copy it.' });
  const version = await findLatestPublishedVersion(db, principal.organizationId, template.id);
  if (!version) throw appError('NOT_A_TEMPLATE', { message: 'This template has no published version yet: publish it first.' });
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const processId = await insertProcess(
      trx,
      { organizationId: principal.organizationId, teamId: team.id, name: input.name ?? template.name, isTemplate: false, origin: { processId: template.id, version: version.number } },
      now,
    );
    const versionId = await insertVersion(
      trx,
      { organizationId: principal.organizationId, processId, number: 1, status: 'published', xml: version.xml, documentation: version.documentation, svg: version.svg, userId: principal.userId, templateVersion: version.number },
      now,
    );
    await scheduleStartTimers(trx, { organizationId: principal.organizationId, teamId: team.id, processId, processVersionId: versionId, xml: version.xml }, now);
    await recordAudit(trx, principal, 'process.created_from_template', { type: 'process', id: processId }, { templateId: template.id, templateVersion: version.number, teamId: team.id });
    return processId;
  });
}
