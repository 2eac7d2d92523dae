/** A version as a file: .bpmn with its documentation inside, or the SVG the modeler saved with it. */
import { appError } from '../../api/app-error.ts';
import { writeBpmnFile } from '../../bpmn/studio/write-bpmn-file.ts';
import type { VersionRecord } from '../../store/repositories/process-versions.ts';

export interface ExportedFile {
  contentType: string;
  extension: string;
  body: string;
}

export async function exportProcessVersion(version: VersionRecord, format: 'bpmn' | 'svg'): Promise<ExportedFile> {
  if (format === 'svg') {
    if (version.svg === null) {
      throw appError('EXPORT_UNAVAILABLE', {
        field: 'format',
        message: `Version ${version.number} has no saved picture: open the process in the studio and save it, then export the SVG.`,
      });
    }
    return { contentType: 'image/svg+xml; charset=utf-8', extension: 'svg', body: version.svg };
  }
  return { contentType: 'application/bpmn+xml; charset=utf-8', extension: 'bpmn', body: await writeBpmnFile(version.xml, version.documentation) };
}
