/** Maps each flow node id to the id of the innermost lane that holds it, for what is keyed by lane id (a role's documentation). */
import type { ModdleElement } from './moddle-element.ts';

export function collectLaneIds(process: ModdleElement): Map<string, string> {
  const laneIdByElementId = new Map<string, string>();
  const visitLaneSet = (laneSet: ModdleElement) => {
    for (const lane of laneSet.lanes ?? []) {
      if (lane.id) for (const node of lane.flowNodeRef ?? []) if (node.id) laneIdByElementId.set(node.id, lane.id);
      // Child lanes are visited after the parent so the innermost lane wins.
      if (lane.childLaneSet) visitLaneSet(lane.childLaneSet);
    }
  };
  for (const laneSet of process.laneSets ?? []) visitLaneSet(laneSet);
  return laneIdByElementId;
}
