/**
 * Tasks grouped Overdue / Today / Upcoming in the reader's time zone, each with what the member may do: open its page,
 * claim it from the pool, release it, or complete it (a small form under its row).
 */
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { Task } from '../../../api/schemas/runs.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useSession } from '../../session/use-session.ts';
import { taskPermissions } from '../runs/task-permissions.ts';
import { DUE_GROUP_LABELS, groupTasksByDue } from './group-tasks-by-due.ts';
import { CompleteTaskRow } from '../runs/complete-task-row.tsx';

export interface WorkTaskTableProps {
  tasks: readonly Task[];
  caption: string;
  timeZone: string;
  /** Shows who holds each task (the team's view). */
  showAssignee?: boolean;
  onChanged: () => void;
}

export function WorkTaskTable({ tasks, caption, timeZone, showAssignee = false, onChanged }: WorkTaskTableProps) {
  const { session } = useSession();
  const action = useAction();
  const [completing, setCompleting] = useState<number | null>(null);
  if (!session) return null;
  const me = { userId: session.user.id, role: session.role };
  const now = new Date();
  const columns = showAssignee ? 6 : 5;

  async function change(act: () => Promise<unknown>) {
    if (await action.run(() => act().then(() => undefined))) onChanged();
  }

  return (
    <>
      <FormAlert error={action.error} />
      <table className="compact-table task-table work-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Process and run</th>
            <th scope="col">Role</th>
            {showAssignee && <th scope="col">Assignee</th>}
            <th scope="col">Due</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
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
                const allowed = taskPermissions(task, me);
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
                      <td className="actions">
                        <span className="button-group">
                          {allowed.claim && (
                            <button type="button" className="button-small" disabled={action.pending} onClick={() => void change(() => api.claimTask(task.id))}>
                              Claim<span className="visually-hidden"> {step}</span>
                            </button>
                          )}
                          {allowed.release && (
                            <button type="button" className="button-small" disabled={action.pending} onClick={() => void change(() => api.releaseTask(task.id))}>
                              Release<span className="visually-hidden"> {step}</span>
                            </button>
                          )}
                          {allowed.complete && (
                            <button
                              type="button"
                              className="button-small"
                              aria-expanded={completing === task.id}
                              disabled={action.pending}
                              onClick={() => setCompleting(completing === task.id ? null : task.id)}
                            >
                              Complete<span className="visually-hidden"> {step}</span>
                            </button>
                          )}
                          <Link className="button-link button-small button-primary" to={`/work/tasks/${task.id}`}>
                            Open<span className="visually-hidden"> {step}</span>
                          </Link>
                        </span>
                      </td>
                    </tr>
                    {completing === task.id && <CompleteTaskRow task={task} columns={columns} onClose={() => setCompleting(null)} onCompleted={onChanged} />}
                  </Fragment>
                );
              })}
            </tbody>
          ))}
      </table>
    </>
  );
}
