/** The runs the member may see, newest first, filtered by team, process and status (kept in the address, so a filter can be linked to). */
import { useSearchParams } from 'react-router';
import { RUN_STATUSES, type RunFilter, type RunSummary } from '../../../api/schemas/runs.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { RunTable } from './run-table.tsx';
import { runStatusLabel } from './run-status-badge.tsx';

const PAGE = 50;

function isRunStatus(value: string | null): value is RunSummary['status'] {
  return RUN_STATUSES.includes(value as RunSummary['status']);
}

function idOf(value: string | null): number | undefined {
  return value && /^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : undefined;
}

export function RunsPage() {
  useDocumentTitle('Runs');
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filter: RunFilter = {
    teamId: idOf(params.get('teamId')),
    processId: idOf(params.get('processId')),
    status: isRunStatus(status) ? status : undefined,
    limit: Math.min(500, idOf(params.get('limit')) ?? PAGE),
  };
  const choices = useLoad(() => Promise.all([api.listTeams(), api.listProcesses()]), []);
  const runs = useLoad(() => api.listRuns(filter), [filter.teamId, filter.processId, filter.status, filter.limit]);
  const [teams, processes] = choices.data ?? [];
  const runnable = (processes?.processes ?? [])
    .filter((process) => process.teamId !== null && process.latestPublishedVersion !== null && (filter.teamId === undefined || process.teamId === filter.teamId))
    .sort((a, b) => a.name.localeCompare(b.name));

  function choose(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'limit') next.delete('limit');
    // A process of another team cannot match the new team.
    if (name === 'teamId') next.delete('processId');
    setParams(next, { replace: true });
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Runs</h1>
      <p className="lead">Every run of a published process: where it stands, its open tasks and incidents.</p>
      <form className="filter-bar" aria-label="Filter runs" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Team" name="teamId" value={filter.teamId ?? ''} onChange={(event) => choose('teamId', event.target.value)}>
          <option value="">All teams</option>
          {(teams?.teams ?? []).map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Process" name="processId" value={filter.processId ?? ''} onChange={(event) => choose('processId', event.target.value)}>
          <option value="">All processes</option>
          {runnable.map((process) => (
            <option key={process.id} value={process.id}>
              {process.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" name="status" value={filter.status ?? ''} onChange={(event) => choose('status', event.target.value)}>
          <option value="">Any status</option>
          {RUN_STATUSES.map((value) => (
            <option key={value} value={value}>
              {runStatusLabel(value)}
            </option>
          ))}
        </SelectField>
      </form>
      {choices.error && <LoadError error={choices.error} />}
      {runs.error ? (
        <LoadError error={runs.error} />
      ) : !runs.data ? (
        <Loading what="Loading runs" />
      ) : runs.data.runs.length === 0 ? (
        <div className="empty-state">
          <p>
            {filter.teamId || filter.processId || filter.status
              ? 'No run matches these filters.'
              : 'No runs yet. Open a published process of a team and choose Start run.'}
          </p>
        </div>
      ) : (
        <>
          <RunTable runs={runs.data.runs} caption="Runs, newest first" />
          {runs.data.runs.length >= (filter.limit ?? PAGE) && (filter.limit ?? PAGE) < 500 && (
            <button type="button" onClick={() => choose('limit', String(Math.min(500, (filter.limit ?? PAGE) + PAGE)))}>
              Show older runs
            </button>
          )}
        </>
      )}
    </section>
  );
}
