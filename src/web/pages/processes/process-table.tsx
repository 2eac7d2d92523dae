/** A table of processes: name, latest published version, and badges for retired, a draft, a template origin and an available update. */
import { Link } from 'react-router';
import type { ProcessSummary } from '../../../api/schemas/processes.ts';
import { formatDateTime } from '../../format/format-date-time.ts';

export interface ProcessTableProps {
  processes: readonly ProcessSummary[];
  /** Editors see drafts and updates; readers only what is published. */
  canEdit: boolean;
}

export function ProcessTable({ processes, canEdit }: ProcessTableProps) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Process</th>
          <th scope="col">Published</th>
          {canEdit && <th scope="col">Status</th>}
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody>
        {processes.map((process) => (
          <tr key={process.id}>
            <td>
              <Link to={`/processes/${process.id}`}>{process.name}</Link>
              {process.retiredAt !== null && (
                <>
                  {' '}
                  <span className="status-badge">Retired</span>
                </>
              )}
              {canEdit && process.origin && <div className="details-text">From the template “{process.origin.name}” v{process.origin.version}</div>}
            </td>
            <td>{process.latestPublishedVersion ? `Version ${process.latestPublishedVersion}` : <span className="muted">Not yet</span>}</td>
            {canEdit && (
              <td className="badges">
                {process.hasDraft && <span className="status-badge status-draft">Draft</span>}
                {process.isTemplate && <span className="status-badge">Template</span>}
                {process.updateAvailable !== null && process.origin && (
                  <Link
                    className="status-badge status-update"
                    to={`/processes/${process.id}/update?version=${process.updateAvailable}`}
                  >
                    Update available: version {process.updateAvailable}
                  </Link>
                )}
              </td>
            )}
            <td className="details-text">{formatDateTime(process.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
