/** Picks one member of the organization by name, keeping a member who has since left visible as such. */
import type { Member } from '../../api/schemas/members.ts';
import { SelectField } from '../components/select-field.tsx';

export interface MemberSelectProps {
  name: string;
  userId: number;
  members: readonly Member[];
  onChange: (userId: number) => void;
  error?: string | undefined;
}

export function MemberSelect({ name, userId, members, onChange, error }: MemberSelectProps) {
  return (
    <SelectField label="Person" name={name} value={String(userId)} onChange={(event) => onChange(Number(event.target.value))} error={error}>
      {!members.some((member) => member.userId === userId) && <option value={userId}>member {userId} (no longer here)</option>}
      {members.map((member) => (
        <option key={member.userId} value={member.userId}>
          {member.name} ({member.email})
        </option>
      ))}
    </SelectField>
  );
}
