/** Reads an uploaded .bpmn file: decodes it, checks it is BPMN with a process, takes out Swimlane's documentation and lays it out when it has no diagram. */
import { decodeXmlBytes } from './decode-xml-bytes.ts';
import type { ExtractedDocumentation } from './documentation-shape.ts';
import { extractDocumentation } from './extract-documentation.ts';
import { layoutMissingDiagram } from './layout-missing-diagram.ts';
import { NotBpmnError, readStudioBpmn, rootElementsOf, writeBpmn, type StudioElement } from './studio-moddle.ts';

export interface BpmnFile {
  /** The diagram as UTF-8 BPMN XML, without Swimlane's documentation (kept beside it). */
  xml: string;
  /** The tree `xml` was written from. */
  definitions: StudioElement;
  documentation: ExtractedDocumentation;
  /** A name for the process: the process's, else its pool's, else the definitions'. */
  suggestedName: string | undefined;
  /** Parser warnings (unknown elements, unresolved references) and what the import did, for the person importing. */
  warnings: string[];
}

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const MAX_WARNINGS = 20;

function suggestName(definitions: StudioElement): string | undefined {
  const [process] = rootElementsOf(definitions, 'bpmn:Process');
  const participants = rootElementsOf(definitions, 'bpmn:Collaboration').flatMap((collaboration) => (collaboration.participants ?? []) as StudioElement[]);
  const pool = participants.find((participant) => participant.processRef === process) ?? participants[0];
  return [process?.name, pool?.name, definitions.name].map((name) => (typeof name === 'string' ? name.trim() : '')).find(Boolean);
}

export async function readBpmnFile(bytes: Uint8Array): Promise<BpmnFile> {
  const text = decodeXmlBytes(bytes);
  if (CONTROL_CHARACTERS.test(text)) throw new NotBpmnError('The file holds control characters that XML does not allow.');
  const read = await readStudioBpmn(text);
  if (rootElementsOf(read.definitions, 'bpmn:Process').length === 0) throw new NotBpmnError('The BPMN file contains no process.');
  const documentation = extractDocumentation(read.definitions);
  const warnings = [...new Set(read.warnings)];
  let definitions = read.definitions;
  try {
    const layout = await layoutMissingDiagram(definitions);
    definitions = layout.definitions;
    if (layout.laidOut) warnings.unshift('The file had no diagram layout; one was generated.');
  } catch (error) {
    warnings.unshift(`The file has no diagram layout and none could be generated (${(error as Error).message}): draw it in the studio.`);
  }
  const shown = warnings.slice(0, MAX_WARNINGS);
  if (warnings.length > MAX_WARNINGS) shown.push(`... and ${warnings.length - MAX_WARNINGS} more warnings.`);
  let xml: string;
  try {
    xml = await writeBpmn(definitions);
  } catch (error) {
    throw new NotBpmnError(`The file could not be read as a whole: ${(error as Error).message}`);
  }
  return { xml, definitions, documentation, suggestedName: suggestName(definitions), warnings: shown };
}
