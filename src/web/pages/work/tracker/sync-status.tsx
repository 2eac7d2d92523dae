/** How many entries are not on the server yet, and why, quietly while all is well. */
import type { SyncState } from './outbox-sync.ts';

export function SyncStatus({ sync, online }: { sync: SyncState; online: boolean }) {
  const waiting = sync.pending;
  let text: string;
  if (waiting === 0) text = 'All entries synced';
  else if (!online) text = `Offline: ${waiting} ${waiting === 1 ? 'entry' : 'entries'} not yet synced, kept in this browser`;
  else if (sync.syncing) text = `Syncing ${waiting} ${waiting === 1 ? 'entry' : 'entries'}…`;
  else text = `${waiting} ${waiting === 1 ? 'entry' : 'entries'} not yet synced${sync.error ? ` (${sync.error.message})` : ''}; retrying`;
  return (
    <p className={`sync-status${waiting > 0 ? ' sync-waiting' : ''}`} role="status" aria-live="polite">
      <span className="sync-count" data-unsynced={waiting}>
        {text}
      </span>
    </p>
  );
}
