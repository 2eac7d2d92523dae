/** One run at /runs/:runId: where it stands on its diagram, its tasks, incidents, variables and timeline, and what the member may do to it. */
import { Suspense, useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { canManageRuns } from '../../../api/roles.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { describeWait } from '../../format/describe-wait.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { useTaskChanges } from '../../hooks/use-task-changes.ts';
import { useSession } from '../../session/use-session.ts';
import { CancelRunForm } from './cancel-run-form.tsx';
import { IncidentList } from './incident-list.tsx';
import { LazyRunDiagram } from './lazy-run-diagram.ts';
import { readElementNames } from './read-element-names.ts';
import { RunStatusBadge } from './run-status-badge.tsx';
import { RunTimeline } from './run-timeline.tsx';
import { TaskTable } from './task-table.tsx';
import { VariableList } from './variable-list.tsx';

export function RunPage() {
  const runId = Number(useParams().runId);
  const { session } = useSession();
  const loaded = useLoad(() => Promise.all([api.getRun(runId), api.getRunHistory(runId)]), [runId]);
  // A timer, another person or another tab moves the run on: reload when its team's tasks change.
  useTaskChanges(loaded.reload);
  const [run, history] = loaded.data && loaded.data[0].id === runId ? loaded.data : [];
  const version = useLoad(() => (run ? api.getVersion(run.processId, run.version) : Promise.resolve(null)), [run?.processId, run?.version]);
  useDocumentTitle(run ? `Run ${run.id} · ${run.processName}` : 'Run');

  const xml = version.data && run && version.data.processId === run.processId && version.data.number === run.version ? version.data.xml : null;
  const names = useMemo(() => (xml ? readElementNames(xml) : new Map<string, string>()), [xml]);
  const nameOf = useCallback((elementId: string) => names.get(elementId) ?? elementId, [names]);
  const nameOrNull = useCallback((elementId: string) => names.get(elementId) ?? null, [names]);
  const completedIds = useMemo(
    () => new Set((history?.entries ?? []).filter((entry) => entry.kind === 'elementCompleted' && entry.elementId).map((entry) => entry.elementId!)),
    [history],
  );

  if (!session) return null;
  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!run || !history) return <Loading what="Loading the run" />;
  const manager = canManageRuns(session.role);
  const refresh = loaded.reload;

  return (
    <div className="run-page">
      <div className="studio-header run-header">
        <div>
          <p className="breadcrumb">
            <Link to="/runs">← Runs</Link>
          </p>
          <h1>
            {run.processName} <span className="muted run-number">· run {run.id}</span>
          </h1>
          <dl className="run-facts">
            <div>
              <dt>Status</dt>
              <dd>
                <RunStatusBadge status={run.status} />
              </dd>
            </div>
            <div>
              <dt>Version</dt>
              <dd>
                <Link to={`/processes/${run.processId}/versions/${run.version}`}>Version {run.version}</Link>
              </dd>
            </div>
            <div>
              <dt>Business key</dt>
              <dd>{run.businessKey ?? <span className="muted">none</span>}</dd>
            </div>
            <div>
              <dt>Started</dt>
              <dd>
                {formatDateTime(run.startedAt)}
                {run.startedBy && ` by ${run.startedBy.name}`}
              </dd>
            </div>
            <div>
              <dt>Ended</dt>
              <dd>{run.endedAt ? formatDateTime(run.endedAt) : <span className="muted">not yet</span>}</dd>
            </div>
          </dl>
        </div>
        <div className="studio-actions">
          <button type="button" onClick={refresh}>
            Refresh
          </button>
          {manager && run.status === 'running' && <CancelRunForm runId={run.id} onCancelled={refresh} />}
        </div>
      </div>

      <section aria-labelledby="run-position-title" className="run-position">
        <h2 id="run-position-title" className="visually-hidden">
          Where the run is
        </h2>
        {run.positions.length === 0 ? (
          <p className="muted">{run.status === 'running' ? 'No step holds the run right now.' : `This run is ${run.status}: no step holds it any more.`}</p>
        ) : (
          <p>
            <strong>Now at: </strong>
            {run.positions.map((position, index) => (
              <span key={`${position.elementId}-${index}`} className="run-position-item">
                {nameOf(position.elementId)} <span className="muted">({describeWait(position.waiting)})</span>
              </span>
            ))}
          </p>
        )}
      </section>

      {version.error ? (
        <LoadError error={version.error} />
      ) : !xml ? (
        <Loading what="Loading the diagram" />
      ) : (
        <Suspense fallback={<Loading what="Opening the diagram" />}>
          <LazyRunDiagram xml={xml} label={`${run.processName} version ${run.version}, run ${run.id}`} positions={run.positions} completedIds={completedIds} nameOf={nameOf} />
        </Suspense>
      )}

      <div className="run-columns">
        <section aria-labelledby="run-tasks-title">
          <h2 id="run-tasks-title">Tasks</h2>
          {run.tasks.length === 0 ? (
            <p className="muted">No tasks yet.</p>
          ) : (
            <TaskTable tasks={[...run.tasks].sort((a, b) => a.id - b.id)} caption="Tasks of this run" onChanged={refresh} />
          )}
          {run.incidents.length > 0 && (
            <>
              <h2 id="run-incidents-title">Incidents</h2>
              <IncidentList incidents={run.incidents} canRetry={manager && run.status === 'running'} nameOf={nameOf} onChanged={refresh} />
            </>
          )}
        </section>
        <section aria-labelledby="run-variables-title">
          <h2 id="run-variables-title">Variables</h2>
          <VariableList variables={run.variables} />
        </section>
      </div>

      <section aria-labelledby="run-timeline-title">
        <h2 id="run-timeline-title">Timeline</h2>
        <RunTimeline entries={history.entries} nameOf={nameOrNull} />
      </section>
    </div>
  );
}
