/** Reads a namespaced attribute by its local name (`swimlane:handler`, `camunda:collection`, ...), which bpmn-moddle keeps in `$attrs`. */
import type { ModdleElement } from './moddle-element.ts';

export function readExtensionAttribute(element: ModdleElement, localName: string): string | undefined {
  const attributes = element.$attrs;
  if (!attributes) return undefined;
  for (const [key, value] of Object.entries(attributes)) {
    if (key.endsWith(`:${localName}`) && !key.startsWith('xmlns')) return value;
  }
  return undefined;
}
