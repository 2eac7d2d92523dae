/** The latest entries of this task, newest first: undone ones struck through (never removed), unsynced and refused ones marked, the newest undoable one with its Undo. */
import { formatClock } from './format-clock.ts';
import type { LoggedEntry } from './tracker-entry.ts';
import { isUndoable } from './use-dialing-tracker.ts';

const SHOWN = 12;

export interface EntryLogProps {
  entries: readonly LoggedEntry[];
  now: number;
  onUndo: (entry: LoggedEntry) => void;
}

function leadText(entry: LoggedEntry): string | null {
  if (!entry.leadClientId) return null;
  if (!entry.lead) return 'lead hand-off queued';
  return entry.lead.runId ? `lead handed off (follow-up run ${entry.lead.runId})` : 'lead saved (this process starts no follow-up run)';
}

export function EntryLog({ entries, now, onUndo }: EntryLogProps) {
  const undoable = entries.find((entry) => isUndoable(entry, now));
  const shown = entries.slice(0, SHOWN);
  if (shown.length === 0) return <p className="muted">No dials logged on this task yet.</p>;
  return (
    <ol className="entry-log" aria-label="Latest entries">
      {shown.map((entry) => {
        const time = new Date(entry.occurredAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
        const extra = [entry.phoneNumber, entry.note, leadText(entry)].filter(Boolean).join(' · ');
        return (
          <li key={entry.clientId} className={`entry entry-${entry.kind}${entry.undoneBy ? ' entry-undone' : ''}`}>
            <span className="entry-time">{time}</span>
            <span className="entry-what">
              {entry.undoneBy ? <s>{entry.label}</s> : entry.label}
              {entry.undoneBy && <span className="entry-flag"> undone</span>}
              {extra && <span className="entry-extra"> {extra}</span>}
            </span>
            <span className="entry-state">
              {entry.status === 'queued' && <span className="entry-flag">not synced</span>}
              {entry.status === 'rejected' && <span className="entry-rejected">refused: {entry.reason}</span>}
              {entry.status === 'synced' && entry.reason && <span className="entry-rejected">{entry.reason}</span>}
              {entry === undoable && (
                <button type="button" className="button-small" onClick={() => onUndo(entry)} aria-keyshortcuts="u">
                  Undo <kbd>U</kbd>
                  <span className="muted"> {formatClock(120 - (now - Date.parse(entry.occurredAt)) / 1000)}</span>
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
