/**
 * Tasks grouped Overdue / Today / Upcoming in the reader's time zone, each with what the member may do: open its page,
 * claim it from the pool, release it, or complete it (a small form under its row).
 */
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Task } from '../../../api/schemas/runs.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { formatDateTime } from '../../format/format-date-time.ts';
import { CompleteTaskRow } from '../runs/complete-task-row.tsx';
import { TaskActionsCell } from '../runs/task-actions-cell.tsx';
import { useTaskActions } from '../runs/use-task-actions.ts';
import { DUE_GROUP_LABELS, groupTasksByDue } from './group-tasks-by-due.ts';

export interface WorkTaskTableProps {
  tasks: readonly Task[];
  caption: string;
  timeZone: string;
  /** Shows who holds each task (the team's view). */
  showAssignee?: boolean;
  onChanged: () => void;
}

export function WorkTaskTable({ tasks, caption, timeZone, showAssignee = false, onChanged }: WorkTaskTableProps) {
  const actions = useTaskActions(onChanged);
  if (!actions) return null;
  const now = new Date();
  const columns = showAssignee ? 6 : 5;

  return (
    <>
      <FormAlert error={actions.error} />
      <table className="compact-table task-table work-table">
        <caption className="visually-hidden">{caption}</caption>
        <TableHead columns={['Step', 'Process and run', 'Role', ...(showAssignee ? ['Assignee'] : []), 'Due']} actions />
        {groupTasksByDue(tasks, now, timeZone)
          .filter((group) => group.tasks.length > 0)
          .map((group) => (
            <tbody key={group.group} className={`due-group due-${group.group}`}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={columns}>
                  {DUE_GROUP_LABELS[group.group]} <span className="muted">({group.tasks.length})</span>
                </th>
              </tr>
              {group.tasks.map((task) => {
                const step = task.name ?? task.elementId;
                return (
                  <Fragment key={task.id}>
                    <tr>
                      <th scope="row" className="row-heading">
                        <Link to={`/work/tasks/${task.id}`}>{step}</Link>
                      </th>
                      <td>
                        {task.processName}
                        <div className="details-text">
                          <Link to={`/runs/${task.runId}`}>Run {task.runId}</Link>
                          {task.businessKey && ` · ${task.businessKey}`}
                        </div>
                      </td>
                      <td>{task.role ?? <span className="muted">—</span>}</td>
                      {showAssignee && <td>{task.assignee?.name ?? <span className="muted">Pool</span>}</td>}
                      <td>
                        {task.dueAt ? formatDateTime(task.dueAt) : <span className="muted">No due time</span>}
                        {group.group === 'overdue' && <div className="overdue">⚠ Overdue</div>}
                      </td>
                      <TaskActionsCell task={task} actions={actions}>
                        <Link className="button-link button-small button-primary" to={`/work/tasks/${task.id}`}>
                          Open<span className="visually-hidden"> {step}</span>
                        </Link>
                      </TaskActionsCell>
                    </tr>
                    {actions.completing === task.id && <CompleteTaskRow task={task} columns={columns} onClose={actions.closeComplete} onCompleted={onChanged} />}
                  </Fragment>
                );
              })}
            </tbody>
          ))}
      </table>
    </>
  );
}
