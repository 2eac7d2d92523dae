/** The organization's members: their roles, their teams, and removing someone. */
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { useSession } from '../../session/use-session.ts';
import { MemberRow } from './member-row.tsx';

export function MembersPage() {
  useDocumentTitle('Members');
  const { session } = useSession();
  const loaded = useLoad(() => Promise.all([api.listMembers(), api.listTeams()]), []);

  if (!session) return null;
  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!loaded.data) return <Loading what="Loading members" />;
  const [{ members }, { teams }] = loaded.data;
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));

  return (
    <>
      <h2>Members</h2>
      <p className="muted">
        Everyone who can log in to {session.organization.name}. A role change takes effect on their next request. Invite
        new people under Invitations.
      </p>
      <table>
        <TableHead columns={['Name', 'Email', 'Role', 'Teams']} actions />
        <tbody>
          {members.map((member) => (
            <MemberRow
              key={member.userId}
              member={member}
              actorRole={session.role}
              isYou={member.userId === session.user.id}
              teamNames={member.teamIds.map((id) => teamNames.get(id) ?? `Team ${id}`)}
              onChanged={loaded.reload}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}
