/** Takes Swimlane's documentation out of a definitions tree (process part and each step's), leaving the diagram without it. */
import type { ExtractedDocumentation } from './documentation-shape.ts';
import type { StudioElement } from './studio-moddle.ts';
import { walkBaseElements } from './walk-base-elements.ts';

const PROCESS_TYPE = 'swimlane:ProcessDocumentation';
const STEP_TYPE = 'swimlane:StepDocumentation';

const list = (value: unknown): StudioElement[] => (Array.isArray(value) ? (value as StudioElement[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const optional = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Only the fields of the assignment's mode, so the API's discriminated union reads it as it was written. */
function readAssignment(element: StudioElement | undefined): Record<string, unknown> | undefined {
  if (!element) return undefined;
  const assignment: Record<string, unknown> = { mode: element.mode };
  if (element.mode === 'person') assignment.userId = element.userId;
  if (element.mode === 'roundRobin') assignment.userIds = Array.isArray(element.member) ? [...element.member] : [];
  if (element.mode === 'completerOf') assignment.stepId = element.stepId;
  return assignment;
}

function readProcessDocumentation(element: StudioElement): Record<string, unknown> {
  return {
    objective: optional(element.objective),
    roles: list(element.roles).map((role) => ({ laneId: role.laneId, responsibilities: optional(role.responsibilities), assignment: readAssignment(role.assignment) })),
    tools: list(element.tools).map((tool) => ({
      key: tool.key,
      name: tool.name,
      url: optional(tool.url),
      purpose: optional(tool.purpose),
      laneIds: strings(tool.laneId),
    })),
    scriptIds: list(element.scripts).map((script) => script.scriptId as unknown),
    counters: list(element.counters).map((counter) => ({ key: counter.key, label: counter.label })),
    dispositions: list(element.dispositions).map((disposition) => ({ key: disposition.key, label: disposition.label, countsAs: strings(disposition.countsAs) })),
    kpis: list(element.kpis).map((kpi) => ({
      key: kpi.key,
      label: kpi.label,
      numerator: kpi.numerator,
      denominator: optional(kpi.denominator) ?? null,
      targets: list(kpi.targets).map((target) => ({ period: target.period, value: target.value as unknown })),
    })),
  };
}

function readStepDocumentation(element: StudioElement): Record<string, unknown> {
  return {
    instructions: optional(element.instructions),
    checklist: strings(element.checklistItem),
    toolKeys: strings(element.toolKey),
    metricKeys: strings(element.metricKey),
    dueIn: optional(element.dueIn) ?? null,
    assignTo: readAssignment(element.assignTo),
  };
}

/** Removes the documentation from the tree as it reads it; an element left with no extension elements loses the empty container too. */
export function extractDocumentation(definitions: StudioElement): ExtractedDocumentation {
  const extracted: ExtractedDocumentation = { process: null, steps: {} };
  walkBaseElements(definitions, (element) => {
    const container = element.extensionElements as StudioElement | undefined;
    const values = list(container?.values);
    if (!container || !values.some((value) => value.$type === PROCESS_TYPE || value.$type === STEP_TYPE)) return;
    for (const value of values) {
      if (value.$type === PROCESS_TYPE && element.$type === 'bpmn:Process') extracted.process ??= readProcessDocumentation(value);
      if (value.$type === STEP_TYPE && element.id && !extracted.steps[element.id]) extracted.steps[element.id] = readStepDocumentation(value);
    }
    container.values = values.filter((value) => value.$type !== PROCESS_TYPE && value.$type !== STEP_TYPE);
    if (container.values.length === 0 && !container.$attrs?.id && !container.id) delete element.extensionElements;
  });
  return extracted;
}
