/** A run's version drawn read-only, with where its tokens are and what it has completed marked on it; loaded lazily with bpmn-js. */
import { useEffect, useState } from 'react';
import type { RunDetail } from '../../api/schemas/runs.ts';
import type { ViewerServices } from './diagram-services.ts';
import { DiagramViewer } from './diagram-viewer.tsx';
import { RunLegend } from './run-legend.tsx';
import { showRunState } from './show-run-state.ts';

export interface RunDiagramProps {
  xml: string;
  label: string;
  positions: RunDetail['positions'];
  completedIds: ReadonlySet<string>;
  nameOf: (elementId: string) => string;
  onSelect?: (elementId: string | null) => void;
}

export function RunDiagram({ xml, label, positions, completedIds, nameOf, onSelect }: RunDiagramProps) {
  const [services, setServices] = useState<ViewerServices | null>(null);

  // The marks follow the run as it changes; the diagram itself is drawn once per version.
  useEffect(() => {
    if (!services) return;
    return showRunState(services, { positions, completedIds }, nameOf);
  }, [services, positions, completedIds, nameOf]);

  return (
    <div className="run-diagram">
      <RunLegend />
      <DiagramViewer xml={xml} label={label} onReady={setServices} onSelect={onSelect} className="view-canvas" />
    </div>
  );
}
