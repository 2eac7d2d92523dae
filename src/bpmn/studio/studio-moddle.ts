/** The bpmn-moddle instance of the process studio: BPMN plus Swimlane's extension packages, to read and write whole files. */
import { BpmnModdle, type BpmnModdleInstance } from 'bpmn-moddle';
import { exceedsXmlDepth } from './exceeds-xml-depth.ts';
import { swimlaneEngineModdleDescriptor, swimlaneModdleDescriptor } from './swimlane-moddle-descriptor.ts';

/** Far deeper than any diagram nests (sub-processes in sub-processes, vendor extensions in them), far shallower than what stalls the parser. */
export const MAX_XML_DEPTH = 200;

/** A node of a bpmn-moddle tree as the studio reads and changes it (moddle objects are untyped). */
export interface StudioElement {
  $type: string;
  id?: string;
  name?: string;
  $attrs?: Record<string, string>;
  $parent?: StudioElement;
  $instanceOf?(type: string): boolean;
  $descriptor?: { isGeneric?: boolean; properties?: ReadonlyArray<{ name: string; isReference?: boolean; isMany?: boolean }> };
  [property: string]: any;
}

export interface ReadStudioBpmnResult {
  definitions: StudioElement;
  warnings: string[];
}

/** Thrown when text is not XML, or XML that is not BPMN 2.0. */
export class NotBpmnError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotBpmnError';
  }
}

let shared: BpmnModdleInstance | undefined;

/** One instance serves every call: moddle keeps no per-document state. */
export function studioModdle(): BpmnModdleInstance {
  shared ??= BpmnModdle({ swimlane: swimlaneModdleDescriptor, swimlaneEngine: swimlaneEngineModdleDescriptor });
  return shared;
}

export async function readStudioBpmn(xml: string): Promise<ReadStudioBpmnResult> {
  if (exceedsXmlDepth(xml, MAX_XML_DEPTH)) throw new NotBpmnError(`The file nests elements more than ${MAX_XML_DEPTH} levels deep, which no diagram needs.`);
  let result;
  try {
    result = await studioModdle().fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    throw new NotBpmnError(
      /failed to parse document as <bpmn:Definitions>/.test(message)
        ? 'The file is XML but not a BPMN 2.0 diagram: its root element must be <definitions> in the BPMN 2.0 namespace.'
        : `The file is not readable as XML: ${message}.`,
    );
  }
  const definitions = result.rootElement as StudioElement | undefined;
  if (!definitions || definitions.$type !== 'bpmn:Definitions') throw new NotBpmnError('The file is XML but not a BPMN 2.0 diagram.');
  return { definitions, warnings: result.warnings.map((warning) => warning.message.split('\n')[0] ?? warning.message) };
}

export async function writeBpmn(definitions: StudioElement): Promise<string> {
  const { xml } = await studioModdle().toXML(definitions, { format: true });
  return xml;
}

/** Every process and collaboration element of the definitions. */
export function rootElementsOf(definitions: StudioElement, type: 'bpmn:Process' | 'bpmn:Collaboration'): StudioElement[] {
  return ((definitions.rootElements ?? []) as StudioElement[]).filter((element) => element.$type === type);
}
