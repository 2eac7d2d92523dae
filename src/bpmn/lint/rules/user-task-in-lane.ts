/** Every task a person does (user, manual or plain task) sits in a lane, directly or through its sub-process: a lane is the role that does it. */
import type { StudioElement } from '../../studio/studio-moddle.ts';
import type { LintRuleFactory } from '../lint-rule.ts';

const PERSON_TASKS = new Set(['bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:Task']);

function collectLaneMembers(laneSets: unknown, members: Set<StudioElement>): void {
  for (const laneSet of (laneSets ?? []) as StudioElement[]) {
    for (const lane of (laneSet.lanes ?? []) as StudioElement[]) {
      for (const node of (lane.flowNodeRef ?? []) as StudioElement[]) members.add(node);
      if (lane.childLaneSet) collectLaneMembers([lane.childLaneSet], members);
    }
  }
}

export const userTaskInLane: LintRuleFactory = () => {
  let members = new Set<StudioElement>();
  return {
    check(node, reporter) {
      if (node.$type === 'bpmn:Process') {
        members = new Set();
        collectLaneMembers(node.laneSets, members);
        return;
      }
      if (!PERSON_TASKS.has(node.$type)) return;
      for (let element: StudioElement | undefined = node; element && element.$type !== 'bpmn:Process'; element = element.$parent) {
        if (members.has(element)) return;
      }
      reporter.report(node.id ?? '', 'Put this task in a lane: the lane is the role that does it');
    },
  };
};
