/** The team a dashboard shows, chosen from the teams the member may see; the first one until another is chosen. */
import { useEffect } from 'react';
import type { Team } from '../../../api/schemas/teams.ts';
import { SelectField } from '../../components/select-field.tsx';

export function TeamField({ teams, teamId, update }: { teams: readonly Team[]; teamId: number | undefined; update: (values: Record<string, string>) => void }) {
  const first = teams[0]?.id;
  useEffect(() => {
    if (teamId === undefined && first !== undefined) update({ teamId: String(first) });
    // Only when the team is missing from the address.
  }, [teamId, first]);
  return (
    <SelectField label="Team" name="teamId" value={teamId ?? ''} onChange={(event) => update({ teamId: event.target.value })}>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </SelectField>
  );
}
