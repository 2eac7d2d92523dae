/** The choices of where a new process goes: one of the teams, or the organization's library as a template. */
import type { Team } from '../../../api/schemas/teams.ts';

/** The value of the library choice in a team select. */
export const LIBRARY = 'library';

export function TeamOptions({ teams, withLibrary }: { teams: readonly Team[]; withLibrary: boolean }) {
  return (
    <>
      <option value="">Choose a team…</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
      {withLibrary && <option value={LIBRARY}>The library (a template for every team)</option>}
    </>
  );
}
