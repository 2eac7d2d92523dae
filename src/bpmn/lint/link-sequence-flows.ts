/** Fills each flow node's incoming and outgoing from the sequence flows, as a modeler does: many files (hand-written, other tools) leave them out, and bpmnlint's rules read them. */
import type { StudioElement } from '../studio/studio-moddle.ts';
import { walkBaseElements } from '../studio/walk-base-elements.ts';

export function linkSequenceFlows(definitions: StudioElement): void {
  const incoming = new Map<StudioElement, StudioElement[]>();
  const outgoing = new Map<StudioElement, StudioElement[]>();
  const nodes: StudioElement[] = [];
  walkBaseElements(definitions, (element) => {
    if (element.$instanceOf?.('bpmn:FlowNode')) nodes.push(element);
    if (element.$type !== 'bpmn:SequenceFlow') return;
    const source = element.sourceRef as StudioElement | undefined;
    const target = element.targetRef as StudioElement | undefined;
    if (source) outgoing.set(source, [...(outgoing.get(source) ?? []), element]);
    if (target) incoming.set(target, [...(incoming.get(target) ?? []), element]);
  });
  for (const node of nodes) {
    node.incoming = incoming.get(node) ?? [];
    node.outgoing = outgoing.get(node) ?? [];
  }
}
