/** How a role's tasks are assigned when a run creates them: the role's pool (claimed), one person, or round-robin among members. */
import type { RoleAssignment } from '../../api/schemas/process-documentation.ts';
import type { Member } from '../../api/schemas/members.ts';
import { SelectField } from '../components/select-field.tsx';
import { MemberSelect } from './member-select.tsx';

export interface RoleAssignmentFieldProps {
  roleName: string;
  value: RoleAssignment | undefined;
  onChange: (assignment: RoleAssignment | undefined) => void;
  members: readonly Member[];
  errorOf: (path: string) => string | undefined;
}

export function RoleAssignmentField({ roleName, value, onChange, members, errorOf }: RoleAssignmentFieldProps) {
  const mode = value?.mode ?? 'pool';

  function setMode(next: string) {
    if (next === 'pool') onChange(undefined);
    else if (next === 'person') onChange({ mode: 'person', userId: members[0]?.userId ?? 0 });
    else onChange({ mode: 'roundRobin', userIds: members.slice(0, 1).map((member) => member.userId) });
  }

  return (
    <div className="assignment-field">
      <SelectField
        label={`Who gets ${roleName || 'this role'}'s tasks`}
        name="assignment"
        hint="Anyone not (or no longer) in the run's team is skipped, and the task waits in the role's pool."
        value={mode}
        onChange={(event) => setMode(event.target.value)}
        error={errorOf('mode')}
      >
        <option value="pool">The role's pool: a team member claims it</option>
        <option value="person" disabled={members.length === 0}>
          One person
        </option>
        <option value="roundRobin" disabled={members.length === 0}>
          Round-robin among members
        </option>
      </SelectField>
      {value?.mode === 'person' && (
        <MemberSelect name="assignment-person" userId={value.userId} members={members} onChange={(userId) => onChange({ mode: 'person', userId })} error={errorOf('userId')} />
      )}
      {value?.mode === 'roundRobin' && (
        <fieldset className="field checkbox-group">
          <legend>In turn among</legend>
          {members.map((member) => (
            <label key={member.userId} className="checkbox">
              <input
                type="checkbox"
                checked={value.userIds.includes(member.userId)}
                onChange={(event) =>
                  onChange({ mode: 'roundRobin', userIds: event.target.checked ? [...value.userIds, member.userId] : value.userIds.filter((id) => id !== member.userId) })
                }
              />
              {member.name}
            </label>
          ))}
          {errorOf('userIds') && <p className="field-error">{errorOf('userIds')}</p>}
        </fieldset>
      )}
    </div>
  );
}
