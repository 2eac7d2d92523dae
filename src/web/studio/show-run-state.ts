/** Marks where a run stands on its diagram: the elements holding tokens (with a badge saying how many and what they wait for) and the ones already completed. */
import type { RunDetail } from '../../api/schemas/runs.ts';
import { describeWait } from '../format/describe-wait.ts';
import type { ViewerServices } from './diagram-services.ts';

const OVERLAY_TYPE = 'swimlane-run';

export interface RunState {
  positions: RunDetail['positions'];
  /** Elements the history says were completed at least once. */
  completedIds: ReadonlySet<string>;
}

export function showRunState(services: ViewerServices, { positions, completedIds }: RunState, nameOf: (elementId: string) => string): () => void {
  const { canvas, registry, overlays } = services;
  const here = new Map<string, RunDetail['positions']>();
  for (const position of positions) {
    if (!registry.get(position.elementId)) continue;
    here.set(position.elementId, [...(here.get(position.elementId) ?? []), position]);
  }
  const marked: [string, string][] = [];
  const mark = (elementId: string, marker: string) => {
    canvas.addMarker(elementId, marker);
    marked.push([elementId, marker]);
  };

  for (const elementId of completedIds) {
    // Where a token is now (a loop came back) it shows as current, not done.
    if (here.has(elementId) || !registry.get(elementId)) continue;
    const element = registry.get(elementId)!;
    if ('waypoints' in element) continue;
    mark(elementId, 'run-completed');
    const badge = document.createElement('span');
    badge.className = 'run-badge run-badge-completed';
    badge.textContent = '✓';
    badge.title = `${nameOf(elementId)}: completed`;
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', badge.title);
    // Inside a task's corner; beside a small event or gateway, whose name is written under it.
    const width = (element as { width?: number }).width;
    const small = width !== undefined && width < 60;
    overlays.add(elementId, OVERLAY_TYPE, { position: small ? { top: -10, right: 2 } : { bottom: 10, right: 10 }, html: badge });
  }

  for (const [elementId, list] of here) {
    const stopped = list.some((position) => position.waiting === 'incident');
    mark(elementId, stopped ? 'run-incident' : 'run-current');
    const badge = document.createElement('span');
    badge.className = `run-badge ${stopped ? 'run-badge-incident' : 'run-badge-current'}`;
    // A symbol and a count, so the badge reads without its colour; the words are in its label and the legend.
    badge.textContent = `${stopped ? '⚠' : '●'} ${list.length}`;
    const waits = [...new Set(list.map((position) => describeWait(position.waiting)))].join('; ');
    badge.title = `${nameOf(elementId)}: ${list.length} ${list.length === 1 ? 'token' : 'tokens'}, ${waits}`;
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', badge.title);
    overlays.add(elementId, OVERLAY_TYPE, { position: { top: -12, right: 12 }, html: badge });
  }

  return () => {
    overlays.remove({ type: OVERLAY_TYPE });
    for (const [elementId, marker] of marked) if (registry.get(elementId)) canvas.removeMarker(elementId, marker);
  };
}
