/** The process studio: the BPMN modeler with its toolbar, the documentation side panel, autosave, validation, publishing and export. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import type { Problem, ProblemList as Problems, ProcessDetail, ProcessVersion, VersionSummary } from '../../api/schemas/processes.ts';
import { DraftConflictAlert } from '../components/draft-conflict-alert.tsx';
import { FormAlert } from '../components/form-alert.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { PublishButton } from '../components/publish-button.tsx';
import { SaveStatus } from '../components/save-status.tsx';
import { Tabs } from '../components/tabs.tsx';
import { api } from '../api.ts';
import { useAction } from '../hooks/use-action.ts';
import { useDraftAutosave } from '../hooks/use-draft-autosave.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useOpenedVersion } from '../hooks/use-opened-version.ts';
import { toApiError } from '../hooks/to-api-error.ts';
import { DiagramToolbar } from './diagram-toolbar.tsx';
import { revealElement } from './diagram-services.ts';
import type { DocumentationEditing } from './documentation-editing.ts';
import { documentationIssues } from './documentation-issues.ts';
import { downloadFile, fileNameOf } from './download-file.ts';
import { ExportButtons } from './export-buttons.tsx';
import { ProblemList } from './problem-list.tsx';
import { ProblemsTab } from './problems-tab.tsx';
import { ProcessTab } from './process-tab.tsx';
import { pruneDocumentation } from './prune-documentation.ts';
import { showProblems } from './show-problems.ts';
import { StepTab } from './step-tab.tsx';
import { PALETTE_WIDTH, useModeler } from './use-modeler.ts';
import { VersionsTab } from './versions-tab.tsx';

export interface ProcessStudioProps {
  process: ProcessDetail;
  onProcessChanged: (process: ProcessDetail) => void;
  /** Loads everything again from the server, e.g. after a conflict or a discarded draft. */
  onReload: () => void;
}

/** Opens the draft when there is one, else the latest published version; later saves do not reopen it. */
export function ProcessStudio({ process, onProcessChanged, onReload }: ProcessStudioProps) {
  useDocumentTitle(`${process.name} · Studio`);
  const version = useOpenedVersion(process, api.getVersion);
  if (version.error) return <LoadError error={version.error} />;
  if (version.data === undefined) return <Loading what="Opening the process" />;
  if (version.data === null) return <p className="alert alert-error">This process has no version to open.</p>;
  return <StudioEditor process={process} version={version.data} onProcessChanged={onProcessChanged} onReload={onReload} />;
}

type PanelTab = 'process' | 'step' | 'problems' | 'versions';

interface StudioEditorProps extends ProcessStudioProps {
  version: ProcessVersion;
}

