/** Colours the added, removed and changed elements of a diff on a diagram, each also with a symbol badge, so it reads without colour. */
import type { ElementChange } from '../../api/schemas/processes.ts';
import { elementById, type ViewerServices } from './diagram-services.ts';

export const CHANGE_SYMBOLS: Record<ElementChange['change'], string> = { added: '+', removed: '−', changed: '~' };
export const CHANGE_LABELS: Record<ElementChange['change'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

/** Marks the given changes that exist on this diagram; the older version shows removals, the newer one additions. */
export function showDiff(services: ViewerServices, changes: readonly ElementChange[]): void {
  const { canvas, registry, overlays } = services;
  for (const change of changes) {
    const element = elementById(registry, change.elementId);
    if (!element) continue;
    canvas.addMarker(change.elementId, `diff-${change.change}`);
    const badge = document.createElement('span');
    badge.className = `diff-badge diff-badge-${change.change}`;
    badge.textContent = `${CHANGE_SYMBOLS[change.change]} ${CHANGE_LABELS[change.change]}`;
    const details = change.fields.length ? `: ${change.fields.join(', ')}` : '';
    badge.title = `${CHANGE_LABELS[change.change]}${details}`;
    const isConnection = 'waypoints' in element;
    overlays.add(element, 'swimlane-diff', {
      position: isConnection ? { top: -10, left: 0 } : { top: -14, left: -4 },
      html: badge,
    });
  }
}
