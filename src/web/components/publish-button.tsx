/** An editor's Publish button, with why it cannot publish yet written beside it and linked to it for screen readers. */
import { useId } from 'react';

export interface PublishButtonProps {
  pending: boolean;
  /** Why publishing is not possible now; null when it is. */
  blockedBy: string | null;
  onPublish: () => void;
}

export function PublishButton({ pending, blockedBy, onPublish }: PublishButtonProps) {
  const reasonId = useId();
  return (
    <span className="publish-group">
      <button
        type="button"
        className="button-primary"
        onClick={onPublish}
        disabled={pending || blockedBy !== null}
        aria-describedby={blockedBy ? reasonId : undefined}
      >
        {pending ? 'Publishing…' : 'Publish'}
      </button>
      {blockedBy && (
        <span id={reasonId} className="field-hint publish-reason">
          {blockedBy}
        </span>
      )}
    </span>
  );
}