function StudioEditor({ process, version, onProcessChanged, onReload }: StudioEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const processRef = useRef(process);
  processRef.current = process;
  const [documentation, setDocumentation] = useState<ProcessDocumentation>(version.documentation);
  const documentationRef = useRef(documentation);
  const [working, setWorking] = useState<VersionSummary>(version);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [problemsError, setProblemsError] = useState<ApiError | null>(null);
  const [tab, setTab] = useState<PanelTab>('process');
  const [message, setMessage] = useState<string | null>(null);
  const [publishProblems, setPublishProblems] = useState<Problem[] | null>(null);
  const discarding = useAction();

  const checkProblems = useCallback(
    async (number: number) => {
      try {
        setProblems(await api.listProblems(process.id, number));
        setProblemsError(null);
      } catch (error) {
        setProblemsError(toApiError(error));
      }
    },
    [process.id],
  );

  // Declared before the modeler, so on the way out its last save runs while the diagram is still open.
  const draft = useDraftAutosave({ openedRevision: version.status === 'draft' ? version.revision : null, save, publish: publishDraft });
  const { autosave, publishing } = draft;
  const diagram = useModeler(container, version.xml, autosave.changed);
  const { services, modeler } = diagram;

  function withVersion(summary: VersionSummary, changes: Partial<ProcessDetail>): ProcessDetail {
    const current = processRef.current;
    const versions = [...current.versions.filter((item) => item.number !== summary.number), summary].sort((a, b) => a.number - b.number);
    return { ...current, ...changes, versions };
  }

  async function save(baseRevision: number | null) {
    if (!modeler) throw new Error('The diagram is not open yet.');
    // Both start at once, while the diagram is certainly still open.
    const [{ xml }, { svg }] = await Promise.all([modeler.saveXML({ format: true }), modeler.saveSVG()]);
    if (!xml) throw new Error('The diagram could not be written as BPMN.');
    const documentation = pruneDocumentation(documentationRef.current, xml);
    if (documentationIssues(documentation).size > 0) {
      throw new ApiError(0, 'VALIDATION_FAILED', 'fix the fields marked in the side panel');
    }
    const saved = await api.saveDraft(process.id, { xml, documentation, baseRevision, svg });
    setWorking(saved);
    onProcessChanged(withVersion(saved, { hasDraft: true }));
    void checkProblems(saved.number);
    return saved;
  }

  const changeDocumentation = useCallback<DocumentationEditing['onChange']>(
    (update) => {
      const next = update(documentationRef.current);
      documentationRef.current = next;
      setDocumentation(next);
      autosave.changed();
    },
    [autosave.changed],
  );
  const issues = useMemo(() => documentationIssues(documentation), [documentation]);

  useEffect(() => {
    void checkProblems(version.number);
  }, [checkProblems, version.number]);

  useEffect(() => {
    if (!services || !problems) return;
    return showProblems(services, problems.problems, (elementId) => {
      revealElement(services, elementId);
      setTab('problems');
    });
  }, [services, problems]);

  // "Version 2 published." is old news once the next change starts a new draft.
  useEffect(() => {
    if (autosave.state === 'pending') setMessage(null);
  }, [autosave.state]);

  // Selecting an element while the process tab is open shows that element's documentation.
  useEffect(() => {
    if (diagram.selectedId) setTab((current) => (current === 'process' ? 'step' : current));
  }, [diagram.selectedId]);

  const nameOf = useCallback(
    (elementId: string) => {
      const element = services?.registry.get(elementId);
      return element ? String(element.businessObject?.name ?? '').trim() || null : null;
    },
    [services],
  );

  async function publishDraft(revision: number) {
    try {
      const published = await api.publish(process.id, { revision });
      setWorking(published);
      onProcessChanged(withVersion(published, { hasDraft: false, latestPublishedVersion: published.number }));
      setMessage(`Version ${published.number} published.`);
      void checkProblems(published.number);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'PROCESS_INVALID' && Array.isArray(error.details?.problems)) {
        setPublishProblems(error.details.problems as Problem[]);
        setTab('problems');
      }
      throw error;
    }
  }

  async function publish() {
    setPublishProblems(null);
    setMessage(null);
    await draft.publish();
  }

  async function discardDraft() {
    const discarded = await discarding.run(() => api.discardDraft(process.id).then(() => undefined));
    if (discarded) onReload();
  }

  async function downloadMine() {
    const { xml } = (await modeler?.saveXML({ format: true })) ?? {};
    if (xml) downloadFile(`${fileNameOf(process.name)}-my-version.bpmn`, xml, 'application/xml');
  }

  const isDraft = working.status === 'draft';
  const unsaved = autosave.state !== 'saved';
  const errorCount = problems?.problems.filter((problem) => problem.severity === 'error').length ?? 0;
  const publishBlockedBy =
    autosave.state === 'conflict'
      ? 'Reload first: someone else saved this draft.'
      : issues.size > 0
        ? 'Fix the fields marked in the side panel first.'
        : !isDraft && !unsaved
          ? `Nothing to publish: version ${working.number} is the latest. Change the diagram or its documentation to start a draft.`
          : errorCount > 0 && !unsaved
            ? `${errorCount} ${errorCount === 1 ? 'error blocks' : 'errors block'} publishing: see Problems.`
            : null;

  const tabs = [
    { key: 'process' as const, label: 'Process' },
    { key: 'step' as const, label: 'Step' },
    {
      key: 'problems' as const,
      label: (
        <>
          Problems{' '}
          {problems && problems.problems.length > 0 && (
            <span className={`count-badge ${errorCount ? 'count-badge-error' : ''}`}>{problems.problems.length}</span>
          )}
        </>
      ),
    },
    { key: 'versions' as const, label: 'Versions' },
  ];

  const editing: DocumentationEditing = { documentation, onChange: changeDocumentation, issues };

  return (
    <div className="studio-page">
      <div className="studio-header">
        <div className="studio-title">
          <p className="breadcrumb">
            <Link to="/processes">← Processes</Link>
          </p>
          <h1>{process.name}</h1>
          <p className="muted studio-version">
            {isDraft ? `Draft of version ${working.number}` : `Version ${working.number} (${working.status})`}
            {process.isTemplate && ' · Library template'}
            {process.origin && ` · From the template “${process.origin.name}” v${process.origin.version}`}
            {process.retiredAt !== null && ' · Retired: no new runs start on it'}
            {isDraft && process.origin && working.templateVersion !== null && working.templateVersion !== process.origin.version &&
              ` · This draft holds template version ${working.templateVersion}: publish it to take the update`}
          </p>
        </div>
        <div className="studio-actions">
          <p role="status" className={message ? 'studio-message' : 'visually-hidden'}>
            {message}
          </p>
          <SaveStatus autosave={autosave} />
          <PublishButton pending={publishing.pending} blockedBy={publishBlockedBy} onPublish={() => void publish()} />
        </div>
      </div>

      {draft.conflict && (
        <DraftConflictAlert
          error={draft.conflict}
          what="draft"
          onReload={onReload}
          onDownloadMine={() => void downloadMine()}
          downloadLabel="Download my diagram (.bpmn)"
        />
      )}
      <FormAlert error={publishing.error} />
      {publishProblems && publishProblems.length > 0 && (
        <div className="alert alert-error">
          <p>These problems block publishing:</p>
          <ProblemList problems={publishProblems} nameOf={nameOf} onSelect={(elementId) => services && revealElement(services, elementId)} />
        </div>
      )}
      {diagram.error && (
        <p role="alert" className="alert alert-error">
          The diagram could not be opened: {diagram.error}
        </p>
      )}
      {diagram.warnings.length > 0 && (
        <details className="alert alert-info">
          <summary>
            {diagram.warnings.length} {diagram.warnings.length === 1 ? 'part' : 'parts'} of the file could not be shown on the diagram
          </summary>
          <ul>
            {diagram.warnings.map((warning, index) => (
              <li key={index}>{String((warning as unknown as { message?: string }).message ?? warning)}</li>
            ))}
          </ul>
        </details>
      )}

      <div className="studio-body">
        <div className="studio-canvas-column">
          <div className="studio-canvas-bar">
            <DiagramToolbar
              services={services}
              label="Diagram"
              fitInset={PALETTE_WIDTH}
              undo={{
                canUndo: diagram.canUndo,
                canRedo: diagram.canRedo,
                onUndo: () => services?.commandStack.undo(),
                onRedo: () => services?.commandStack.redo(),
              }}
            />
            <ExportButtons
              process={process}
              versionNumber={working.number}
              modeler={modeler}
              beforeExport={autosave.flush}
            />
          </div>
          <div ref={container} className="studio-canvas" role="region" aria-label="Diagram editor" />
        </div>
        <aside className="studio-panel" aria-label="Documentation">
          <Tabs label="Side panel" tabs={tabs} selected={tab} onSelect={setTab}>
            {!services ? (
              <Loading what="Opening the diagram" />
            ) : tab === 'process' ? (
              <ProcessTab process={process} onProcessChanged={onProcessChanged} services={services} lanes={diagram.lanes} {...editing} />
            ) : tab === 'step' ? (
              <StepTab services={services} selectedId={diagram.selectedId} lanes={diagram.lanes} changeCount={diagram.changeCount} {...editing} />
            ) : tab === 'problems' ? (
              <ProblemsTab
                problems={problems}
                error={problemsError}
                stale={unsaved}
                nameOf={nameOf}
                onSelect={(elementId) => revealElement(services, elementId)}
              />
            ) : (
              <VersionsTab
                processId={process.id}
                versions={process.versions}
                onDiscardDraft={() => void discardDraft()}
                discarding={discarding.pending}
              />
            )}
          </Tabs>
          <FormAlert error={discarding.error} />
        </aside>
      </div>
    </div>
  );
}
