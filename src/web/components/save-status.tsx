/** Says where autosaving stands ("Saved", "Saving…", "Not saved") in a polite live region, with a retry after a failure. */
import type { Autosave } from '../hooks/use-autosave.ts';

export interface SaveStatusProps {
  autosave: Autosave;
}

export function SaveStatus({ autosave }: SaveStatusProps) {
  const { state, error, lastSavedAt } = autosave;
  const text =
    state === 'saved'
      ? lastSavedAt
        ? 'Saved'
        : 'No changes'
      : state === 'saving'
        ? 'Saving…'
        : state === 'pending'
          ? 'Unsaved changes'
          : 'Not saved';
  const tone = state === 'failed' || state === 'conflict' ? 'save-status-error' : state === 'saved' ? 'save-status-ok' : '';
  return (
    <span className="save-status-group">
      <span role="status" className={`save-status ${tone}`} data-save-state={state}>
        {text}
        {state === 'failed' && error && <span className="save-status-reason">: {error.message}</span>}
      </span>
      {/* Retrying cannot fix content the server or the form refused; fixing the fields saves again by itself. */}
      {state === 'failed' && error?.code !== 'VALIDATION_FAILED' && (
        <button type="button" onClick={() => void autosave.flush()}>
          Try again
        </button>
      )}
    </span>
  );
}
