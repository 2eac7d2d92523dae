/** Imports a .bpmn file from any BPMN tool into a team as a new draft, and shows what the import had to say about it. */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ImportResult } from '../../../api/schemas/processes.ts';
import type { Team } from '../../../api/schemas/teams.ts';
import { ApiError } from '../../../api/client.ts';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';
import { LIBRARY, TeamOptions } from './team-options.tsx';

/** The API's MAX_BPMN_BYTES, repeated so this page does not pull the schemas (and zod) into the main bundle. */
const MAX_BYTES = 5 * 1024 * 1024;

export function ImportProcessForm({ teams, onImported }: { teams: readonly Team[]; onImported: () => void }) {
  const { run, pending, error } = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [team, setTeam] = useState(teams.length === 1 ? String(teams[0]?.id) : '');
  const [name, setName] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    await run(async () => {
      if (!file) throw new ApiError(0, 'VALIDATION_FAILED', 'Choose a .bpmn file.', 'file');
      if (file.size > MAX_BYTES) throw new ApiError(0, 'BODY_TOO_LARGE', 'The file is larger than 5 MB.', 'file');
      // The bytes go as they are, so the server reads the encoding the file declares (e.g. ISO-8859-1).
      const bytes = new Uint8Array(await file.arrayBuffer());
      const imported = await api.importBpmn(bytes, { teamId: team && team !== LIBRARY ? Number(team) : undefined, name: name.trim() || undefined });
      setResult(imported);
      setFile(null);
      setName('');
      setInputKey((count) => count + 1);
      onImported();
    });
  }

  return (
    <section aria-labelledby="import-process-title" className="panel">
      <h2 id="import-process-title">Import a .bpmn file</h2>
      <p className="muted">From Camunda, Signavio, bpmn.io or any BPMN 2.0 tool. It becomes a draft you can open in the studio.</p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="import-file">BPMN file</label>
          <input
            key={inputKey}
            id="import-file"
            type="file"
            accept=".bpmn,.xml,application/xml,text/xml"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            aria-invalid={fieldErrorOf(error, 'file') ? true : undefined}
            aria-describedby={fieldErrorOf(error, 'file') ? 'import-file-error' : undefined}
          />
          {fieldErrorOf(error, 'file') && (
            <p id="import-file-error" role="alert" className="field-error">
              {fieldErrorOf(error, 'file')}
            </p>
          )}
        </div>
        <SelectField label="Team" name="teamId" required value={team} onChange={(event) => setTeam(event.target.value)} error={fieldErrorOf(error, 'teamId')}>
          <TeamOptions teams={teams} withLibrary={false} />
        </SelectField>
        <TextField
          label="Name (optional)"
          name="name"
          hint="Leave empty to use the name in the file."
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrorOf(error, 'name')}
        />
        <FormAlert error={error} fields={['file', 'teamId', 'name']} />
        <button type="submit" className="button-primary" disabled={pending || !file}>
          {pending ? 'Importing…' : 'Import'}
        </button>
      </form>
      {result && (
        <div role="status" className={`alert ${result.warnings.length ? 'alert-info' : 'alert-success'}`}>
          <p>
            Imported as <Link to={`/processes/${result.process.id}`}>{result.process.name}</Link>.
          </p>
          {result.warnings.length > 0 && (
            <>
              <p>
                {result.warnings.length} {result.warnings.length === 1 ? 'warning' : 'warnings'}:
              </p>
              <ul>
                {result.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
