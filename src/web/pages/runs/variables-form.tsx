/** A form that sends name/value variable rows (checked here first, then the server's errors shown by field) with one action: complete a task, retry an incident. */
import { useId, type FormEvent } from 'react';
import type { Variables } from '../../../api/schemas/runs.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { useAction } from '../../hooks/use-action.ts';
import { useVariableRows } from './use-variable-rows.ts';
import { VariablesEditor } from './variables-editor.tsx';

export interface VariablesFormProps {
  className: string;
  title: string;
  legend: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
  send: (variables: Variables) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}

export function VariablesForm({ className, title, legend, hint, submitLabel, pendingLabel, send, onDone, onCancel }: VariablesFormProps) {
  const titleId = useId();
  const { run, pending, error } = useAction();
  const variables = useVariableRows(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = variables.read();
    if (!read) return;
    if (await run(() => send(read).then(() => undefined))) onDone();
  }

  return (
    <form className={className} onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <VariablesEditor legend={legend} hint={hint} rows={variables.rows} onChange={variables.setRows} errors={variables.errors} />
      {variables.message && (
        <p role="alert" className="alert alert-error">
          {variables.message}
        </p>
      )}
      {!variables.showsServerError && <FormAlert error={error} />}
      <div className="form-buttons">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
