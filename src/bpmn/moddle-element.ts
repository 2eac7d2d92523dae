/** The shape of the bpmn-moddle tree as far as the compiler reads it (moddle objects are untyped). */
export interface ModdleElement {
  readonly $type: string;
  readonly id?: string;
  readonly name?: string;
  readonly $attrs?: Readonly<Record<string, string>>;
  readonly $parent?: ModdleElement;
  readonly rootElements?: readonly ModdleElement[];
  readonly flowElements?: readonly ModdleElement[];
  readonly laneSets?: readonly ModdleElement[];
  readonly lanes?: readonly ModdleElement[];
  readonly childLaneSet?: ModdleElement;
  readonly flowNodeRef?: readonly ModdleElement[];
  readonly eventDefinitions?: readonly ModdleElement[];
  readonly sourceRef?: ModdleElement;
  readonly targetRef?: ModdleElement;
  readonly conditionExpression?: ModdleElement;
  readonly body?: string;
  readonly language?: string;
  readonly default?: ModdleElement;
  readonly attachedToRef?: ModdleElement;
  readonly cancelActivity?: boolean;
  readonly messageRef?: ModdleElement;
  readonly signalRef?: ModdleElement;
  readonly timeDuration?: ModdleElement;
  readonly timeDate?: ModdleElement;
  readonly timeCycle?: ModdleElement;
  readonly loopCharacteristics?: ModdleElement;
  readonly isSequential?: boolean;
  readonly loopCardinality?: ModdleElement;
  readonly completionCondition?: ModdleElement;
  readonly triggeredByEvent?: boolean;
  readonly isForCompensation?: boolean;
  readonly isExecutable?: boolean;
  readonly implementation?: string;
  readonly processRef?: ModdleElement;
  readonly documentation?: readonly ModdleElement[];
  readonly text?: string;
}
