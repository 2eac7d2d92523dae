/** The task page's title: the step, its process and run, who holds it, when it is due, and claim or release. */
import { Link } from 'react-router';
import type { Task } from '../../../api/schemas/runs.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useSession } from '../../session/use-session.ts';
import { taskPermissions } from '../runs/task-permissions.ts';

const STATUS_TEXT: Record<Task['status'], string> = { open: 'Waiting to be claimed', claimed: 'Claimed', completed: 'Completed', cancelled: 'Cancelled' };

export function TaskHeader({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const { session } = useSession();
  const action = useAction();
  if (!session) return null;
  const allowed = taskPermissions(task, { userId: session.user.id, role: session.role });
  const overdue = (task.status === 'open' || task.status === 'claimed') && task.dueAt !== null && Date.parse(task.dueAt) < Date.now();
  const change = async (act: () => Promise<unknown>) => {
    if (await action.run(() => act().then(() => undefined))) onChanged();
  };
  return (
    <header className="task-header">
      <p className="breadcrumb">
        <Link to="/work">Work</Link> / {task.processName} / <Link to={`/runs/${task.runId}`}>Run {task.runId}</Link>
        {task.businessKey && ` · ${task.businessKey}`}
      </p>
      <div className="task-title-row">
        <h1 id="page-title">{task.name ?? task.elementId}</h1>
        <span className={`status-badge task-status-${task.status}`}>{STATUS_TEXT[task.status]}</span>
        <span className="button-group">
          {allowed.claim && (
            <button type="button" className="button-primary" disabled={action.pending} onClick={() => void change(() => api.claimTask(task.id))}>
              Claim this task
            </button>
          )}
          {allowed.release && (
            <button type="button" disabled={action.pending} onClick={() => void change(() => api.releaseTask(task.id))}>
              Release
            </button>
          )}
        </span>
      </div>
      <p className="task-facts">
        <span>Role: {task.role ?? '—'}</span>
        <span>Held by: {task.assignee?.name ?? 'nobody yet'}</span>
        <span>
          Due: {task.dueAt ? formatDateTime(task.dueAt) : 'no due time'}
          {overdue && <strong className="overdue"> ⚠ Overdue</strong>}
        </span>
      </p>
      <FormAlert error={action.error} />
    </header>
  );
}
