/** Summarizes each element of a diagram by what a reader of a diff cares about: type, name, lane, flows, condition, timer. */
import { rootElementsOf, type StudioElement } from './studio-moddle.ts';

export interface ElementSummary {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
  /** Id of the innermost lane holding the element (or its enclosing sub-process). */
  readonly lane: string | null;
  readonly incoming: readonly string[];
  readonly outgoing: readonly string[];
  readonly source: string | null;
  readonly target: string | null;
  readonly condition: string | null;
  readonly timer: string | null;
  readonly defaultFlow: string | null;
  readonly attachedTo: string | null;
}

/** The name a diff shows for each compared property. */
export const SUMMARY_FIELDS: ReadonlyArray<[keyof ElementSummary, string]> = [
  ['type', 'type'],
  ['name', 'name'],
  ['lane', 'lane'],
  ['incoming', 'incoming flows'],
  ['outgoing', 'outgoing flows'],
  ['source', 'source'],
  ['target', 'target'],
  ['condition', 'condition'],
  ['timer', 'timer'],
  ['defaultFlow', 'default flow'],
  ['attachedTo', 'attached to'],
];

const idOf = (element: unknown): string | null => (element as StudioElement | undefined)?.id ?? null;
const list = (value: unknown): StudioElement[] => (Array.isArray(value) ? (value as StudioElement[]) : []);

function timerOf(element: StudioElement): string | null {
  const timer = list(element.eventDefinitions).find((definition) => definition.$type === 'bpmn:TimerEventDefinition');
  if (!timer) return null;
  for (const kind of ['timeDuration', 'timeDate', 'timeCycle'] as const) {
    const body = (timer[kind] as StudioElement | undefined)?.body;
    if (typeof body === 'string') return `${kind}: ${body.trim()}`;
  }
  return 'timer';
}

function collectLanes(laneSets: StudioElement[], laneOf: Map<string, string>, summaries: Map<string, ElementSummary>): void {
  for (const laneSet of laneSets) {
    for (const lane of list(laneSet.lanes)) {
      if (lane.id) summaries.set(lane.id, summarize(lane, null));
      for (const node of list(lane.flowNodeRef)) if (node.id && lane.id) laneOf.set(node.id, lane.id);
      // Child lanes come after their parent, so the innermost lane wins.
      if (lane.childLaneSet) collectLanes([lane.childLaneSet as StudioElement], laneOf, summaries);
    }
  }
}

function summarize(element: StudioElement, lane: string | null, flows?: { incoming: string[]; outgoing: string[] }): ElementSummary {
  const name = typeof element.name === 'string' && element.name.trim() ? element.name.trim() : null;
  const condition = (element.conditionExpression as StudioElement | undefined)?.body;
  return {
    id: element.id!,
    type: element.$type,
    name,
    lane,
    incoming: flows?.incoming.sort() ?? [],
    outgoing: flows?.outgoing.sort() ?? [],
    source: idOf(element.sourceRef),
    target: idOf(element.targetRef),
    condition: typeof condition === 'string' ? condition.trim() : null,
    timer: timerOf(element),
    defaultFlow: idOf(element.default),
    attachedTo: idOf(element.attachedToRef),
  };
}

export function describeElements(definitions: StudioElement): Map<string, ElementSummary> {
  const summaries = new Map<string, ElementSummary>();
  for (const collaboration of rootElementsOf(definitions, 'bpmn:Collaboration')) {
    for (const participant of list(collaboration.participants)) if (participant.id) summaries.set(participant.id, summarize(participant, null));
  }
  for (const process of rootElementsOf(definitions, 'bpmn:Process')) {
    const laneOf = new Map<string, string>();
    collectLanes(list(process.laneSets), laneOf, summaries);
    const flowsOf = new Map<string, { incoming: string[]; outgoing: string[] }>();
    const nodes: Array<{ element: StudioElement; lane: string | null }> = [];
    const visit = (container: StudioElement, inheritedLane: string | null) => {
      for (const element of list(container.flowElements)) {
        if (!element.id) continue;
        const lane = laneOf.get(element.id) ?? inheritedLane;
        nodes.push({ element, lane });
        if (element.$type === 'bpmn:SequenceFlow') {
          for (const [end, side] of [[idOf(element.sourceRef), 'outgoing'], [idOf(element.targetRef), 'incoming']] as const) {
            if (!end) continue;
            const flows = flowsOf.get(end) ?? { incoming: [], outgoing: [] };
            flows[side].push(element.id);
            flowsOf.set(end, flows);
          }
        }
        if (element.flowElements) visit(element, lane);
      }
    };
    visit(process, null);
    for (const { element, lane } of nodes) {
      summaries.set(element.id!, summarize(element, element.$type === 'bpmn:SequenceFlow' ? null : lane, flowsOf.get(element.id!)));
    }
  }
  return summaries;
}
