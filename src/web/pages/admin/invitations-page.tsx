/** Invites people with a role and teams, shows the link to send them, and lists pending invitations. */
import { useState, type FormEvent } from 'react';
import { ROLES, canAssignRole, type Role } from '../../../api/roles.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { QuietDangerButton } from '../../components/quiet-danger-button.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { TeamCheckboxes } from '../../components/team-checkboxes.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { roleLabel } from '../../format/role-label.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { useSession } from '../../session/use-session.ts';

const FIELDS = ['email', 'role', 'teamIds'] as const;

export function InvitationsPage() {
  useDocumentTitle('Invitations');
  const { session } = useSession();
  const loaded = useLoad(() => Promise.all([api.listInvitations(), api.listTeams()]), []);
  const create = useAction();
  const revoke = useAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('va');
  const [teamIds, setTeamIds] = useState<number[]>([]);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);

  if (!session) return null;
  const roles = ROLES.filter((choice) => canAssignRole(session.role, null, choice));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLink(null);
    await create.run(async () => {
      const created = await api.createInvitation({ email, role, teamIds });
      setLink({ email: created.invitation.email, url: `${location.origin}/invite/${created.token}` });
      setEmail('');
      setTeamIds([]);
      loaded.reload();
    });
  }

  async function revokeInvitation(invitationId: number) {
    const revoked = await revoke.run(() => api.revokeInvitation(invitationId).then(() => undefined));
    if (revoked) loaded.reload();
  }

  const [invitations, teams] = loaded.data ?? [];
  const teamNames = new Map((teams?.teams ?? []).map((team) => [team.id, team.name]));

  return (
    <>
      <h2>Invitations</h2>
      <p className="muted">
        An invitation is a link that lets one person join {session.organization.name} with the role and teams you choose.
        Send the link yourself, for example by email or chat; it works once.
      </p>

      <section aria-labelledby="invite-title" className="panel">
        <h3 id="invite-title">Invite someone</h3>
        <form onSubmit={submit}>
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldErrorOf(create.error, 'email')}
          />
          <SelectField
            label="Role"
            name="role"
            hint="A VA carries out tasks; a manager oversees teams; a viewer only reads; an admin manages the organization."
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            error={fieldErrorOf(create.error, 'role')}
          >
            {roles.map((choice) => (
              <option key={choice} value={choice}>
                {roleLabel(choice)}
              </option>
            ))}
          </SelectField>
          {teams ? (
            <TeamCheckboxes
              legend="Teams"
              teams={teams.teams}
              selected={teamIds}
              onChange={setTeamIds}
              error={fieldErrorOf(create.error, 'teamIds')}
            />
          ) : (
            !loaded.error && <Loading what="Loading teams" />
          )}
          <FormAlert error={create.error} fields={FIELDS} />
          <button type="submit" className="button-primary" disabled={create.pending}>
            {create.pending ? 'Creating…' : 'Create invitation'}
          </button>
        </form>
        {link && (
          <div className="alert alert-success">
            <CopyField
              label="Invitation link"
              value={link.url}
              hint={`Send this link to ${link.email}. It is shown only now.`}
            />
          </div>
        )}
      </section>

      <h3>Pending invitations</h3>
      <FormAlert error={revoke.error} />
      {loaded.error ? (
        <LoadError error={loaded.error} />
      ) : !invitations ? (
        <Loading what="Loading invitations" />
      ) : invitations.invitations.length === 0 ? (
        <p className="muted">No invitations are waiting to be accepted.</p>
      ) : (
        <table>
          <TableHead columns={['Email', 'Role', 'Teams', 'Invited by', 'Expires']} actions />
          <tbody>
            {invitations.invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.email}</td>
                <td>{roleLabel(invitation.role)}</td>
                <td>
                  {invitation.teamIds.length ? (
                    invitation.teamIds.map((id) => teamNames.get(id) ?? `Team ${id}`).join(', ')
                  ) : (
                    <span className="muted">None</span>
                  )}
                </td>
                <td>{invitation.invitedBy}</td>
                <td>{formatDateTime(invitation.expiresAt)}</td>
                <td className="actions">
                  <QuietDangerButton
                    label="Revoke"
                    subject={`the invitation of ${invitation.email}`}
                    pending={revoke.pending}
                    onClick={() => void revokeInvitation(invitation.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
