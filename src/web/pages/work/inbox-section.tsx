/** One part of the Work page: its heading with a count, then the tasks grouped by due time, or why there are none. */
import type { Task } from '../../../api/schemas/runs.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import type { Loaded } from '../../hooks/use-load.ts';
import { WorkTaskTable } from './work-task-table.tsx';

export interface InboxSectionProps {
  id: string;
  title: string;
  loaded: Loaded<{ tasks: Task[] }>;
  timeZone: string;
  empty: string;
  showAssignee?: boolean;
  onChanged: () => void;
}

export function InboxSection({ id, title, loaded, timeZone, empty, showAssignee, onChanged }: InboxSectionProps) {
  const tasks = loaded.data?.tasks ?? [];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} {loaded.data && <span className="muted">({tasks.length})</span>}
      </h2>
      {loaded.error ? (
        <LoadError error={loaded.error} />
      ) : !loaded.data ? (
        <Loading what="Loading tasks" />
      ) : tasks.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <WorkTaskTable tasks={tasks} caption={title} timeZone={timeZone} showAssignee={showAssignee} onChanged={onChanged} />
      )}
    </section>
  );
}
