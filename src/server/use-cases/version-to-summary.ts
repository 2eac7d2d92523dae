/** A stored version as the API shows it in lists and after a save. */
import type { VersionSummary } from '../../api/schemas/processes.ts';
import type { VersionSummaryRecord } from '../../store/repositories/process-versions.ts';

export function versionToSummary(version: VersionSummaryRecord): VersionSummary {
  return {
    number: version.number,
    status: version.status,
    revision: version.revision,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
    publishedAt: version.publishedAt,
    publishedBy: version.publishedBy,
    templateVersion: version.templateVersion,
  };
}
