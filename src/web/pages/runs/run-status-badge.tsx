/** A run's status as a word in a badge; the word carries the meaning, the colour only repeats it. */
import type { RunSummary } from '../../../api/schemas/runs.ts';

const LABELS: Record<RunSummary['status'], string> = {
  running: 'Running',
  completed: 'Completed',
  terminated: 'Terminated',
  cancelled: 'Cancelled',
  failed: 'Failed',
};

export function RunStatusBadge({ status }: { status: RunSummary['status'] }) {
  return <span className={`status-badge run-status-${status}`}>{LABELS[status]}</span>;
}

export function runStatusLabel(status: RunSummary['status']): string {
  return LABELS[status];
}
