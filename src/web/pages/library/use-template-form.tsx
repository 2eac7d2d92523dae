/** Copies a template into a team under a name of the person's choice, then opens the copy in the studio. */
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ProcessSummary } from '../../../api/schemas/processes.ts';
import type { Team } from '../../../api/schemas/teams.ts';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';

export function UseTemplateForm({ template, teams }: { template: ProcessSummary; teams: readonly Team[] }) {
  const navigate = useNavigate();
  const titleId = useId();
  const { run, pending, error } = useAction();
  const [team, setTeam] = useState(teams.length === 1 ? String(teams[0]?.id) : '');
  const [name, setName] = useState(template.name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const copy = await api.useTemplate(template.id, { teamId: Number(team), name: name.trim() || undefined });
      navigate(`/processes/${copy.id}`);
    });
  }

  if (teams.length === 0) return <p className="field-hint">Create a team under Admin first: a template is copied into a team.</p>;
  return (
    <form onSubmit={submit} aria-labelledby={titleId} className="use-template-form">
      <h3 id={titleId} className="visually-hidden">
        Use the template {template.name}
      </h3>
      <SelectField label="Team" name="teamId" required value={team} onChange={(event) => setTeam(event.target.value)} error={fieldErrorOf(error, 'teamId')}>
        <option value="">Choose a team…</option>
        {teams.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </SelectField>
      <TextField label="Name of the copy" name="name" maxLength={100} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrorOf(error, 'name')} />
      <FormAlert error={error} fields={['teamId', 'name']} />
      <button type="submit" className="button-primary" disabled={pending || !team}>
        {pending ? 'Copying…' : 'Use template'}
      </button>
    </form>
  );
}
