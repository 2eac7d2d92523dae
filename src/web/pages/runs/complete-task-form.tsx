/** Completes a task with its output variables: name/value rows checked here first, then the server's errors shown by field. */
import type { Task } from '../../../api/schemas/runs.ts';
import { api } from '../../api.ts';
import { VariablesForm } from './variables-form.tsx';

export interface CompleteTaskFormProps {
  task: Task;
  onCompleted: () => void;
  onCancel: () => void;
}

export function CompleteTaskForm({ task, onCompleted, onCancel }: CompleteTaskFormProps) {
  return (
    <VariablesForm
      className="complete-task-form"
      title={`Complete “${task.name ?? task.elementId}”`}
      legend="Output variables"
      hint='Optional. What the next steps need, e.g. leadFound = true. JSON takes true, 45, "text in quotes", [1, 2]; Text takes the value as written.'
      submitLabel="Complete task"
      pendingLabel="Completing…"
      send={(variables) => api.completeTask(task.id, { variables })}
      onDone={onCompleted}
      onCancel={onCancel}
    />
  );
}
