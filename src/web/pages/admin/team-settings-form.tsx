/** Renames a team or changes its time zone; the change is audited by the server. */
import { useState, type FormEvent } from 'react';
import type { Team } from '../../../api/schemas/teams.ts';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TimeZoneField } from '../../components/time-zone-field.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';

export function TeamSettingsForm({ team, onSaved }: { team: Team; onSaved: () => void }) {
  const action = useAction();
  const [name, setName] = useState(team.name);
  const [timeZone, setTimeZone] = useState(team.timeZone);
  const [done, setDone] = useState<string | null>(null);
  const unchanged = name.trim() === team.name && timeZone === team.timeZone;

  async function save(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const saved = await action.run(() => api.updateTeam(team.id, { name, timeZone }).then(() => undefined));
    if (saved) {
      setDone('Team saved.');
      onSaved();
    }
  }

  return (
    <section aria-labelledby="team-settings-title" className="panel">
      <h3 id="team-settings-title">Team settings</h3>
      <form onSubmit={save}>
        <TextField
          label="Team name"
          name="name"
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrorOf(action.error, 'name')}
        />
        <TimeZoneField value={timeZone} onChange={setTimeZone} error={fieldErrorOf(action.error, 'timeZone')} />
        <FormAlert error={action.error} fields={['name', 'timeZone']} />
        <StatusMessage>{done}</StatusMessage>
        <button type="submit" className="button-primary" disabled={action.pending || unchanged}>
          Save team
        </button>
      </form>
    </section>
  );
}
