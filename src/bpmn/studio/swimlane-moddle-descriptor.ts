/**
 * The moddle package of Swimlane's own BPMN extension elements (namespace `urn:swimlane:bpmn:1.0`, prefix `swimlane`):
 * the process documentation on the process, and each step's documentation on its element, so an exported .bpmn
 * carries everything the studio knows and an import restores it.
 */
export const SWIMLANE_NAMESPACE = 'urn:swimlane:bpmn:1.0';
export const SWIMLANE_PREFIX = 'swimlane';

/** The namespace the engine's fixtures use for `swimlane:handler` and the like, read by local name; see createStudioModdle. */
export const SWIMLANE_ENGINE_NAMESPACE = 'https://swimlane.dev/schema/bpmn';

const attribute = (name: string, type = 'String') => ({ name, type, isAttr: true });
const text = (name: string) => ({ name, type: 'String' });
const texts = (name: string) => ({ name, type: 'String', isMany: true });
const children = (name: string, type: string) => ({ name, type, isMany: true });

export const swimlaneModdleDescriptor = {
  name: 'Swimlane',
  prefix: SWIMLANE_PREFIX,
  uri: SWIMLANE_NAMESPACE,
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'ProcessDocumentation',
      superClass: ['Element'],
      meta: { allowedIn: ['bpmn:Process'] },
      properties: [
        text('objective'),
        children('roles', 'Role'),
        children('tools', 'Tool'),
        children('scripts', 'Script'),
        children('counters', 'Counter'),
        children('dispositions', 'Disposition'),
        children('kpis', 'Kpi'),
      ],
    },
    { name: 'Role', properties: [attribute('laneId'), text('responsibilities'), { name: 'assignment', type: 'Assignment' }] },
    /** Who gets a role's or a step's tasks: mode pool, person (userId), roundRobin (member elements), completerOf (stepId) or starter. */
    { name: 'Assignment', properties: [attribute('mode'), attribute('userId', 'Integer'), attribute('stepId'), { name: 'member', type: 'Integer', isMany: true }] },
    { name: 'Tool', properties: [attribute('key'), attribute('name'), attribute('url'), text('purpose'), texts('laneId')] },
    { name: 'Script', properties: [attribute('scriptId', 'Integer')] },
    { name: 'Counter', properties: [attribute('key'), attribute('label')] },
    { name: 'Disposition', properties: [attribute('key'), attribute('label'), texts('countsAs')] },
    {
      name: 'Kpi',
      properties: [attribute('key'), attribute('label'), attribute('numerator'), attribute('denominator'), children('targets', 'Target')],
    },
    { name: 'Target', properties: [attribute('period'), attribute('value', 'Real')] },
    {
      name: 'StepDocumentation',
      superClass: ['Element'],
      meta: { allowedIn: ['bpmn:BaseElement'] },
      properties: [text('instructions'), texts('checklistItem'), texts('toolKey'), texts('metricKey'), attribute('dueIn'), { name: 'assignTo', type: 'Assignment' }],
    },
  ],
} as const;

/** A package of its own for the engine's older namespace, so a file using the `swimlane` prefix for it does not collide with the one above. */
export const swimlaneEngineModdleDescriptor = {
  name: 'SwimlaneEngine',
  prefix: 'swimlaneEngine',
  uri: SWIMLANE_ENGINE_NAMESPACE,
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [],
} as const;
