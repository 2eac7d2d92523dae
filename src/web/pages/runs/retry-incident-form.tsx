/** Retries the step an incident stopped, optionally setting corrected variables first (e.g. the one a condition needed). */
import { useId, type FormEvent } from 'react';
import type { Incident } from '../../../api/schemas/runs.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useVariableRows } from './use-variable-rows.ts';
import { VariablesEditor } from './variables-editor.tsx';

export interface RetryIncidentFormProps {
  incident: Incident;
  step: string;
  onRetried: () => void;
  onCancel: () => void;
}

export function RetryIncidentForm({ incident, step, onRetried, onCancel }: RetryIncidentFormProps) {
  const titleId = useId();
  const { run, pending, error } = useAction();
  const variables = useVariableRows(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = variables.read();
    if (!read) return;
    if (await run(() => api.retryIncident(incident.id, { variables: read }).then(() => undefined))) onRetried();
  }

  return (
    <form className="complete-task-form" onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>Retry “{step}”</h3>
      <VariablesEditor
        legend="Corrected variables"
        hint="Optional: set what the step needs before it is tried again. If it fails again, a new incident says why."
        rows={variables.rows}
        onChange={variables.setRows}
        errors={variables.errors}
      />
      {variables.message && (
        <p role="alert" className="alert alert-error">
          {variables.message}
        </p>
      )}
      {!variables.showsServerError && <FormAlert error={error} />}
      <div className="form-buttons">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? 'Retrying…' : 'Retry now'}
        </button>
        <button type="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
