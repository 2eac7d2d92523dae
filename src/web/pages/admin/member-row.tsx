/** One member in the members table, with their role select and a Remove button that asks first. */
import { useState } from 'react';
import { ROLES, canAssignRole, type Role } from '../../../api/roles.ts';
import type { Member } from '../../../api/schemas/members.ts';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { api } from '../../api.ts';
import { roleLabel } from '../../format/role-label.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useSession } from '../../session/use-session.ts';

export interface MemberRowProps {
  member: Member;
  actorRole: Role;
  isYou: boolean;
  teamNames: string[];
  onChanged: () => void;
}

export function MemberRow({ member, actorRole, isYou, teamNames, onChanged }: MemberRowProps) {
  const { run, pending, error } = useAction();
  const { signIn, forget } = useSession();
  const [role, setRole] = useState<Role>(member.role);
  const errorId = `member-${member.userId}-error`;
  // The API is the authority; offering only allowed roles just spares the member a refusal.
  const choices = ROLES.filter((to) => to === member.role || canAssignRole(actorRole, member.role, to));

  async function changeRole(next: Role) {
    setRole(next);
    const changed = await run(async () => {
      await api.changeRole(member.userId, { role: next });
      // Changing your own role changes what this browser may show, e.g. the Admin link.
      if (isYou) signIn(await api.session());
    });
    if (changed) onChanged();
    else setRole(member.role);
  }

  async function remove() {
    const removed = await run(() => api.removeMember(member.userId).then(() => undefined));
    if (!removed) return;
    if (isYou) forget();
    else onChanged();
  }

  return (
    <tr>
      <td>
        {member.name}
        {isYou && <span className="muted"> (you)</span>}
      </td>
      <td>{member.email}</td>
      <td>
        <label className="visually-hidden" htmlFor={`member-${member.userId}-role`}>
          Role of {member.name}
        </label>
        <select
          id={`member-${member.userId}-role`}
          value={role}
          disabled={pending || choices.length < 2}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => void changeRole(event.target.value as Role)}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {roleLabel(choice)}
            </option>
          ))}
        </select>
        {error && (
          <p id={errorId} role="alert" className="field-error">
            {error.message}
          </p>
        )}
      </td>
      <td>{teamNames.length ? teamNames.join(', ') : <span className="muted">None</span>}</td>
      <td className="actions">
        <ConfirmAction
          label="Remove"
          subject={member.name}
          question={isYou ? 'Remove yourself from the organization?' : `Remove ${member.name} from the organization?`}
          confirmLabel="Yes, remove"
          pending={pending}
          onConfirm={() => void remove()}
        />
      </td>
    </tr>
  );
}
