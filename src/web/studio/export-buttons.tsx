/** Downloads the diagram as .bpmn (with its documentation, from the server), as SVG or as PNG (drawn in the browser). */
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import { ApiError } from '../../api/client.ts';
import type { ProcessSummary } from '../../api/schemas/processes.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { api } from '../api.ts';
import { useAction } from '../hooks/use-action.ts';
import { downloadFile, fileNameOf } from './download-file.ts';
import { svgToPng } from './svg-to-png.ts';

export interface ExportButtonsProps {
  process: ProcessSummary;
  versionNumber: number;
  /** The open diagram, drawn as SVG or PNG. */
  modeler: BaseViewer | null;
  /** Saves pending changes first, so the .bpmn file is what the person sees; false when that failed. */
  beforeExport?: () => Promise<boolean>;
}

export function ExportButtons({ process, versionNumber, modeler, beforeExport }: ExportButtonsProps) {
  const action = useAction();
  const base = `${fileNameOf(process.name)}-v${versionNumber}`;

  async function exportBpmn() {
    await action.run(async () => {
      if (beforeExport && !(await beforeExport())) {
        throw new ApiError(0, 'INTERNAL', 'The latest changes are not saved, so they cannot be exported yet.');
      }
      const xml = await api.exportProcess(process.id, { version: versionNumber, format: 'bpmn' });
      downloadFile(`${base}.bpmn`, xml, 'application/xml');
    });
  }

  async function exportImage(format: 'svg' | 'png') {
    await action.run(async () => {
      if (!modeler) throw new ApiError(0, 'INTERNAL', 'The diagram is not open yet.');
      const { svg } = await modeler.saveSVG();
      if (format === 'svg') downloadFile(`${base}.svg`, svg, 'image/svg+xml');
      else downloadFile(`${base}.png`, await svgToPng(svg));
    });
  }

  return (
    <div className="export-buttons">
      <div role="group" aria-label="Export" className="button-group">
        <span className="button-group-label" aria-hidden="true">
          Export
        </span>
        <button type="button" onClick={() => void exportBpmn()} disabled={action.pending}>
          .bpmn
        </button>
        <button type="button" onClick={() => void exportImage('svg')} disabled={action.pending || !modeler}>
          SVG
        </button>
        <button type="button" onClick={() => void exportImage('png')} disabled={action.pending || !modeler}>
          PNG
        </button>
      </div>
      <FormAlert error={action.error} />
    </div>
  );
}
