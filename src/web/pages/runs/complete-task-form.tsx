/** Completes a task with its output variables: name/value rows checked here first, then the server's errors shown by field. */
import { useId, type FormEvent } from 'react';
import type { Task } from '../../../api/schemas/runs.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useVariableRows } from './use-variable-rows.ts';
import { VariablesEditor } from './variables-editor.tsx';

export interface CompleteTaskFormProps {
  task: Task;
  onCompleted: () => void;
  onCancel: () => void;
}

export function CompleteTaskForm({ task, onCompleted, onCancel }: CompleteTaskFormProps) {
  const titleId = useId();
  const { run, pending, error } = useAction();
  const variables = useVariableRows(error);
  const step = task.name ?? task.elementId;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = variables.read();
    if (!read) return;
    if (await run(() => api.completeTask(task.id, { variables: read }).then(() => undefined))) onCompleted();
  }

  return (
    <form className="complete-task-form" onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>Complete “{step}”</h3>
      <VariablesEditor
        legend="Output variables"
        hint='Optional. What the next steps need, e.g. leadFound = true. JSON takes true, 45, "text in quotes", [1, 2]; Text takes the value as written.'
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
          {pending ? 'Completing…' : 'Complete task'}
        </button>
        <button type="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
