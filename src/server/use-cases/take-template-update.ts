/**
 * Takes a published version of a copy's template as the copy's draft, replacing any draft (a whole-version
 * replacement), the draft remembering which template version it holds. Only publishing that draft makes the copy
 * follow the new template version; discarding it keeps the copy as it was, with the update still available.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { findDraft, findVersion, type VersionRecord } from '../../store/repositories/process-versions.ts';
import { updateProcess, type ProcessRecord } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { recordAudit } from './record-audit.ts';
import { writeDraft } from './save-process-draft.ts';

export async function takeTemplateUpdate(db: Kysely<Database>, principal: Principal, copy: ProcessRecord, templateVersion: number): Promise<VersionRecord> {
  if (!copy.origin) throw appError('NOT_A_TEMPLATE', { message: 'This process was not made from a template.' });
  const source = await findVersion(db, principal.organizationId, copy.origin.processId, templateVersion);
  if (!source || source.status === 'draft') throw appError('NOT_FOUND', { field: 'version', message: `The template has no published version ${templateVersion}.` });
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, principal.organizationId, copy.id);
    const content = { xml: source.xml, documentation: source.documentation, svg: source.svg, templateVersion: source.number };
    await writeDraft(trx, principal, copy.id, draft?.revision ?? null, content, now);
    await updateProcess(trx, principal.organizationId, copy.id, {}, now);
    await recordAudit(trx, principal, 'process.template_update_taken', { type: 'process', id: copy.id }, { templateId: copy.origin!.processId, templateVersion: source.number });
    return (await findDraft(trx, principal.organizationId, copy.id))!;
  });
}
