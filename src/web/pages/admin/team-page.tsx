/** One team: its members, adding an organization member to it, removing one from it, and its settings. */
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { QuietDangerButton } from '../../components/quiet-danger-button.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { api } from '../../api.ts';
import { roleLabel } from '../../format/role-label.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { TeamSettingsForm } from './team-settings-form.tsx';

export function TeamPage() {
  const teamId = Number(useParams().teamId);
  const loaded = useLoad(
    () => Promise.all([api.getTeam(teamId), api.listTeamMembers(teamId), api.listMembers()]),
    [teamId],
  );
  const action = useAction();
  const [userId, setUserId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [team, teamMembers, organizationMembers] = loaded.data ?? [];
  useDocumentTitle(team ? `Team ${team.name}` : 'Team');

  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!team || !teamMembers || !organizationMembers) return <Loading what="Loading the team" />;

  const onTeam = new Set(teamMembers.members.map((member) => member.userId));
  const candidates = organizationMembers.members.filter((member) => !onTeam.has(member.userId));

  async function add(event: FormEvent) {
    event.preventDefault();
    const member = candidates.find((candidate) => candidate.userId === Number(userId));
    if (!member) return;
    setDone(null);
    const added = await action.run(() => api.addTeamMember(teamId, member.userId).then(() => undefined));
    if (added) {
      setUserId('');
      setDone(`${member.name} added to ${team?.name}.`);
      loaded.reload();
    }
  }

  async function remove(memberUserId: number, name: string) {
    setDone(null);
    const removed = await action.run(() => api.removeTeamMember(teamId, memberUserId).then(() => undefined));
    if (removed) {
      setDone(`${name} removed from ${team?.name}.`);
      loaded.reload();
    }
  }

  return (
    <>
      <p>
        <Link to="/admin/teams">← All teams</Link>
      </p>
      <h2>{team.name}</h2>
      <p className="muted">Time zone: {team.timeZone.replaceAll('_', ' ')}</p>
      <FormAlert error={action.error} fields={['userId']} />
      <StatusMessage>{done}</StatusMessage>

      <h3>Members</h3>
      {teamMembers.members.length === 0 ? (
        <p className="empty-state">Nobody is on this team yet.</p>
      ) : (
        <table>
          <TableHead columns={['Name', 'Email', 'Role']} actions />
          <tbody>
            {teamMembers.members.map((member) => (
              <tr key={member.userId}>
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td>{roleLabel(member.role)}</td>
                <td className="actions">
                  <QuietDangerButton
                    label="Remove from team"
                    subject={`(${member.name})`}
                    pending={action.pending}
                    onClick={() => void remove(member.userId, member.name)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section aria-labelledby="add-member-title" className="panel">
        <h3 id="add-member-title">Add a member</h3>
        {candidates.length === 0 ? (
          <p className="muted">Every member of the organization is already on this team. Invite someone under Invitations.</p>
        ) : (
          <form onSubmit={add} className="inline-form">
            <SelectField
              label="Organization member"
              name="userId"
              required
              value={userId}
              onChange={(event) => setUserId(event.target.value)}
              error={fieldErrorOf(action.error, 'userId')}
            >
              <option value="">Choose a member…</option>
              {candidates.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name} ({member.email}, {roleLabel(member.role)})
                </option>
              ))}
            </SelectField>
            <button type="submit" className="button-primary" disabled={action.pending}>
              Add to team
            </button>
          </form>
        )}
      </section>

      <TeamSettingsForm key={`${team.name}|${team.timeZone}`} team={team} onSaved={loaded.reload} />
    </>
  );
}
