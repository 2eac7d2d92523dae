/** Who gets one step's task before its role's rule applies: whoever completed an earlier step of the same run, whoever started the run, or one person. */
import type { StepAssignment } from '../../api/schemas/process-documentation.ts';
import type { Member } from '../../api/schemas/members.ts';
import { SelectField } from '../components/select-field.tsx';
import { MemberSelect } from './member-select.tsx';

export interface StepAssignmentFieldProps {
  stepId: string;
  value: StepAssignment | undefined;
  onChange: (assignment: StepAssignment | undefined) => void;
  members: readonly Member[];
  /** The process's other steps a task can follow. */
  steps: ReadonlyArray<{ id: string; name: string }>;
  errorOf: (path: string) => string | undefined;
}

export function StepAssignmentField({ stepId, value, onChange, members, steps, errorOf }: StepAssignmentFieldProps) {
  const others = steps.filter((step) => step.id !== stepId);

  function setMode(next: string) {
    if (next === 'role') onChange(undefined);
    else if (next === 'completerOf') onChange({ mode: 'completerOf', stepId: others[0]?.id ?? '' });
    else if (next === 'starter') onChange({ mode: 'starter' });
    else onChange({ mode: 'person', userId: members[0]?.userId ?? 0 });
  }

  return (
    <div className="assignment-field">
      <SelectField
        label="Who gets this step's task"
        name="step-assignment"
        hint="When nobody qualifies (the earlier step was not done, the person left the team, a timer started the run), the role's rule applies."
        value={value?.mode ?? 'role'}
        onChange={(event) => setMode(event.target.value)}
        error={errorOf('mode')}
      >
        <option value="role">As the role says</option>
        <option value="completerOf" disabled={others.length === 0}>
          Whoever completed an earlier step
        </option>
        <option value="starter">Whoever started the run</option>
        <option value="person" disabled={members.length === 0}>
          One person
        </option>
      </SelectField>
      {value?.mode === 'completerOf' && (
        <SelectField label="Earlier step" name="step-assignment-step" value={value.stepId} onChange={(event) => onChange({ mode: 'completerOf', stepId: event.target.value })} error={errorOf('stepId')}>
          {!others.some((step) => step.id === value.stepId) && <option value={value.stepId}>{value.stepId} (not in the diagram)</option>}
          {others.map((step) => (
            <option key={step.id} value={step.id}>
              {step.name || step.id}
            </option>
          ))}
        </SelectField>
      )}
      {value?.mode === 'person' && (
        <MemberSelect name="step-assignment-person" userId={value.userId} members={members} onChange={(userId) => onChange({ mode: 'person', userId })} error={errorOf('userId')} />
      )}
    </div>
  );
}
