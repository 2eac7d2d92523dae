/**
 * Saves the draft of a process: from baseRevision null when there is no draft (a new draft, numbered after the last
 * version), or over the draft at exactly baseRevision (its revision goes up by one). Anything else is a conflict
 * naming the current revision: a save never silently overwrites someone else's.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { NotBpmnError } from '../../bpmn/studio/studio-moddle.ts';
import { readDraftXml } from '../../bpmn/studio/read-draft-xml.ts';
import { findDraft, insertVersion, nextVersionNumber, updateDraft, type VersionRecord } from '../../store/repositories/process-versions.ts';
import { updateProcess, type ProcessRecord } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import { isUniqueViolation } from '../../store/unique-violation.ts';
import type { Principal } from '../auth/access.ts';
import { findUnknownScriptIds } from './check-script-references.ts';
import { recordCoalescedAudit } from './record-coalesced-audit.ts';

export interface DraftContent {
  xml: string;
  documentation: ProcessDocumentation;
  svg: string | null;
  /** Set when the content is a template's version taken as an update; an ordinary save leaves it as it was. */
  templateVersion?: number | undefined;
}

export function draftConflict(current: VersionRecord | undefined): Error {
  return appError('DRAFT_CONFLICT', { field: 'baseRevision', details: { currentRevision: current?.revision ?? null } });
}

/** Checks what a save or an update brings: BPMN with a process, script ids of this organization. */
export async function readDraftContent(db: Kysely<Database>, principal: Principal, content: DraftContent): Promise<DraftContent> {
  let xml: string;
  try {
    xml = await readDraftXml(content.xml);
  } catch (error) {
    if (error instanceof NotBpmnError) throw appError('BPMN_INVALID', { field: 'xml', message: error.message });
    throw error;
  }
  const unknown = await findUnknownScriptIds(db, principal.organizationId, content.documentation.scriptIds);
  if (unknown.length) {
    throw appError('VALIDATION_FAILED', { field: 'documentation.scriptIds', message: `documentation.scriptIds names scripts that do not exist: ${unknown.join(', ')}` });
  }
  return { ...content, xml };
}

/** Writes the content as the draft inside the caller's transaction; returns the draft's number. */
export async function writeDraft(trx: Kysely<Database>, principal: Principal, processId: number, baseRevision: number | null, content: DraftContent, now: string): Promise<number> {
  if (baseRevision === null) {
    const existing = await findDraft(trx, principal.organizationId, processId);
    if (existing) throw draftConflict(existing);
    const number = await nextVersionNumber(trx, processId);
    await insertVersion(trx, { organizationId: principal.organizationId, processId, number, status: 'draft', ...content, userId: principal.userId }, now);
    return number;
  }
  if (!(await updateDraft(trx, { processId, baseRevision, ...content }, now))) throw draftConflict(await findDraft(trx, principal.organizationId, processId));
  return (await findDraft(trx, principal.organizationId, processId))!.number;
}

export async function saveProcessDraft(
  db: Kysely<Database>,
  principal: Principal,
  process: ProcessRecord,
  input: DraftContent & { baseRevision: number | null },
): Promise<VersionRecord> {
  const content = await readDraftContent(db, principal, input);
  const now = new Date().toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      const number = await writeDraft(trx, principal, process.id, input.baseRevision, content, now);
      await updateProcess(trx, principal.organizationId, process.id, {}, now);
      const draft = (await findDraft(trx, principal.organizationId, process.id))!;
      // Autosaves: one entry per person per draft version per window, from the revision the session started at.
      await recordCoalescedAudit(trx, principal, 'process.draft_saved', { type: 'process', id: process.id }, { version: number, revision: draft.revision }, { sameAs: ['version'] });
      return draft;
    });
  } catch (error) {
    // Two first saves at once: the one-draft index lets one in.
    if (isUniqueViolation(error)) throw draftConflict(await findDraft(db, principal.organizationId, process.id));
    throw error;
  }
}
