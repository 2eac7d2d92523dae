/** The team processes whose template has a newer published version, each with a preview of the change and a way to take it. */
import { Link } from 'react-router';
import type { ProcessSummary } from '../../../api/schemas/processes.ts';

export function TemplateUpdates({ copies, teamName }: { copies: readonly ProcessSummary[]; teamName: (teamId: number | null) => string }) {
  if (copies.length === 0) return null;
  return (
    <section aria-labelledby="updates-title" className="panel">
      <h2 id="updates-title">Template updates</h2>
      <ul className="plain-list">
        {copies.map((copy) => (
          <li key={copy.id} className="list-row">
            <span>
              <Link to={`/processes/${copy.id}`}>{copy.name}</Link> <span className="muted">({teamName(copy.teamId)})</span>{' '}
              <span className="status-badge status-update">Update available: version {copy.updateAvailable}</span>
            </span>
            {copy.origin && (
              <Link to={`/processes/${copy.id}/update?version=${copy.updateAvailable}`}>
                Preview and take the update<span className="visually-hidden"> for {copy.name}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
