/**
 * Tasks with what the member may do to each: claim, release, complete (which opens a small form for output variables
 * under the task's row). On a run's page it shows assignee and status; in the inbox the process and run instead.
 */
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { Task } from '../../../api/schemas/runs.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useSession } from '../../session/use-session.ts';
import { taskPermissions } from './task-permissions.ts';
import { CompleteTaskRow } from './complete-task-row.tsx';

export interface TaskTableProps {
  tasks: readonly Task[];
  /** 'run': on the run's page (assignee and status); 'inbox': across runs (process and run). */
  variant: 'run' | 'inbox';
  /** Names the table for screen readers. */
  caption: string;
  /** Called after any change, so the page shows the run as it now is. */
  onChanged: () => void;
}

const TASK_STATUS_LABELS: Record<Task['status'], string> = { open: 'Open', claimed: 'Claimed', completed: 'Completed', cancelled: 'Cancelled' };

export function TaskTable({ tasks, variant, caption, onChanged }: TaskTableProps) {
  const { session } = useSession();
  const action = useAction();
  const [completing, setCompleting] = useState<number | null>(null);
  if (!session) return null;
  const me = { userId: session.user.id, role: session.role };
  // Step, role, due and actions, plus two columns that differ by variant.
  const columns = 6;
  const now = Date.now();

  async function change(act: () => Promise<unknown>) {
    if (await action.run(() => act().then(() => undefined))) onChanged();
  }

  return (
    <>
      <FormAlert error={action.error} />
      <table className="compact-table task-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            {variant === 'inbox' && <th scope="col">Process and run</th>}
            <th scope="col">Role</th>
            {variant === 'run' && <th scope="col">Assignee</th>}
            {variant === 'run' && <th scope="col">Status</th>}
            <th scope="col">Due</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const step = task.name ?? task.elementId;
            const allowed = taskPermissions(task, me);
            const active = task.status === 'open' || task.status === 'claimed';
            const overdue = active && task.dueAt !== null && Date.parse(task.dueAt) < now;
            return (
              <Fragment key={task.id}>
                <tr>
                  <th scope="row" className="row-heading">
                    {step}
                  </th>
                  {variant === 'inbox' && (
                    <td>
                      {task.processName}
                      <div className="details-text">
                        <Link to={`/runs/${task.runId}`}>Run {task.runId}</Link>
                        {task.businessKey && ` · ${task.businessKey}`}
                      </div>
                    </td>
                  )}
                  <td>{task.role ?? <span className="muted">—</span>}</td>
                  {variant === 'run' && <td>{task.assignee?.name ?? <span className="muted">{active ? 'Pool (unclaimed)' : '—'}</span>}</td>}
                  {variant === 'run' && (
                    <td>
                      <span className={`status-badge task-status-${task.status}`}>{TASK_STATUS_LABELS[task.status]}</span>
                      {task.completedBy && <div className="details-text">by {task.completedBy.name}</div>}
                    </td>
                  )}
                  <td>
                    {task.dueAt ? formatDateTime(task.dueAt) : <span className="muted">—</span>}
                    {overdue && <div className="overdue">⚠ Overdue</div>}
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
                          className="button-small button-primary"
                          aria-expanded={completing === task.id}
                          disabled={action.pending}
                          onClick={() => setCompleting(completing === task.id ? null : task.id)}
                        >
                          Complete<span className="visually-hidden"> {step}</span>
                        </button>
                      )}
                    </span>
                  </td>
                </tr>
                {completing === task.id && <CompleteTaskRow task={task} columns={columns} onClose={() => setCompleting(null)} onCompleted={onChanged} />}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
