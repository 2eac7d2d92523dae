/** Chooses any number of teams with checkboxes grouped under one legend. */
import type { Team } from '../../api/schemas/teams.ts';

export interface TeamCheckboxesProps {
  legend: string;
  teams: readonly Team[];
  selected: readonly number[];
  onChange: (teamIds: number[]) => void;
  error?: string | undefined;
}

export function TeamCheckboxes({ legend, teams, selected, onChange, error }: TeamCheckboxesProps) {
  function toggle(teamId: number, checked: boolean) {
    onChange(checked ? [...selected, teamId] : selected.filter((id) => id !== teamId));
  }
  return (
    <fieldset className="field" aria-describedby={error ? 'team-checkboxes-error' : undefined}>
      <legend>{legend}</legend>
      {teams.length === 0 && <p className="field-hint">There are no teams yet: create one under Teams.</p>}
      {teams.map((team) => (
        <label key={team.id} className="checkbox">
          <input
            type="checkbox"
            name="teamIds"
            value={team.id}
            checked={selected.includes(team.id)}
            onChange={(event) => toggle(team.id, event.target.checked)}
          />
          {team.name}
        </label>
      ))}
      {error && (
        <p id="team-checkboxes-error" role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
