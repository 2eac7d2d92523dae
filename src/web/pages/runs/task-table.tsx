/**
 * A run's tasks with their assignee and status, and what the member may do to each: claim, release, complete (which
 * opens a small form for output variables under the task's row). The Work page lists tasks across runs in its own table.
 */
import { Fragment } from 'react';
import type { Task } from '../../../api/schemas/runs.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { formatDateTime } from '../../format/format-date-time.ts';
import { CompleteTaskRow } from './complete-task-row.tsx';
import { TaskActionsCell } from './task-actions-cell.tsx';
import { useTaskActions } from './use-task-actions.ts';

export interface TaskTableProps {
  tasks: readonly Task[];
  /** Names the table for screen readers. */
  caption: string;
  /** Called after any change, so the page shows the run as it now is. */
  onChanged: () => void;
}

const TASK_STATUS_LABELS: Record<Task['status'], string> = { open: 'Open', claimed: 'Claimed', completed: 'Completed', cancelled: 'Cancelled' };

export function TaskTable({ tasks, caption, onChanged }: TaskTableProps) {
  const actions = useTaskActions(onChanged);
  if (!actions) return null;
  // Step, role, assignee, status, due and actions.
  const columns = 6;
  const now = Date.now();

  return (
    <>
      <FormAlert error={actions.error} />
      <table className="compact-table task-table">
        <caption className="visually-hidden">{caption}</caption>
        <TableHead columns={['Step', 'Role', 'Assignee', 'Status', 'Due']} actions />
        <tbody>
          {tasks.map((task) => {
            const step = task.name ?? task.elementId;
            const active = task.status === 'open' || task.status === 'claimed';
            const overdue = active && task.dueAt !== null && Date.parse(task.dueAt) < now;
            return (
              <Fragment key={task.id}>
                <tr>
                  <th scope="row" className="row-heading">
                    {step}
                  </th>
                  <td>{task.role ?? <span className="muted">—</span>}</td>
                  <td>{task.assignee?.name ?? <span className="muted">{active ? 'Pool (unclaimed)' : '—'}</span>}</td>
                  <td>
                    <span className={`status-badge task-status-${task.status}`}>{TASK_STATUS_LABELS[task.status]}</span>
                    {task.completedBy && <div className="details-text">by {task.completedBy.name}</div>}
                  </td>
                  <td>
                    {task.dueAt ? formatDateTime(task.dueAt) : <span className="muted">—</span>}
                    {overdue && <div className="overdue">⚠ Overdue</div>}
                  </td>
                  <TaskActionsCell task={task} actions={actions} completeIsPrimary />
                </tr>
                {actions.completing === task.id && <CompleteTaskRow task={task} columns={columns} onClose={actions.closeComplete} onCompleted={onChanged} />}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
