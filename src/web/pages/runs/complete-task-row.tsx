/** The table row under a task that holds its complete form, spanning the table's columns. */
import type { Task } from '../../../api/schemas/runs.ts';
import { CompleteTaskForm } from './complete-task-form.tsx';

export function CompleteTaskRow({ task, columns, onClose, onCompleted }: { task: Task; columns: number; onClose: () => void; onCompleted: () => void }) {
  return (
    <tr className="task-form-row">
      <td colSpan={columns}>
        <CompleteTaskForm
          task={task}
          onCancel={onClose}
          onCompleted={() => {
            onClose();
            onCompleted();
          }}
        />
      </td>
    </tr>
  );
}
