/**
 * What taking a template's version would change for the team: the copy's current published version (with the
 * team's own edits) against the template's version on offer, not the template's versions against each other.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { TemplateUpdatePreview } from '../../api/schemas/processes.ts';
import { findLatestPublishedVersion, findVersion, type VersionRecord } from '../../store/repositories/process-versions.ts';
import type { ProcessRecord } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { compareVersions } from './compare-versions.ts';
import { versionToSummary } from './version-to-summary.ts';
import type { VersionAnalysisCache } from './version-analysis-cache.ts';

function versionToResponse(version: VersionRecord) {
  return { ...versionToSummary(version), processId: version.processId, xml: version.xml, documentation: version.documentation };
}

export async function previewTemplateUpdate(
  db: Kysely<Database>,
  cache: VersionAnalysisCache,
  principal: Principal,
  copy: ProcessRecord,
  templateVersion: number,
): Promise<TemplateUpdatePreview> {
  if (!copy.origin) throw appError('NOT_A_TEMPLATE', { message: 'This process was not made from a template.' });
  const update = await findVersion(db, principal.organizationId, copy.origin.processId, templateVersion);
  if (!update || update.status === 'draft') throw appError('NOT_FOUND', { field: 'version', message: `The template has no published version ${templateVersion}.` });
  const current = await findLatestPublishedVersion(db, principal.organizationId, copy.id);
  if (!current) throw appError('NOT_FOUND', { field: 'processId', message: 'This copy has no published version to compare with.' });
  return {
    template: { processId: copy.origin.processId, name: copy.origin.name },
    current: versionToResponse(current),
    update: versionToResponse(update),
    diff: await compareVersions(cache, current, update),
  };
}
