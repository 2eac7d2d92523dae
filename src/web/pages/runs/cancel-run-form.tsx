/** Cancels a running run after asking once more, with an optional reason kept in its timeline. */
import { useState, type FormEvent } from 'react';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';

export function CancelRunForm({ runId, onCancelled }: { runId: number; onCancelled: () => void }) {
  const { run, pending, error } = useAction();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cancelled = await run(() => api.cancelRun(runId, { reason: reason.trim() || undefined }).then(() => undefined));
    if (cancelled) {
      setAsking(false);
      onCancelled();
    }
  }

  if (!asking) {
    return (
      <button type="button" className="button-danger-quiet" onClick={() => setAsking(true)}>
        Cancel run…
      </button>
    );
  }
  return (
    <form className="cancel-run-form panel" onSubmit={submit} aria-label="Cancel this run">
      <p>
        <strong>Cancel this run?</strong> Its open tasks and timers go, and it cannot be resumed.
      </p>
      <TextField
        label="Reason (optional)"
        name="reason"
        maxLength={500}
        value={reason}
        autoFocus
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrorOf(error, 'reason')}
      />
      <FormAlert error={error} fields={['reason']} />
      <div className="form-buttons">
        <button type="submit" className="button-danger" disabled={pending}>
          {pending ? 'Cancelling…' : 'Yes, cancel the run'}
        </button>
        <button type="button" onClick={() => setAsking(false)} disabled={pending}>
          Keep it running
        </button>
      </div>
    </form>
  );
}
