/** A run's timeline, oldest first: what happened, at which step, who did it, when, and the variables it set. */
import type { HistoryEntry } from '../../../api/schemas/runs.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { describeHistoryEntry } from './describe-history-entry.ts';
import { formatValue } from './format-value.ts';

export function RunTimeline({ entries, nameOf }: { entries: readonly HistoryEntry[]; nameOf: (elementId: string) => string | null }) {
  if (entries.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.id} className={`timeline-entry timeline-${entry.kind}`}>
          <span className="timeline-when">{formatDateTime(entry.at)}</span>
          <span className="timeline-what">{describeHistoryEntry(entry, nameOf)}</span>
          <span className="timeline-who">{entry.by ? entry.by.name : 'Swimlane'}</span>
          {entry.variables && Object.keys(entry.variables).length > 0 && (
            <span className="timeline-variables">
              {Object.entries(entry.variables).map(([name, value]) => (
                <code key={name}>
                  {name} = {formatValue(value)}
                </code>
              ))}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
