/** Tells the person that someone else saved the draft they are editing, and offers a reload and a copy of their own version. */
import type { ApiError } from '../../api/client.ts';

export interface DraftConflictAlertProps {
  error: ApiError;
  /** What is being edited, e.g. "draft" or "script". */
  what: string;
  onReload: () => void;
  /** Downloads what this person had, so nothing they wrote is lost by reloading. */
  onDownloadMine?: () => void;
  /** The download button's text, e.g. "Download my diagram (.bpmn)". */
  downloadLabel?: string;
}

export function DraftConflictAlert({ error, what, onReload, onDownloadMine, downloadLabel = 'Download my version' }: DraftConflictAlertProps) {
  const savedBy = typeof error.details?.savedBy === 'string' ? error.details.savedBy : null;
  return (
    <div role="alert" className="alert alert-error conflict-alert">
      <p>
        <strong>
          {savedBy ? `${savedBy} saved this ${what}` : `Someone else saved this ${what}`} since you opened it.
        </strong>{' '}
        Your latest changes are not saved, and nothing will be saved over theirs. Reload to see their version, then make your
        changes again.
      </p>
      <p className="conflict-actions">
        <button type="button" className="button-primary" onClick={onReload}>
          Reload the {what}
        </button>
        {onDownloadMine && (
          <button type="button" onClick={onDownloadMine}>
            {downloadLabel}
          </button>
        )}
      </p>
    </div>
  );
}
