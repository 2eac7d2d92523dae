/** Builds the diagram a new process starts from: a pool named after the process, one lane per role, and start -> first step -> end in the first lane. */
import { studioModdle, writeBpmn, type StudioElement } from './studio-moddle.ts';

const POOL = { x: 160, y: 80, width: 760 };
const LANE_HEIGHT = 150;
/** The pool's own label band, left of the lanes. */
const LABEL_BAND = 30;

export async function createStarterDiagram(input: { name: string; roles: readonly string[] }): Promise<string> {
  const moddle = studioModdle();
  const create = (type: string, attributes: Record<string, unknown> = {}): StudioElement => moddle.create(type, attributes);
  const bounds = (x: number, y: number, width: number, height: number) => create('dc:Bounds', { x, y, width, height });
  const point = (x: number, y: number) => create('dc:Point', { x, y });

  const start = create('bpmn:StartEvent', { id: 'StartEvent_1', name: 'Start' });
  const task = create('bpmn:UserTask', { id: 'Task_1', name: 'First step' });
  const end = create('bpmn:EndEvent', { id: 'EndEvent_1', name: 'Done' });
  const toTask = create('bpmn:SequenceFlow', { id: 'Flow_1', sourceRef: start, targetRef: task });
  const toEnd = create('bpmn:SequenceFlow', { id: 'Flow_2', sourceRef: task, targetRef: end });
  start.outgoing = [toTask];
  task.incoming = [toTask];
  task.outgoing = [toEnd];
  end.incoming = [toEnd];

  const lanes = input.roles.map((role, index) =>
    create('bpmn:Lane', { id: `Lane_${index + 1}`, name: role, flowNodeRef: index === 0 ? [start, task, end] : [] }),
  );
  const process = create('bpmn:Process', {
    id: 'Process_1',
    name: input.name,
    isExecutable: true,
    laneSets: [create('bpmn:LaneSet', { id: 'LaneSet_1', lanes })],
    flowElements: [start, task, end, toTask, toEnd],
  });
  const participant = create('bpmn:Participant', { id: 'Participant_1', name: input.name, processRef: process });
  const collaboration = create('bpmn:Collaboration', { id: 'Collaboration_1', participants: [participant] });

  const laneX = POOL.x + LABEL_BAND;
  const firstLaneMiddle = POOL.y + LANE_HEIGHT / 2;
  const shapes = [
    create('bpmndi:BPMNShape', { id: 'Participant_1_di', bpmnElement: participant, isHorizontal: true, bounds: bounds(POOL.x, POOL.y, POOL.width, LANE_HEIGHT * lanes.length) }),
    ...lanes.map((lane, index) =>
      create('bpmndi:BPMNShape', { id: `${lane.id}_di`, bpmnElement: lane, isHorizontal: true, bounds: bounds(laneX, POOL.y + index * LANE_HEIGHT, POOL.width - LABEL_BAND, LANE_HEIGHT) }),
    ),
    create('bpmndi:BPMNShape', { id: 'StartEvent_1_di', bpmnElement: start, bounds: bounds(laneX + 52, firstLaneMiddle - 18, 36, 36) }),
    create('bpmndi:BPMNShape', { id: 'Task_1_di', bpmnElement: task, bounds: bounds(laneX + 160, firstLaneMiddle - 40, 100, 80) }),
    create('bpmndi:BPMNShape', { id: 'EndEvent_1_di', bpmnElement: end, bounds: bounds(laneX + 332, firstLaneMiddle - 18, 36, 36) }),
    create('bpmndi:BPMNEdge', { id: 'Flow_1_di', bpmnElement: toTask, waypoint: [point(laneX + 88, firstLaneMiddle), point(laneX + 160, firstLaneMiddle)] }),
    create('bpmndi:BPMNEdge', { id: 'Flow_2_di', bpmnElement: toEnd, waypoint: [point(laneX + 260, firstLaneMiddle), point(laneX + 332, firstLaneMiddle)] }),
  ];
  const plane = create('bpmndi:BPMNPlane', { id: 'BPMNPlane_1', bpmnElement: collaboration, planeElement: shapes });
  const definitions = create('bpmn:Definitions', {
    id: 'Definitions_1',
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'Swimlane',
    exporterVersion: '0.1.0',
    rootElements: [collaboration, process],
    diagrams: [create('bpmndi:BPMNDiagram', { id: 'BPMNDiagram_1', plane })],
  });
  return writeBpmn(definitions);
}
