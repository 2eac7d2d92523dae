/** A run's incidents: the step that stopped, its error, when, and a Retry (with corrected variables) for those allowed to. */
import { Fragment, useState } from 'react';
import type { Incident } from '../../../api/schemas/runs.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { RetryIncidentForm } from './retry-incident-form.tsx';

export interface IncidentListProps {
  incidents: readonly Incident[];
  canRetry: boolean;
  nameOf: (elementId: string) => string;
  onChanged: () => void;
}

export function IncidentList({ incidents, canRetry, nameOf, onChanged }: IncidentListProps) {
  const [retrying, setRetrying] = useState<number | null>(null);

  return (
    <table className="compact-table">
      <caption className="visually-hidden">Incidents</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Error</th>
          <th scope="col">Raised</th>
          <th scope="col">Resolved</th>
          <th scope="col" className="actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {incidents.map((incident) => {
          const step = nameOf(incident.elementId);
          return (
            <Fragment key={incident.id}>
              <tr>
                <th scope="row" className="row-heading">
                  {step}
                </th>
                <td className="incident-error">
                  <code>{incident.error}</code>
                </td>
                <td>{formatDateTime(incident.createdAt)}</td>
                <td>
                  {incident.resolvedAt ? (
                    <>
                      ✓ {formatDateTime(incident.resolvedAt)}
                      {incident.resolvedBy && <div className="details-text">by {incident.resolvedBy.name}</div>}
                    </>
                  ) : (
                    <span className="overdue">⚠ Open</span>
                  )}
                </td>
                <td className="actions">
                  {canRetry && !incident.resolvedAt && (
                    <button
                      type="button"
                      className="button-small button-primary"
                      aria-expanded={retrying === incident.id}
                      onClick={() => setRetrying(retrying === incident.id ? null : incident.id)}
                    >
                      Retry<span className="visually-hidden"> {step}</span>
                    </button>
                  )}
                </td>
              </tr>
              {retrying === incident.id && (
                <tr className="task-form-row">
                  <td colSpan={5}>
                    <RetryIncidentForm
                      incident={incident}
                      step={step}
                      onCancel={() => setRetrying(null)}
                      onRetried={() => {
                        setRetrying(null);
                        onChanged();
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
