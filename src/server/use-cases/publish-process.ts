/**
 * Publishes the draft at the revision the caller saw as the next version, frozen from then on. Refused when there is
 * no draft, when it moved on, or when it has errors (422 with the problems). Earlier versions stay published: a
 * published version never changes, status included, and the latest one is what new runs start from. A draft holding
 * a template's update makes the copy follow that template version from now on.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { findDraft, findVersion, publishDraft, type VersionRecord } from '../../store/repositories/process-versions.ts';
import { updateProcess, type ProcessRecord } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { recordAudit } from './record-audit.ts';
import { scheduleStartTimers } from './schedule-start-timers.ts';
import { draftConflict } from './save-process-draft.ts';
import type { VersionAnalysisCache } from './version-analysis-cache.ts';

export async function publishProcess(db: Kysely<Database>, cache: VersionAnalysisCache, principal: Principal, process: ProcessRecord, revision: number): Promise<VersionRecord> {
  const draft = await findDraft(db, principal.organizationId, process.id);
  if (!draft) throw appError('NOTHING_TO_PUBLISH');
  if (draft.revision !== revision) throw draftConflict(draft);
  const { problems } = await cache.analyze(draft);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length) {
    throw appError('PROCESS_INVALID', {
      message: `The process has ${errors.length} error${errors.length === 1 ? '' : 's'} that block publishing: ${errors[0]!.message}${errors.length > 1 ? ', ...' : ''}`,
      details: { problems },
    });
  }
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    if (!(await publishDraft(trx, process.id, revision, principal.userId, now))) throw draftConflict(await findDraft(trx, principal.organizationId, process.id));
    const originVersion = draft.templateVersion ?? undefined;
    await updateProcess(trx, principal.organizationId, process.id, { originVersion }, now);
    const followed = originVersion === undefined ? {} : { templateVersion: originVersion };
    await recordAudit(trx, principal, 'process.published', { type: 'process', id: process.id }, { version: draft.number, revision, ...followed });
    await scheduleStartTimers(trx, { organizationId: principal.organizationId, teamId: process.teamId, processId: process.id, processVersionId: draft.id, xml: draft.xml }, now);
    return (await findVersion(trx, principal.organizationId, process.id, draft.number))!;
  });
}
