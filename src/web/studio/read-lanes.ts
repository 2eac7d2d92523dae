/** The lanes of a diagram (its roles), top to bottom, with their names. */
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';

export interface LaneInfo {
  id: string;
  name: string;
}

export function readLanes(registry: ElementRegistry): LaneInfo[] {
  return registry
    .filter((element) => element.type === 'bpmn:Lane')
    .map((element) => ({ element, y: 'y' in element ? Number(element.y) : 0, x: 'x' in element ? Number(element.x) : 0 }))
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map(({ element }) => ({ id: element.id, name: String(element.businessObject?.name ?? '').trim() }));
}
