/** The process's timer start events, on its page: when each next starts a run on its own, and the last one it started. */
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useLoad } from '../../hooks/use-load.ts';

export function ScheduledStarts({ processId }: { processId: number }) {
  const { data } = useLoad(() => api.getScheduledStarts(processId), [processId]);
  if (!data || data.starts.length === 0) return null;
  return (
    <ul className="scheduled-starts" aria-label="Scheduled starts">
      {data.starts.map((start) => (
        <li key={start.elementId}>
          <strong>Starts on its own</strong> <code>{start.schedule}</code>
          {data.timeZone && <span className="muted"> ({data.timeZone})</span>}
          {': '}
          {start.nextAt ? <>next {formatDateTime(start.nextAt)}</> : <span className="muted">no occurrence left</span>}
          {start.lastRunId !== null && (
            <>
              {' · last: '}
              <Link to={`/runs/${start.lastRunId}`}>run {start.lastRunId}</Link>
              {start.lastStartedAt && <span className="muted"> at {formatDateTime(start.lastStartedAt)}</span>}
            </>
          )}
          {start.lastError && <span className="field-error"> · the last attempt failed: {start.lastError}</span>}
        </li>
      ))}
    </ul>
  );
}
