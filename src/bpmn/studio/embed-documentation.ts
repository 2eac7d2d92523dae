/** Writes Swimlane's documentation into a definitions tree as extension elements: the process part on the process, each step's on its element. */
import { findProcessElement } from '../compile-process.ts';
import type { ModdleElement } from '../moddle-element.ts';
import type { AssignmentShape, ProcessDocumentationShape, StepDocumentationShape } from './documentation-shape.ts';
import { studioModdle, type StudioElement } from './studio-moddle.ts';
import { walkBaseElements } from './walk-base-elements.ts';

function isStepEmpty(step: StepDocumentationShape): boolean {
  return !step.instructions && step.checklist.length === 0 && step.toolKeys.length === 0 && step.metricKeys.length === 0 && step.dueIn === null && !step.assignTo;
}

function isProcessPartEmpty(documentation: ProcessDocumentationShape): boolean {
  const { objective, roles, tools, scriptIds, counters, dispositions, kpis } = documentation;
  return !objective && [roles, tools, scriptIds, counters, dispositions, kpis].every((list) => list.length === 0);
}

/** Attributes moddle should leave out: absent or empty optional values stay out of the file. */
function present<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== '')) as Partial<T>;
}

function createAssignment(assignment: AssignmentShape | undefined): StudioElement | undefined {
  if (!assignment) return undefined;
  return studioModdle().create('swimlane:Assignment', present({ mode: assignment.mode, userId: assignment.userId, stepId: assignment.stepId, member: assignment.userIds }));
}

function createProcessDocumentation(documentation: ProcessDocumentationShape): StudioElement {
  const moddle = studioModdle();
  return moddle.create(
    'swimlane:ProcessDocumentation',
    present({
      objective: documentation.objective,
      roles: documentation.roles.map((role) =>
        moddle.create('swimlane:Role', present({ laneId: role.laneId, responsibilities: role.responsibilities, assignment: createAssignment(role.assignment) })),
      ),
      tools: documentation.tools.map((tool) =>
        moddle.create('swimlane:Tool', present({ key: tool.key, name: tool.name, url: tool.url, purpose: tool.purpose, laneId: tool.laneIds })),
      ),
      scripts: documentation.scriptIds.map((scriptId) => moddle.create('swimlane:Script', { scriptId })),
      counters: documentation.counters.map((counter) => moddle.create('swimlane:Counter', { key: counter.key, label: counter.label })),
      dispositions: documentation.dispositions.map((disposition) =>
        moddle.create('swimlane:Disposition', { key: disposition.key, label: disposition.label, countsAs: disposition.countsAs }),
      ),
      kpis: documentation.kpis.map((kpi) =>
        moddle.create(
          'swimlane:Kpi',
          present({
            key: kpi.key,
            label: kpi.label,
            numerator: kpi.numerator,
            denominator: kpi.denominator,
            targets: kpi.targets.map((target) => moddle.create('swimlane:Target', { period: target.period, value: target.value })),
          }),
        ),
      ),
    }),
  );
}

function createStepDocumentation(step: StepDocumentationShape): StudioElement {
  return studioModdle().create(
    'swimlane:StepDocumentation',
    present({
      instructions: step.instructions,
      checklistItem: step.checklist,
      toolKey: step.toolKeys,
      metricKey: step.metricKeys,
      dueIn: step.dueIn,
      assignTo: createAssignment(step.assignTo),
    }),
  );
}

function appendExtension(element: StudioElement, extension: StudioElement): void {
  element.extensionElements ??= studioModdle().create('bpmn:ExtensionElements', { values: [] });
  const container = element.extensionElements as StudioElement;
  container.values = [...((container.values as StudioElement[] | undefined) ?? []), extension];
  extension.$parent = container;
}

/**
 * Call on a tree without Swimlane documentation (see extractDocumentation). Steps of elements the diagram no longer
 * has are left out: they document nothing. Returns the ids of the steps left out.
 */
export function embedDocumentation(definitions: StudioElement, documentation: ProcessDocumentationShape): string[] {
  const process = findProcessElement(definitions as unknown as ModdleElement) as unknown as StudioElement | undefined;
  if (process && !isProcessPartEmpty(documentation)) appendExtension(process, createProcessDocumentation(documentation));
  const pending = new Map(Object.entries(documentation.steps).filter(([, step]) => !isStepEmpty(step)));
  walkBaseElements(definitions, (element) => {
    const step = element.id ? pending.get(element.id) : undefined;
    if (!step || !element.id) return;
    appendExtension(element, createStepDocumentation(step));
    pending.delete(element.id);
  });
  return [...pending.keys()];
}
