/** A process version read-only: the navigable diagram, and beside it the documentation of the whole process or of the clicked step. */
import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProcessDetail } from '../../api/schemas/processes.ts';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { api } from '../api.ts';
import { formatDateTime } from '../format/format-date-time.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLoad } from '../hooks/use-load.ts';
import type { ViewerServices } from './diagram-services.ts';
import { DiagramViewer } from './diagram-viewer.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { ProcessOverview } from './process-overview.tsx';
import { readOutline, type ProcessOutline } from './read-outline.ts';
import { StepDocumentationView } from './step-documentation.tsx';

export interface ProcessViewProps {
  process: ProcessDetail;
  versionNumber: number;
  /** Editors get a way back into the studio. */
  canEdit: boolean;
}

export function ProcessView({ process, versionNumber, canEdit }: ProcessViewProps) {
  useDocumentTitle(`${process.name} v${versionNumber}`);
  const loaded = useLoad(() => Promise.all([api.getVersion(process.id, versionNumber), api.listScripts()]), [process.id, versionNumber]);
  const [outline, setOutline] = useState<ProcessOutline | null>(null);
  const [viewer, setViewer] = useState<NavigatedViewer | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!loaded.data) return <Loading what="Opening the process" />;
  const [version, scripts] = loaded.data;
  const selected = outline?.steps.find((step) => step.id === selectedId);
  const published = process.versions.filter((item) => item.status !== 'draft').sort((a, b) => b.number - a.number);

  function ready(services: ViewerServices, diagram: NavigatedViewer) {
    setOutline(readOutline(services.registry));
    setViewer(diagram);
  }

  return (
    <div className="studio-page">
      <div className="studio-header">
        <div className="studio-title">
          <p className="breadcrumb">
            <Link to="/processes">← Processes</Link>
          </p>
          <h1>{process.name}</h1>
          <p className="muted studio-version">
            Version {version.number} · {version.status === 'draft' ? 'draft' : `published ${formatDateTime(version.publishedAt)}`}
            {version.publishedBy && ` by ${version.publishedBy}`}
          </p>
        </div>
        <div className="studio-actions">
          {published.length > 1 && (
            <nav aria-label="Versions" className="version-links">
              Versions:{' '}
              {published.map((item) =>
                item.number === version.number ? (
                  <strong key={item.number} aria-current="page">
                    v{item.number}
                  </strong>
                ) : (
                  <Link key={item.number} to={`/processes/${process.id}/versions/${item.number}`}>
                    v{item.number}
                  </Link>
                ),
              )}
            </nav>
          )}
          <Link to={`/processes/${process.id}/handbook?version=${version.number}`}>Handbook (printable)</Link>
          {canEdit && (
            <Link to={`/processes/${process.id}`} className="button-link">
              Open in the studio
            </Link>
          )}
        </div>
      </div>
      <div className="studio-body">
        <div className="studio-canvas-column">
          <div className="studio-canvas-bar">
            <span className="field-hint">Click a step to read its instructions.</span>
            <ExportButtons process={process} versionNumber={version.number} modeler={viewer} />
          </div>
          <DiagramViewer xml={version.xml} label={`Version ${version.number}`} onReady={ready} onSelect={setSelectedId} className="view-canvas" />
        </div>
        <aside className="studio-panel" aria-label="Documentation">
          <div className="tab-panel">
            {selected ? (
              <>
                <p>
                  <button type="button" className="link-button" onClick={() => setSelectedId(null)}>
                    ← The whole process
                  </button>
                </p>
                <h2 className="step-title">
                  {selected.name || 'Unnamed step'} <span className="muted">({selected.kind})</span>
                </h2>
                <p className="field-hint">Role: {outline?.lanes.find((lane) => lane.id === selected.laneId)?.name || 'none'}</p>
                <StepDocumentationView step={version.documentation.steps[selected.id]} documentation={version.documentation} />
              </>
            ) : (
              <ProcessOverview documentation={version.documentation} lanes={outline?.lanes ?? []} scripts={scripts.scripts} />
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}
