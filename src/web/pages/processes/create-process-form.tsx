/** Creates a process for a team, or a library template, starting with one lane per role named here. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Team } from '../../../api/schemas/teams.ts';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';
import { LIBRARY, TeamOptions } from './team-options.tsx';

const FIELDS = ['name', 'teamId', 'roles'];

export function CreateProcessForm({ teams }: { teams: readonly Team[] }) {
  const navigate = useNavigate();
  const { run, pending, error } = useAction();
  const [name, setName] = useState('');
  const [team, setTeam] = useState(teams.length === 1 ? String(teams[0]?.id) : '');
  const [roles, setRoles] = useState('Virtual professional\nAgent');
  const roleNames = roles
    .split('\n')
    .map((role) => role.trim())
    .filter(Boolean);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const isTemplate = team === LIBRARY;
      const created = await api.createProcess({ name, teamId: isTemplate ? null : Number(team), isTemplate, roles: roleNames });
      navigate(`/processes/${created.id}`);
    });
  }

  const rolesError = error?.field?.startsWith('roles') ? error.message : undefined;
  return (
    <section aria-labelledby="create-process-title" className="panel">
      <h2 id="create-process-title">Create a process</h2>
      <form onSubmit={submit}>
        <TextField label="Name" name="name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrorOf(error, 'name')} />
        <SelectField label="Team" name="teamId" required value={team} onChange={(event) => setTeam(event.target.value)} error={fieldErrorOf(error, 'teamId')}>
          <TeamOptions teams={teams} withLibrary />
        </SelectField>
        <div className="field">
          <label htmlFor="process-roles">Roles</label>
          <p id="process-roles-hint" className="field-hint">
            One per line; each becomes a lane of the diagram. At most 10.
          </p>
          <textarea
            id="process-roles"
            rows={3}
            value={roles}
            onChange={(event) => setRoles(event.target.value)}
            aria-invalid={rolesError ? true : undefined}
            aria-describedby={['process-roles-hint', rolesError ? 'process-roles-error' : ''].filter(Boolean).join(' ')}
          />
          {rolesError && (
            <p id="process-roles-error" role="alert" className="field-error">
              {rolesError}
            </p>
          )}
        </div>
        <FormAlert error={error} fields={FIELDS} />
        <button type="submit" className="button-primary" disabled={pending || roleNames.length === 0}>
          {pending ? 'Creating…' : 'Create and open'}
        </button>
      </form>
    </section>
  );
}
