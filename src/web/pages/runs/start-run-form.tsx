/** Starts a run of a process's latest published version with a business key and optional variables, then opens the new run. */
import { useId, type FormEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useVariableRows } from './use-variable-rows.ts';
import { VariablesEditor } from './variables-editor.tsx';

export interface StartRunFormProps {
  processId: number;
  version: number;
  onCancel: () => void;
}

export function StartRunForm({ processId, version, onCancel }: StartRunFormProps) {
  const titleId = useId();
  const navigate = useNavigate();
  const { run, pending, error } = useAction();
  const [businessKey, setBusinessKey] = useState('');
  const variables = useVariableRows(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = variables.read();
    if (!read) return;
    await run(async () => {
      const started = await api.startRun({ processId, variables: read, businessKey: businessKey.trim() || undefined });
      navigate(`/runs/${started.id}`);
    });
  }

  return (
    <form className="panel start-run-form" onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId}>Start a run of version {version}</h2>
      <TextField
        label="Business key"
        name="businessKey"
        hint="Optional: what this run is about, e.g. a campaign or a lead's phone number, to find it again."
        maxLength={200}
        autoFocus
        value={businessKey}
        onChange={(event) => setBusinessKey(event.target.value)}
        error={fieldErrorOf(error, 'businessKey')}
      />
      <VariablesEditor
        legend="Variables"
        hint='Optional. JSON takes true, 45, "text in quotes", [1, 2]; Text takes the value as written.'
        rows={variables.rows}
        onChange={variables.setRows}
        errors={variables.errors}
      />
      {variables.message && (
        <p role="alert" className="alert alert-error">
          {variables.message}
        </p>
      )}
      {!variables.showsServerError && <FormAlert error={error} fields={['businessKey']} />}
      <div className="form-buttons">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? 'Starting…' : 'Start the run'}
        </button>
        <button type="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
