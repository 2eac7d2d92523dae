/** Says what one entry of a run's timeline means, in words, naming the step by its name when the diagram has one. */
import type { HistoryEntry } from '../../../api/schemas/runs.ts';

const WHAT: Record<HistoryEntry['kind'], string> = {
  runStarted: 'Run started',
  elementEntered: 'Reached',
  elementCompleted: 'Completed',
  elementCancelled: 'Cancelled',
  variablesChanged: 'Variables changed',
  incidentRaised: 'Incident raised',
  incidentResolved: 'Incident resolved',
  runEnded: 'Run ended',
  taskAssigned: 'Task assigned',
  taskClaimed: 'Task claimed',
  taskReleased: 'Task released',
  taskReassigned: 'Task reassigned',
};

export function describeHistoryEntry(entry: Pick<HistoryEntry, 'kind' | 'elementId' | 'detail'>, nameOf: (elementId: string) => string | null): string {
  const step = entry.elementId ? (nameOf(entry.elementId) ?? entry.elementId) : null;
  const what = WHAT[entry.kind];
  if (entry.kind === 'runEnded') return `${what}${entry.detail ? `: ${entry.detail}` : ''}${step ? ` at ${step}` : ''}`;
  const text = step ? `${what}: ${step}` : what;
  // The detail of an incident is its error, and of an ending how it ended; other details are for the curious.
  return entry.kind === 'incidentRaised' && entry.detail ? `${text} (${entry.detail})` : text;
}
