/** A dashboard's answer; while the answer for newly chosen filters loads, the old one is dimmed and said to be updating, never shown as the new one. */
import type { ReactNode } from 'react';

export function DashboardResults({ stale, children }: { stale: boolean; children: ReactNode }) {
  return (
    <div className={stale ? 'dashboard-results is-stale' : 'dashboard-results'} aria-busy={stale || undefined}>
      {stale && (
        <p className="dashboard-updating" role="status">
          Updating for what you chose…
        </p>
      )}
      {children}
    </div>
  );
}
