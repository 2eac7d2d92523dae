/** Visits every BPMN element of a tree that can carry extension elements (processes, flow elements, lanes, participants...), not diagram interchange. */
import type { StudioElement } from './studio-moddle.ts';

export function walkBaseElements(root: StudioElement, visit: (element: StudioElement) => void): void {
  const seen = new Set<StudioElement>();
  const walk = (element: StudioElement) => {
    if (seen.has(element)) return;
    seen.add(element);
    if (element.$instanceOf?.('bpmn:BaseElement')) visit(element);
    for (const property of element.$descriptor?.properties ?? []) {
      // References point elsewhere in the tree (or out of it); diagram interchange carries no documentation.
      if (property.isReference || property.name === 'diagrams' || property.name === 'extensionElements') continue;
      const value = element[property.name] as unknown;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && typeof (child as StudioElement).$type === 'string') walk(child as StudioElement);
      }
    }
  };
  walk(root);
}
