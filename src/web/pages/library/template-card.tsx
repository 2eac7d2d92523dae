/** One library template: its version and links, and for editors the form that copies it into a team. */
import { Link } from 'react-router';
import type { ProcessSummary } from '../../../api/schemas/processes.ts';
import type { Team } from '../../../api/schemas/teams.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { UseTemplateForm } from './use-template-form.tsx';

export interface TemplateCardProps {
  template: ProcessSummary;
  teams: readonly Team[];
  /** The number of the organization's processes copied from this template. */
  copies: number;
  canEdit: boolean;
}

export function TemplateCard({ template, teams, copies, canEdit }: TemplateCardProps) {
  const published = template.latestPublishedVersion;
  return (
    <article className="card template-card" aria-labelledby={`template-${template.id}`}>
      <h2 id={`template-${template.id}`}>{template.name}</h2>
      <p className="muted">
        {published ? `Version ${published}` : 'Not published yet'}
        {canEdit && template.hasDraft && ' · a draft is in progress'} · changed {formatDateTime(template.updatedAt)}
        {copies > 0 && ` · used by ${copies} ${copies === 1 ? 'process' : 'processes'}`}
      </p>
      <p className="template-links">
        {published && <Link to={`/processes/${template.id}/versions/${published}`}>Preview</Link>}
        {published && <Link to={`/processes/${template.id}/handbook?version=${published}`}>Handbook</Link>}
        {canEdit && <Link to={`/processes/${template.id}`}>Edit the template</Link>}
      </p>
      {canEdit &&
        (published ? (
          <UseTemplateForm template={template} teams={teams} />
        ) : (
          <p className="field-hint">Publish the template before it can be used.</p>
        ))}
    </article>
  );
}
