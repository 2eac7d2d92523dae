/** What changed between two versions, possibly of different processes (a template copy and its template): elements and documentation. */
import type { ProcessDiff } from '../../api/schemas/processes.ts';
import { diffVersions } from '../../bpmn/studio/diff-versions.ts';
import type { VersionRecord } from '../../store/repositories/process-versions.ts';
import type { VersionAnalysisCache } from './version-analysis-cache.ts';

export async function compareVersions(cache: VersionAnalysisCache, from: VersionRecord, to: VersionRecord): Promise<ProcessDiff> {
  const [fromAnalysis, toAnalysis] = await Promise.all([cache.analyze(from), cache.analyze(to)]);
  const difference = diffVersions({ elements: fromAnalysis.elements, documentation: from.documentation }, { elements: toAnalysis.elements, documentation: to.documentation });
  return { from: from.number, to: to.number, ...difference };
}
