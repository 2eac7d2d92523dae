/** The versions of a process with their status, links to view each one and its handbook, and a comparison of any two. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { VersionSummary } from '../../api/schemas/processes.ts';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { SelectField } from '../components/select-field.tsx';
import { formatDateTime } from '../format/format-date-time.ts';

export interface VersionsTabProps {
  processId: number;
  versions: readonly VersionSummary[];
  onDiscardDraft?: () => void;
  discarding?: boolean;
}

const STATUS_LABELS = { draft: 'Draft', published: 'Published', retired: 'Retired' } as const;

export function VersionsTab({ processId, versions, onDiscardDraft, discarding = false }: VersionsTabProps) {
  const navigate = useNavigate();
  const sorted = [...versions].sort((a, b) => b.number - a.number);
  const [to, setTo] = useState(String(sorted[0]?.number ?? ''));
  const [from, setFrom] = useState(String(sorted[1]?.number ?? sorted[0]?.number ?? ''));

  function compare(event: FormEvent) {
    event.preventDefault();
    navigate(`/processes/${processId}/diff?from=${from}&to=${to}`);
  }

  return (
    <div>
      <ol className="version-list">
        {sorted.map((version) => (
          <li key={version.number}>
            <div className="version-line">
              <strong>Version {version.number}</strong>{' '}
              <span className={`status-badge status-${version.status}`}>{STATUS_LABELS[version.status]}</span>
            </div>
            <div className="details-text">
              {version.status === 'draft'
                ? `Started ${formatDateTime(version.createdAt)}${version.createdBy ? ` by ${version.createdBy}` : ''}`
                : `Published ${formatDateTime(version.publishedAt)}${version.publishedBy ? ` by ${version.publishedBy}` : ''}`}
            </div>
            <div className="version-links">
              {version.status !== 'draft' && (
                <Link to={`/processes/${processId}/versions/${version.number}`}>
                  View<span className="visually-hidden"> version {version.number}</span>
                </Link>
              )}
              <Link to={`/processes/${processId}/handbook?version=${version.number}`}>
                Handbook<span className="visually-hidden"> of version {version.number}</span>
              </Link>
            </div>
          </li>
        ))}
      </ol>

      {sorted.length >= 2 && (
        <form onSubmit={compare} className="compare-form">
          <h3>Compare two versions</h3>
          <div className="compare-fields">
            <SelectField label="From version" name="from" value={from} onChange={(event) => setFrom(event.target.value)}>
              {sorted.map((version) => (
                <option key={version.number} value={version.number}>
                  v{version.number} ({STATUS_LABELS[version.status].toLowerCase()})
                </option>
              ))}
            </SelectField>
            <SelectField label="To version" name="to" value={to} onChange={(event) => setTo(event.target.value)}>
              {sorted.map((version) => (
                <option key={version.number} value={version.number}>
                  v{version.number} ({STATUS_LABELS[version.status].toLowerCase()})
                </option>
              ))}
            </SelectField>
            <button type="submit" disabled={from === to}>
              Show differences
            </button>
          </div>
        </form>
      )}

      {onDiscardDraft && versions.some((version) => version.status === 'draft') && (
        <p>
          <ConfirmAction
            label="Discard the draft"
            question="Throw away every change since the last published version?"
            confirmLabel="Yes, discard"
            onConfirm={onDiscardDraft}
            pending={discarding}
          />
        </p>
      )}
    </div>
  );
}
