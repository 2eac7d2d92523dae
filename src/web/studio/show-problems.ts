/** Marks each element that has validation problems on the diagram (a red or amber outline and a badge naming the count), and returns how to take the marks off. */
import type { Problem } from '../../api/schemas/processes.ts';
import type { ViewerServices } from './diagram-services.ts';

const OVERLAY_TYPE = 'swimlane-problems';

export function showProblems(services: ViewerServices, problems: readonly Problem[], onBadgeClick: (elementId: string) => void): () => void {
  const { canvas, registry, overlays } = services;
  const byElement = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (!problem.elementId || !registry.get(problem.elementId)) continue;
    byElement.set(problem.elementId, [...(byElement.get(problem.elementId) ?? []), problem]);
  }
  const marked: [string, string][] = [];
  for (const [elementId, list] of byElement) {
    const hasError = list.some((problem) => problem.severity === 'error');
    const marker = hasError ? 'problem-error' : 'problem-warning';
    canvas.addMarker(elementId, marker);
    marked.push([elementId, marker]);

    const badge = document.createElement('button');
    badge.type = 'button';
    badge.className = `problem-badge ${hasError ? 'problem-badge-error' : 'problem-badge-warning'}`;
    // The symbol differs by severity, so the badge reads without colour: "!" for errors, "?" for warnings.
    badge.textContent = `${hasError ? '!' : '?'}${list.length > 1 ? ` ${list.length}` : ''}`;
    const summary = list.map((problem) => `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}`).join('\n');
    badge.title = summary;
    badge.setAttribute('aria-label', summary);
    badge.addEventListener('click', () => onBadgeClick(elementId));
    overlays.add(elementId, OVERLAY_TYPE, { position: { top: -12, right: 12 }, html: badge });
  }
  return () => {
    overlays.remove({ type: OVERLAY_TYPE });
    for (const [elementId, marker] of marked) if (registry.get(elementId)) canvas.removeMarker(elementId, marker);
  };
}
