/** A part of the side panel that opens and closes, so a long process's documentation stays easy to move through. */
import type { ReactNode } from 'react';

export interface PanelSectionProps {
  title: string;
  /** How many items the part holds, shown while it is closed. */
  count?: number;
  defaultOpen?: boolean;
  children: ReactNode;
}

export function PanelSection({ title, count, defaultOpen = false, children }: PanelSectionProps) {
  return (
    <details className="panel-section" open={defaultOpen}>
      <summary>
        <span className="panel-section-title">{title}</span>
        {count !== undefined && <span className="muted"> ({count})</span>}
      </summary>
      <div className="panel-section-body">{children}</div>
    </details>
  );
}
