/** A process's steps in the order the flow reaches them, grouped by the lane (role) each sits in, for the handbook and the read-only view. */
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { describeElementType } from './describe-element-type.ts';
import { readLanes, type LaneInfo } from './read-lanes.ts';

export interface OutlineStep {
  id: string;
  name: string;
  /** "User task", "Exclusive gateway", ... */
  kind: string;
  laneId: string | null;
}

export interface ProcessOutline {
  lanes: LaneInfo[];
  /** Every flow node, in flow order from the start events; unreachable ones last, top to bottom. */
  steps: OutlineStep[];
}

interface BusinessObject {
  id: string;
  name?: string;
  $type: string;
  $instanceOf: (type: string) => boolean;
  outgoing?: { targetRef?: BusinessObject }[];
  attachers?: BusinessObject[];
  flowNodeRef?: BusinessObject[];
}

export function readOutline(registry: ElementRegistry): ProcessOutline {
  const lanes = readLanes(registry);
  const laneOf = new Map<string, string>();
  for (const lane of lanes) {
    const business = registry.get(lane.id)?.businessObject as BusinessObject | undefined;
    for (const node of business?.flowNodeRef ?? []) laneOf.set(node.id, lane.id);
  }

  const shapes = registry.filter((element) => {
    const business = element.businessObject as BusinessObject | undefined;
    return Boolean(business?.$instanceOf?.('bpmn:FlowNode')) && element.type !== 'label';
  });
  const positionOf = new Map(shapes.map((shape) => [shape.id, { x: Number('x' in shape ? shape.x : 0), y: Number('y' in shape ? shape.y : 0) }]));
  const byPosition = (a: string, b: string) => {
    const first = positionOf.get(a);
    const second = positionOf.get(b);
    return (first?.x ?? 0) - (second?.x ?? 0) || (first?.y ?? 0) - (second?.y ?? 0);
  };
  const businessById = new Map(shapes.map((shape) => [shape.id, shape.businessObject as BusinessObject]));

  // Breadth-first from the start events, so a reader meets the steps in the order the work happens.
  const order: string[] = [];
  const seen = new Set<string>();
  const queue = [...businessById.values()]
    .filter((node) => node.$type === 'bpmn:StartEvent')
    .map((node) => node.id)
    .sort(byPosition);
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id) || !businessById.has(id)) continue;
    seen.add(id);
    order.push(id);
    const node = businessById.get(id)!;
    const next = [...(node.attachers ?? []), ...(node.outgoing ?? []).map((flow) => flow.targetRef).filter((target) => target !== undefined)];
    for (const target of next) if (!seen.has(target.id)) queue.push(target.id);
  }
  const rest = [...businessById.keys()].filter((id) => !seen.has(id)).sort(byPosition);

  const steps = [...order, ...rest].map((id) => {
    const node = businessById.get(id)!;
    return { id, name: String(node.name ?? '').trim(), kind: describeElementType(node.$type), laneId: laneOf.get(id) ?? null };
  });
  return { lanes, steps };
}
