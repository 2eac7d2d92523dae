/** The call scripts the member can see, by team, and for editors a form to write a new one. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Team } from '../../../api/schemas/teams.ts';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useLoad } from '../../hooks/use-load.ts';

export function ScriptList({ canEdit, teams }: { canEdit: boolean; teams: readonly Team[] }) {
  const navigate = useNavigate();
  const scripts = useLoad(() => api.listScripts(), []);
  const { run, pending, error } = useAction();
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const teamName = new Map(teams.map((item) => [item.id, item.name]));
  const visible = (scripts.data?.scripts ?? []).filter((script) => canEdit || script.latestPublishedVersion !== null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const created = await api.createScript({ name, teamId: team ? Number(team) : null });
      navigate(`/scripts/${created.id}`);
    });
  }

  return (
    <section aria-labelledby="scripts-title">
      <h2 id="scripts-title">Call scripts</h2>
      {scripts.error ? (
        <LoadError error={scripts.error} />
      ) : !scripts.data ? (
        <Loading what="Loading scripts" />
      ) : visible.length === 0 ? (
        <p className="muted">No scripts yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Script</th>
              <th scope="col">Team</th>
              <th scope="col">Published</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((script) => (
              <tr key={script.id}>
                <td>
                  <Link to={`/scripts/${script.id}`}>{script.name}</Link>
                  {canEdit && script.hasDraft && <span className="status-badge status-draft">Draft</span>}
                </td>
                <td>{script.teamId === null ? 'Every team' : (teamName.get(script.teamId) ?? `Team ${script.teamId}`)}</td>
                <td>{script.latestPublishedVersion ? `Version ${script.latestPublishedVersion}` : <span className="muted">Not yet</span>}</td>
                <td className="details-text">{formatDateTime(script.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <details className="panel">
          <summary>Write a new script</summary>
          <form onSubmit={submit} className="inline-form">
            <TextField label="Script name" name="scriptName" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrorOf(error, 'name')} />
            <SelectField label="For" name="scriptTeam" value={team} onChange={(event) => setTeam(event.target.value)}>
              <option value="">Every team</option>
              {teams.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="button-primary" disabled={pending}>
              Create and open
            </button>
          </form>
          <FormAlert error={error} fields={['name']} />
        </details>
      )}
    </section>
  );
}
