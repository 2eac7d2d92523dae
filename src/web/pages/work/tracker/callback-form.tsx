/** Asks when to call back for a callback disposition (and an optional note); the dial then starts a "Call back" task for the VA, due at that time. */
import { useState, type FormEvent } from 'react';
import { TextField } from '../../../components/text-field.tsx';

export interface CallbackFormProps {
  dispositionLabel: string;
  onSave: (callbackAt: string, note: string) => void;
  onCancel: () => void;
}

/** The server's limit on payload.callbackNote. */
const MAX_NOTE_LENGTH = 1000;

/** A datetime-local value (the browser's zone) for an instant. */
function toLocalInput(instant: Date): string {
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function CallbackForm({ dispositionLabel, onSave, onCancel }: CallbackFormProps) {
  const [value, setValue] = useState(() => toLocalInput(new Date(Date.now() + 60 * 60_000)));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const at = new Date(value);
    if (!value || Number.isNaN(at.getTime())) return setError('Callback time must be a date and time.');
    if (at.getTime() <= Date.now()) return setError('Callback time must be in the future.');
    onSave(at.toISOString(), note.trim());
  }

  return (
    <form
      className="panel tracker-form callback-form"
      aria-label="Callback time"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <h3>When to call back <span className="muted">({dispositionLabel})</span></h3>
      <TextField
        label="Callback time"
        name="callbackAt"
        type="datetime-local"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={error}
        autoFocus
        hint="Your own time. The callback task will be in your Work list at that time, assigned to you."
      />
      <TextField label="Note (optional)" name="callbackNote" value={note} maxLength={MAX_NOTE_LENGTH} onChange={(event) => setNote(event.target.value)} hint="What to pick up on when you call back." />
      <div className="form-buttons">
        <button type="submit" className="button-primary">
          Log callback
        </button>
        <button type="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
