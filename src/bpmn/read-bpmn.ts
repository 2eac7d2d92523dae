/** Parses BPMN 2.0 XML into bpmn-moddle's tree, keeping the parser's warnings instead of dropping them. */
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from './moddle-element.ts';

export interface ReadBpmnResult {
  definitions: ModdleElement;
  /** Unknown elements, unresolved references and the like, as bpmn-moddle reports them. */
  warnings: string[];
}

/** Thrown when the text is not BPMN XML at all. */
export class BpmnReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BpmnReadError';
  }
}

const moddle = BpmnModdle();

export async function readBpmn(xml: string): Promise<ReadBpmnResult> {
  try {
    const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
    return {
      definitions: rootElement as ModdleElement,
      warnings: warnings.map((warning) => warning.message),
    };
  } catch (error) {
    throw new BpmnReadError(`not readable as BPMN 2.0 XML: ${(error as Error).message}`);
  }
}
