/** A table of runs, newest first: process and version, business key, status, when and by whom started, open tasks and incidents. */
import { Link } from 'react-router';
import type { RunSummary } from '../../../api/schemas/runs.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { RunStatusBadge } from './run-status-badge.tsx';

export interface RunTableProps {
  runs: readonly RunSummary[];
  /** Under one process its name is already said. */
  showProcess?: boolean;
  caption?: string;
}

export function RunTable({ runs, showProcess = true, caption }: RunTableProps) {
  return (
    <table className="compact-table run-table">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Run</th>
          {showProcess && <th scope="col">Process</th>}
          <th scope="col">Business key</th>
          <th scope="col">Status</th>
          <th scope="col">Started</th>
          <th scope="col" className="number">
            Open tasks
          </th>
          <th scope="col" className="number">
            Incidents
          </th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id}>
            <td>
              <Link to={`/runs/${run.id}`}>Run {run.id}</Link>
            </td>
            {showProcess && (
              <td>
                {run.processName} <span className="muted">v{run.version}</span>
              </td>
            )}
            <td>{run.businessKey ?? <span className="muted">—</span>}</td>
            <td>
              <RunStatusBadge status={run.status} />
            </td>
            <td>
              {formatDateTime(run.startedAt)}
              {run.startedBy && <div className="details-text">by {run.startedBy.name}</div>}
            </td>
            <td className="number">{run.openTaskCount}</td>
            <td className="number">
              {run.openIncidentCount > 0 ? (
                <span className="count-badge count-badge-error" aria-label={`${run.openIncidentCount} open incidents`}>
                  ⚠ {run.openIncidentCount}
                </span>
              ) : (
                0
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
