/** A task row's Claim, Release and Complete buttons, each shown only when the member may do it and named after the step for screen readers. */
import type { ReactNode } from 'react';
import type { Task } from '../../../api/schemas/runs.ts';
import { taskPermissions } from './task-permissions.ts';
import type { TaskActions } from './use-task-actions.ts';

export interface TaskActionsCellProps {
  task: Task;
  actions: TaskActions;
  /** Complete is the row's main button, unless the row has another one (e.g. an Open link passed as children). */
  completeIsPrimary?: boolean;
  /** Shown after the buttons, in the same group. */
  children?: ReactNode;
}

export function TaskActionsCell({ task, actions, completeIsPrimary = false, children }: TaskActionsCellProps) {
  const step = task.name ?? task.elementId;
  const allowed = taskPermissions(task, actions.me);
  return (
    <td className="actions">
      <span className="button-group">
        {allowed.claim && (
          <button type="button" className="button-small" disabled={actions.pending} onClick={() => actions.claim(task.id)}>
            Claim<span className="visually-hidden"> {step}</span>
          </button>
        )}
        {allowed.release && (
          <button type="button" className="button-small" disabled={actions.pending} onClick={() => actions.release(task.id)}>
            Release<span className="visually-hidden"> {step}</span>
          </button>
        )}
        {allowed.complete && (
          <button
            type="button"
            className={completeIsPrimary ? 'button-small button-primary' : 'button-small'}
            aria-expanded={actions.completing === task.id}
            disabled={actions.pending}
            onClick={() => actions.toggleComplete(task.id)}
          >
            Complete<span className="visually-hidden"> {step}</span>
          </button>
        )}
        {children}
      </span>
    </td>
  );
}
