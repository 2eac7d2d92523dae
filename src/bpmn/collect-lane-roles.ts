/** Maps each flow node id to the name of the innermost lane that holds it: a lane is a role. */
import type { ModdleElement } from './moddle-element.ts';

export interface LaneRoles {
  roleByElementId: Map<string, string>;
  roles: string[];
}

export function collectLaneRoles(process: ModdleElement): LaneRoles {
  const roleByElementId = new Map<string, string>();
  const roles: string[] = [];
  const visitLaneSet = (laneSet: ModdleElement) => {
    for (const lane of laneSet.lanes ?? []) {
      const role = lane.name?.trim() || lane.id || 'lane';
      if (!roles.includes(role)) roles.push(role);
      for (const node of lane.flowNodeRef ?? []) if (node.id) roleByElementId.set(node.id, role);
      // Child lanes are visited after the parent so the innermost lane wins.
      if (lane.childLaneSet) visitLaneSet(lane.childLaneSet);
    }
  };
  for (const laneSet of process.laneSets ?? []) visitLaneSet(laneSet);
  return { roleByElementId, roles };
}
