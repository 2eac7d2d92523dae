/** Lists the organization's teams and creates new ones. */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TextField } from '../../components/text-field.tsx';
import { browserTimeZone, TimeZoneField } from '../../components/time-zone-field.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';

export function TeamsPage() {
  useDocumentTitle('Teams');
  const teams = useLoad(() => api.listTeams(), []);
  const { run, pending, error } = useAction();
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    await run(async () => {
      const team = await api.createTeam({ name, timeZone });
      setName('');
      setDone(`Team “${team.name}” created.`);
      teams.reload();
    });
  }

  return (
    <>
      <h2>Teams</h2>
      <p className="muted">A team is a client of your agency, or a group of your business, with its own members and time zone.</p>
      {teams.error ? (
        <LoadError error={teams.error} />
      ) : !teams.data ? (
        <Loading what="Loading teams" />
      ) : teams.data.teams.length === 0 ? (
        <p className="empty-state">There are no teams yet. Create the first one below.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col" className="number">
                Members
              </th>
              <th scope="col">Time zone</th>
            </tr>
          </thead>
          <tbody>
            {teams.data.teams.map((team) => (
              <tr key={team.id}>
                <td>
                  <Link to={`/admin/teams/${team.id}`}>{team.name}</Link>
                </td>
                <td className="number">{team.memberCount}</td>
                <td>{team.timeZone.replaceAll('_', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section aria-labelledby="create-team-title" className="panel">
        <h3 id="create-team-title">Create a team</h3>
        <form onSubmit={submit}>
          <TextField
            label="Team name"
            name="name"
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldErrorOf(error, 'name')}
          />
          <TimeZoneField value={timeZone} onChange={setTimeZone} error={fieldErrorOf(error, 'timeZone')} />
          <FormAlert error={error} fields={['name', 'timeZone']} />
          <StatusMessage>{done}</StatusMessage>
          <button type="submit" className="button-primary" disabled={pending}>
            Create team
          </button>
        </form>
      </section>
    </>
  );
}
