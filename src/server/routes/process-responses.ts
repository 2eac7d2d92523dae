/** Processes and versions as the API shows them; a va or a viewer never learns that a draft exists. */
import { canEditProcesses, type Role } from '../../api/roles.ts';
import type { ProcessDetail, ProcessSummary } from '../../api/schemas/processes.ts';
import type { VersionSummaryRecord } from '../../store/repositories/process-versions.ts';
import type { ProcessRecord } from '../../store/repositories/processes.ts';
import { versionToSummary } from '../use-cases/version-to-summary.ts';

export function processToSummary(process: ProcessRecord, role: Role): ProcessSummary {
  return {
    id: process.id,
    name: process.name,
    teamId: process.teamId,
    isTemplate: process.isTemplate,
    latestPublishedVersion: process.latestPublishedVersion,
    hasDraft: canEditProcesses(role) && process.hasDraft,
    origin: process.origin,
    updateAvailable: process.updateAvailable,
    updatedAt: process.updatedAt,
    retiredAt: process.retiredAt,
  };
}

export function processToDetail(process: ProcessRecord, versions: VersionSummaryRecord[], role: Role): ProcessDetail {
  return { ...processToSummary(process, role), versions: versions.map(versionToSummary) };
}
